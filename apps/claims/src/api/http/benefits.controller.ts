import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExpensiveRoute } from '@jaring/platform';
import { QuoteBenefitsHandler, type BenefitQuote } from '../../application/quote-benefits/quote-benefits.handler';
import { BenefitQuoteRequest, BenefitQuoteResponse } from './benefit-quote.request';

@ApiTags('benefits')
@ApiBearerAuth()
@Controller('v1/benefits')
export class BenefitsController {
  constructor(private readonly quote: QuoteBenefitsHandler) {}

  @Post('quote')
  @ExpensiveRoute()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Simulate a JKK or JKM case: the benefit lines (code, whole-rupiah amount, the rule and article applied) and their total, under the rule set of the incident date. Nothing is stored',
  })
  @ApiOkResponse({ type: BenefitQuoteResponse })
  quoteBenefits(@Body() request: BenefitQuoteRequest): BenefitQuote {
    return this.quote.execute(request);
  }
}
