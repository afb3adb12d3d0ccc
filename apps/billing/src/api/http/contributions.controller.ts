import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExpensiveRoute } from '@jaring/platform';
import { QuoteContributionHandler } from '../../application/quote-contribution/quote-contribution.handler';
import { QuoteContributionRequest } from './billing.dto';
import { ContributionResponse } from './billing.responses';

@ApiTags('contributions')
@ApiBearerAuth()
@Controller('v1/contributions')
export class ContributionsController {
  constructor(private readonly quote: QuoteContributionHandler) {}

  @Post('quote')
  @ExpensiveRoute()
  @HttpCode(200)
  @ApiOperation({
    summary: "One worker's monthly JKK and JKM for an income, billed month and payer type, with the rule set used",
  })
  @ApiOkResponse({ type: ContributionResponse })
  quoteContribution(@Body() request: QuoteContributionRequest): ContributionResponse {
    return this.quote.execute(request);
  }
}
