import type { ClaimActor } from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { PayoutTrigger } from '../ports/payout-trigger';
import type { ClaimWorkflow } from '../shared/claim-workflow';
import { memberOfClaim } from '../shared/membership';
import { accountSteps } from '../shared/claim-steps';
import { requestPayoutIfReady, type PayoutBlocker } from '../shared/payout-ordering';

export interface ApproveClaimResult {
  record: ClaimRecord;
  /** Set when the approved claim waits before its payout (no account, or an unconfirmed holder name). */
  payoutBlockedBy?: PayoutBlocker;
}

/**
 * Maker-checker approval: no officer who reported, chose the payee, verified, assessed, entered or
 * confirmed the payout account approves, and above the configured amount only a claims-supervisor
 * can (domain ApprovalPolicy). In the same transaction the payout is
 * requested — one stored instruction per benefit line and a PayoutRequested event in the outbox —
 * when the payee's account is usable; the payout worker sends the instructions after the commit.
 */
export class ApproveClaimHandler {
  constructor(
    private readonly workflow: ClaimWorkflow,
    private readonly trigger: PayoutTrigger,
  ) {}

  async execute(command: { claimId: string }, actor: ClaimActor): Promise<ApproveClaimResult> {
    const { record, result } = await this.workflow.change(command.claimId, actor, async (scope) => {
      const snapshot = scope.claim.toSnapshot();
      const otherClaimsOfWorker = await scope.transaction.claims.summariesOfWorker(snapshot.worker.id);
      const approval = { otherClaimsOfWorker, accountSteps: accountSteps(scope.details.payoutAccount) };
      scope.transition((context) => scope.claim.approve(approval, context));
      const member = await memberOfClaim(scope.transaction.members, snapshot);
      return requestPayoutIfReady(scope, member, this.trigger);
    });
    return { record, payoutBlockedBy: result };
  }
}
