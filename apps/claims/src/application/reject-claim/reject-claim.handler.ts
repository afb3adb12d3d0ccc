import type { ClaimActor, DeathDisproofCode } from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { ClaimWorkflow } from '../shared/claim-workflow';

export interface ReasonedCommand {
  claimId: string;
  reason: string;
}

export interface RejectClaimCommand extends ReasonedCommand {
  /** The death itself is disproved: the claim's confirmed death is retracted (DeathRetracted). */
  deathDisproved?: boolean;
  disproofCode?: DeathDisproofCode;
}

/** Rejection with a reason (any status before approval), and reopening a rejected claim. */
export class RejectClaimHandler {
  constructor(private readonly workflow: ClaimWorkflow) {}

  async reject(command: RejectClaimCommand, actor: ClaimActor): Promise<ClaimRecord> {
    const { record } = await this.workflow.change(command.claimId, actor, (scope) => {
      scope.transition((context) =>
        scope.claim.reject(
          { reason: command.reason, deathDisproved: command.deathDisproved, disproofCode: command.disproofCode },
          context,
        ),
      );
    });
    return record;
  }

  /** Back to the documents stage; a reopened death claim collides with any other open death claim (409). */
  async reopen(command: ReasonedCommand, actor: ClaimActor): Promise<ClaimRecord> {
    const { record } = await this.workflow.change(command.claimId, actor, (scope) => {
      scope.transition((context) => scope.claim.reopen({ reason: command.reason }, context));
    });
    return record;
  }
}
