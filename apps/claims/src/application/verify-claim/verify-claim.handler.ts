import { notEligibleError, type ClaimActor } from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { ClaimWorkflow } from '../shared/claim-workflow';
import type { ClaimsSettings } from '../shared/claims-settings';
import { eligibilityOf } from '../shared/membership';

/**
 * The officer confirms the claim is covered and genuine: eligibility is judged from the claims
 * projections (enrolled and not terminated on the incident date, the month paid), and a death is
 * checked against the worker's other claims. A verified death is confirmed to enrolment
 * (DeathConfirmed), which marks the worker deceased so billing stops. A claim not covered is not
 * verified (409 CLAIM_NOT_ELIGIBLE); the refusal is recorded on it with its reasons, and a death is
 * confirmed all the same: the certificate was checked, only the coverage is missing.
 */
export class VerifyClaimHandler {
  constructor(
    private readonly workflow: ClaimWorkflow,
    private readonly settings: ClaimsSettings,
  ) {}

  async execute(command: { claimId: string }, actor: ClaimActor): Promise<ClaimRecord> {
    const { record, result: refusal } = await this.workflow.change(command.claimId, actor, async (scope) => {
      const snapshot = scope.claim.toSnapshot();
      const eligibility = await eligibilityOf(scope.transaction.members, snapshot, this.settings, this.workflow.now());
      const otherClaimsOfWorker = await scope.transaction.claims.summariesOfWorker(snapshot.worker.id);
      const verification = { eligibility, otherClaimsOfWorker };
      if (!eligibility.eligible && scope.claim.status === 'documents-complete') {
        // Kept, not rolled back: the refusal stays in the audit trail, a death is still confirmed.
        scope.transition((context) => scope.claim.refuseVerification(verification, context));
        return notEligibleError(eligibility);
      }
      scope.transition((context) => scope.claim.verify(verification, context));
      return undefined;
    });
    if (refusal) throw refusal;
    return record;
  }
}
