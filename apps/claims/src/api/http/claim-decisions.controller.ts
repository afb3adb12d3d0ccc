import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@jaring/platform';
import { ApproveClaimHandler } from '../../application/approve-claim/approve-claim.handler';
import { AssessClaimHandler } from '../../application/assess-claim/assess-claim.handler';
import { ReclassifyClaimHandler } from '../../application/reclassify-claim/reclassify-claim.handler';
import { RejectClaimHandler } from '../../application/reject-claim/reject-claim.handler';
import { OverrideClaimExpiryHandler } from '../../application/override-claim-expiry/override-claim-expiry.handler';
import { VerifyClaimHandler } from '../../application/verify-claim/verify-claim.handler';
import type { ClaimActor } from '../../domain';
import { CurrentClaimActor } from './claim-actor';
import { AssessClaimRequest, ReasonRequest, ReclassifyRequest, RejectRequest } from './claims.requests';
import { claimResponse } from './claims.responses';
import { ApprovedClaimResponse, ClaimResponse } from './claims.response-schemas';

/** The officer's decisions on a claim: verify or reject, reclassify, assess, approve (maker-checker). */
@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/claims/:id')
export class ClaimDecisionsController {
  constructor(
    private readonly verifyClaim: VerifyClaimHandler,
    private readonly rejectClaim: RejectClaimHandler,
    private readonly reclassifyClaim: ReclassifyClaimHandler,
    private readonly assessClaim: AssessClaimHandler,
    private readonly approveClaim: ApproveClaimHandler,
    private readonly overrideClaimExpiry: OverrideClaimExpiryHandler,
  ) {}

  @Post('verification')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Verify a complete claim: eligibility from the projections (enrolled, not terminated, month paid) and one death paid once. A verified death is confirmed to enrolment',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(409)
  async verify(@Param('id', ParseUUIDPipe) id: string, @CurrentClaimActor() actor: ClaimActor) {
    return claimResponse(await this.verifyClaim.execute({ claimId: id }, actor));
  }

  @Post('rejection')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Reject a claim before approval, with a reason; deathDisproved retracts the death the claim confirmed (DeathRetracted)',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(409)
  async reject(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: RejectRequest,
    @CurrentClaimActor() actor: ClaimActor,
  ) {
    return claimResponse(
      await this.rejectClaim.reject(
        {
          claimId: id,
          reason: request.reason,
          deathDisproved: request.deathDisproved,
          disproofCode: request.disproofCode,
        },
        actor,
      ),
    );
  }

  @Post('reopening')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reopen a rejected claim (back to documents), with a reason; 409 if the death is claimed elsewhere by now',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(409)
  async reopen(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: ReasonRequest,
    @CurrentClaimActor() actor: ClaimActor,
  ) {
    return claimResponse(await this.rejectClaim.reopen({ claimId: id, reason: request.reason }, actor));
  }

  @Post('reclassification')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Move a death between JKK and JKM before approval; the claim keeps its id, heirs and history, and is documented, verified and assessed again',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(409)
  async reclassify(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: ReclassifyRequest,
    @CurrentClaimActor() actor: ClaimActor,
  ) {
    return claimResponse(await this.reclassifyClaim.execute({ claimId: id, ...request }, actor));
  }

  @Post('assessment')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Calculate the benefit lines under the rule set of the incident date; income and contribution months come from the projections',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(409)
  async assess(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: AssessClaimRequest,
    @CurrentClaimActor() actor: ClaimActor,
  ) {
    return claimResponse(await this.assessClaim.execute({ claimId: id, ...request }, actor));
  }

  @Post('expiry-override')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Let a JKK claim reported more than 5 years after the accident be approved and paid (RULES.md §2; otherwise 409 JKK_CLAIM_EXPIRED), with the reason recorded in the audit trail. Claims supervisors only',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(409)
  async overrideExpiry(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: ReasonRequest,
    @CurrentClaimActor() actor: ClaimActor,
  ) {
    return claimResponse(await this.overrideClaimExpiry.execute({ claimId: id, reason: request.reason }, actor));
  }

  @Post('approval')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Approve the assessed benefits. No officer who reported, chose the payee, verified, assessed, entered or confirmed the account may approve (409 MAKER_CHECKER_VIOLATION, details.conflictingRole); above the configured amount only a claims-supervisor can (SUPERVISOR_APPROVAL_REQUIRED). With a usable payee account the payout is requested at once; an account enrolment changed within PAYOUT_ACCOUNT_CHANGE_HOLD_DAYS waits for a second officer',
  })
  @ApiOkResponse({
    description: 'The claim, and payoutBlockedBy when the payout waits for an account or a name check',
    type: ApprovedClaimResponse,
  })
  @ApiErrors(409)
  async approve(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentClaimActor() actor: ClaimActor,
  ): Promise<ApprovedClaimResponse> {
    const { record, payoutBlockedBy } = await this.approveClaim.execute({ claimId: id }, actor);
    return { ...claimResponse(record), payoutBlockedBy: payoutBlockedBy ?? null };
  }
}
