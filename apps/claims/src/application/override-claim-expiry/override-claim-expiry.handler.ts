import type { ClaimActor } from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { ClaimWorkflow } from '../shared/claim-workflow';

/** A supervisor lets a JKK claim past the 5-year expiry be paid, with the reason kept in the audit trail. */
export class OverrideClaimExpiryHandler {
  constructor(private readonly workflow: ClaimWorkflow) {}

  async execute(command: { claimId: string; reason: string }, actor: ClaimActor): Promise<ClaimRecord> {
    const { record } = await this.workflow.change(command.claimId, actor, (scope) => {
      scope.transition((context) => scope.claim.overrideExpiry({ reason: command.reason }, context));
    });
    return record;
  }
}
