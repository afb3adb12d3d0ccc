import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '@jaring/kernel';
import type { EventOrigin } from '@jaring/messaging';
import { AssessArrearsHandler } from '../../application/assess-arrears/assess-arrears.handler';
import { BillingReads } from '../../application/ports/billing-reads';
import { SponsorAccounts } from '../../application/ports/sponsor-accounts';
import { UpdateSponsorRequest } from './billing.dto';
import { ArrearsAssessmentResponse, SponsorAccountResponse, SponsorResponse } from './billing.responses';
import { RequestOrigin } from './request-origin';

@ApiTags('sponsors')
@ApiBearerAuth()
@Controller('v1/sponsors')
export class SponsorsController {
  constructor(
    private readonly reads: BillingReads,
    private readonly accounts: SponsorAccounts,
    private readonly assessArrears: AssessArrearsHandler,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Sponsors billing knows (learnt from enrolment’s workers)' })
  @ApiOkResponse({ type: [SponsorResponse] })
  sponsors(): Promise<SponsorResponse[]> {
    return this.reads.sponsors();
  }

  @Get(':id')
  @ApiOperation({ summary: "A sponsor's account: payer type, credit balance (over- and prepayments), outstanding" })
  @ApiOkResponse({ type: SponsorAccountResponse })
  async account(@Param('id', ParseUUIDPipe) id: string): Promise<SponsorAccountResponse> {
    const account = await this.reads.sponsorAccount(id);
    if (!account) throw new NotFoundError('SPONSOR_UNKNOWN', 'billing knows no such sponsor', 'id');
    return account;
  }

  @Patch(':id')
  @ApiOperation({
    summary:
      'Set the payer type (APBD, APBN, SELF, OTHER: decides the PP 50/2025 discount) or name; invoices already issued keep theirs',
  })
  @ApiOkResponse({ type: SponsorResponse })
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: UpdateSponsorRequest,
  ): Promise<SponsorResponse> {
    const updated = await this.accounts.update(id, {
      ...(request.sponsorType !== undefined ? { sponsorType: request.sponsorType } : {}),
      ...(request.name !== undefined ? { name: request.name } : {}),
    });
    if (!updated) throw new NotFoundError('SPONSOR_UNKNOWN', 'billing knows no such sponsor', 'id');
    return updated;
  }

  @Post(':id/arrears-assessments')
  @HttpCode(200)
  @ApiOperation({
    summary: "Assess the sponsor's arrears now (also done daily): warnings and lapses are published once each",
  })
  @ApiOkResponse({ type: ArrearsAssessmentResponse })
  assess(
    @Param('id', ParseUUIDPipe) id: string,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<ArrearsAssessmentResponse> {
    return this.assessArrears.execute(id, origin);
  }
}
