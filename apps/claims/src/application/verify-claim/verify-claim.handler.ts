import type { ClaimActor } from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { ClaimWorkflow } from '../shared/claim-workflow';
import type { ClaimsSettings } from '../shared/claims-settings';
import { eligibilityOf } from '../shared/membership';

/**
 * The officer confirms the claim is covered and genuine: eligibility is judged from the claims
 * projections (enrolled and not terminated on the incident date, the month paid), and a death is
 * checked against the worker's other claims. A verified death is confirmed to enrolment
 * (DeathConfirmed), which marks the worker deceased so billing stops.
 */
export class VerifyClaimHandler {
  constructor(
    private readonly workflow: ClaimWorkflow,
    private readonly settings: ClaimsSettings,
  ) {}

  async execute(command: { claimId: string }, actor: ClaimActor): Promise<ClaimRecord> {
    const { record } = await this.workflow.change(command.claimId, actor, async (scope) => {
      const snapshot = scope.claim.toSnapshot();
      const eligibility = await eligibilityOf(scope.transaction.members, snapshot, this.settings.coverage);
      const otherClaimsOfWorker = await scope.transaction.claims.summariesOfWorker(snapshot.worker.id);
      scope.transition((context) => scope.claim.verify({ eligibility, otherClaimsOfWorker }, context));
    });
    return record;
  }
}
