import type { AccidentCircumstances, ClaimActor, LocalDate, Programme } from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { ClaimWorkflow } from '../shared/claim-workflow';

export interface ReclassifyClaimCommand {
  claimId: string;
  to: Programme;
  reason: string;
  circumstances?: AccidentCircumstances;
  accidentDate?: LocalDate;
}

/**
 * Moves a death between JKK and JKM before approval (RULES.md §2). The claim keeps its id, heirs and
 * audit trail; programmeHistory records the move; documents, verification and assessment restart.
 */
export class ReclassifyClaimHandler {
  constructor(private readonly workflow: ClaimWorkflow) {}

  async execute(command: ReclassifyClaimCommand, actor: ClaimActor): Promise<ClaimRecord> {
    const { record } = await this.workflow.change(command.claimId, actor, (scope) => {
      scope.transition((context) =>
        scope.claim.reclassify(
          {
            to: command.to,
            reason: command.reason,
            circumstances: command.circumstances,
            accidentDate: command.accidentDate,
          },
          context,
        ),
      );
    });
    return record;
  }
}
