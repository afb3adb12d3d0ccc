import type { ClaimActor, RejectCommand } from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { ClaimWorkflow } from '../shared/claim-workflow';

export interface ReasonedCommand {
  claimId: string;
  reason: string;
}

export type RejectClaimCommand = ReasonedCommand & RejectCommand;

/** Rejection with a reason (any status before approval), and reopening a rejected claim. */
export class RejectClaimHandler {
  constructor(private readonly workflow: ClaimWorkflow) {}

  async reject(command: RejectClaimCommand, actor: ClaimActor): Promise<ClaimRecord> {
    const { record } = await this.workflow.change(command.claimId, actor, (scope) => {
      scope.transition((context) => scope.claim.reject(command, context));
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
