import { assertMayAssign, type ClaimActor } from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { ClaimWorkflow } from '../shared/claim-workflow';

export interface AssignClaimCommand {
  claimId: string;
  /** The officer (token subject) whose queue the claim goes to; the caller when omitted. */
  officerId?: string;
}

/** Puts a claim in an officer's work queue: a supervisor assigns, an officer takes an unassigned one. */
export class AssignClaimHandler {
  constructor(private readonly workflow: ClaimWorkflow) {}

  async execute(command: AssignClaimCommand, actor: ClaimActor): Promise<ClaimRecord> {
    const officerId = command.officerId ?? actor.id;
    const { record } = await this.workflow.change(command.claimId, actor, (scope) => {
      const before = scope.details.assignment?.officerId;
      assertMayAssign(actor, officerId, before);
      scope.details.assignment = { officerId, by: actor.id, at: scope.context.at };
      scope.note('assign-claim', { before: { assignedTo: before ?? null }, after: { assignedTo: officerId } });
    });
    return record;
  }
}
