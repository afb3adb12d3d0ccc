import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@jaring/platform';
import { AssignClaimHandler } from '../../application/assign-claim/assign-claim.handler';
import { ReadClaimsHandler } from '../../application/read-claims/read-claims.handler';
import { ReadDashboardHandler } from '../../application/read-dashboard/read-dashboard.handler';
import { RecordDocumentsHandler } from '../../application/record-documents/record-documents.handler';
import { ReportAccidentHandler } from '../../application/report-accident/report-accident.handler';
import { ReportDeathHandler } from '../../application/report-death/report-death.handler';
import type { ClaimActor } from '../../domain';
import { CurrentClaimActor } from './claim-actor';
import {
  AssignClaimRequest,
  ClaimListQuery,
  ClaimSearchQuery,
  DocumentsQuery,
  ReportAccidentRequest,
  ReportDeathRequest,
} from './claims.requests';
import {
  auditResponse,
  claimListItemResponse,
  claimResponse,
  claimViewResponse,
  payoutResponse,
} from './claims.responses';
import {
  ChecklistItemResponse,
  ClaimAuditRowResponse,
  ClaimPageResponse,
  ClaimResponse,
  ClaimsDashboardResponse,
  ClaimViewResponse,
  OverdueClaimsResponse,
  PayoutResponse,
} from './claims.response-schemas';

/** Opening claims and reading them: the officer's worklists, one claim, its audit trail and payouts. */
@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/claims')
export class ClaimsController {
  constructor(
    private readonly reportAccident: ReportAccidentHandler,
    private readonly reportDeath: ReportDeathHandler,
    private readonly reads: ReadClaimsHandler,
    private readonly documents: RecordDocumentsHandler,
    private readonly assign: AssignClaimHandler,
    private readonly dashboard: ReadDashboardHandler,
  ) {}

  @Post('accidents')
  @ApiOperation({
    summary:
      "Stage I: report a (suspected) JKK work accident by worker id or NIK. Late reports (> 2×24 h) and expired rights (> 5 years) are flagged. 409 ACCIDENT_ALREADY_CLAIMED when an open claim holds this worker's accident of that day",
  })
  @ApiCreatedResponse({ description: 'The claim, status reported', type: ClaimResponse })
  @ApiErrors(409)
  async accident(
    @Body() request: ReportAccidentRequest,
    @CurrentClaimActor() actor: ClaimActor,
  ): Promise<ClaimResponse> {
    return claimResponse(await this.reportAccident.execute(request, actor));
  }

  @Post('deaths')
  @ApiOperation({
    summary: 'Report a death for JKM. 409 DEATH_ALREADY_CLAIMED when this death is already claimed under JKK or JKM',
  })
  @ApiCreatedResponse({ description: 'The claim, status death-reported', type: ClaimResponse })
  @ApiErrors(409)
  async death(@Body() request: ReportDeathRequest, @CurrentClaimActor() actor: ClaimActor): Promise<ClaimResponse> {
    return claimResponse(await this.reportDeath.execute(request, actor));
  }

  @Get()
  @ApiOperation({
    summary:
      "Claims, newest first, with their flags, eligibility and blockedBy; searched by status, programme, worker id, the worker's NIK or name, the claim number, or whose queue they are in (assignedTo)",
  })
  @ApiOkResponse({ type: ClaimPageResponse })
  async list(@Query() query: ClaimSearchQuery, @CurrentClaimActor() actor: ClaimActor): Promise<ClaimPageResponse> {
    const { assignedTo, ...filter } = query;
    const queue = assignedTo === 'me' ? actor.id : assignedTo === 'none' ? null : assignedTo;
    const { items, total } = await this.reads.list({
      ...filter,
      ...(queue !== undefined ? { assignedTo: queue } : {}),
    });
    return { total, items: items.map(claimListItemResponse) };
  }

  @Get('overdue')
  @ApiOperation({
    summary:
      'Unpaid claims past their payment deadline (7 working days JKK, 3 JKM, from the complete claim), most overdue first',
  })
  @ApiOkResponse({ type: OverdueClaimsResponse })
  async overdue(@Query() query: ClaimListQuery): Promise<OverdueClaimsResponse> {
    const { items, total, asOf } = await this.reads.overdue(query.limit, query.offset);
    return { asOf, total, items: items.map(claimListItemResponse) };
  }

  @Get('dashboard')
  @ApiOperation({
    summary:
      "The supervisor's overview of their regencies: claims by programme and state, claims with a payment deadline against it (7 working days JKK, 3 JKM: open on time, overdue, paid on time, paid late) and the benefits the bank confirmed per month over the last 12 months",
  })
  @ApiOkResponse({ type: ClaimsDashboardResponse })
  async overview(): Promise<ClaimsDashboardResponse> {
    return this.dashboard.execute();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One claim: state, flags, document checklist, eligibility now, payouts and audit trail' })
  @ApiOkResponse({ type: ClaimViewResponse })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<ClaimViewResponse> {
    return claimViewResponse(await this.reads.get(id));
  }

  @Get(':id/audit')
  @ApiOperation({ summary: 'Every change of the claim, oldest first: actor, time, reason, before and after' })
  @ApiOkResponse({ type: [ClaimAuditRowResponse] })
  async audit(@Param('id', ParseUUIDPipe) id: string): Promise<ClaimAuditRowResponse[]> {
    return (await this.reads.audit(id)).map(auditResponse);
  }

  @Get(':id/payouts')
  @ApiOperation({ summary: 'The bank transfers of the claim, one per payable line, with their status' })
  @ApiOkResponse({ type: [PayoutResponse] })
  async payouts(@Param('id', ParseUUIDPipe) id: string): Promise<PayoutResponse[]> {
    return (await this.reads.payouts(id)).map(payoutResponse);
  }

  @Get(':id/documents')
  @ApiOperation({ summary: 'The documents checklist (RULES.md §6) with what was received' })
  @ApiOkResponse({ type: [ChecklistItemResponse] })
  async checklist(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DocumentsQuery,
  ): Promise<ChecklistItemResponse[]> {
    return this.documents.checklist(id, query.reimbursements);
  }

  @Post(':id/assignment')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Put the claim in an officer's work queue: a claims supervisor assigns it to anyone (officerId); an officer takes an unassigned claim for themself (403 ASSIGNMENT_NOT_ALLOWED, 409 CLAIM_ALREADY_ASSIGNED)",
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(409)
  async assignment(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: AssignClaimRequest,
    @CurrentClaimActor() actor: ClaimActor,
  ) {
    return claimResponse(await this.assign.execute({ claimId: id, ...request }, actor));
  }
}
