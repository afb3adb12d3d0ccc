import { assertDeathNotClaimedElsewhere, type ClaimActor, type LocalDate, type OutcomeInput } from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { ClaimWorkflow } from '../shared/claim-workflow';

export interface RecordStageTwoCommand {
  claimId: string;
  outcome: OutcomeInput;
  declaredOn: LocalDate;
  dateOfDeath?: LocalDate;
  doctorName?: string;
  healthFacility?: string;
}

/** Stage II (JKK): the doctor's outcome. A death outcome makes this the worker's death claim. */
export class RecordStageTwoHandler {
  constructor(private readonly workflow: ClaimWorkflow) {}

  async execute(command: RecordStageTwoCommand, actor: ClaimActor): Promise<ClaimRecord> {
    const { record } = await this.workflow.change(command.claimId, actor, async (scope) => {
      scope.transition((context) =>
        scope.claim.recordStageTwo(
          { outcome: command.outcome, declaredOn: command.declaredOn, dateOfDeath: command.dateOfDeath },
          context,
        ),
      );
      if (scope.claim.isDeath) {
        const snapshot = scope.claim.toSnapshot();
        assertDeathNotClaimedElsewhere(
          snapshot.id,
          await scope.transaction.claims.summariesOfWorker(snapshot.worker.id),
        );
      }
      const before = scope.details.stageTwo;
      scope.details.stageTwo = { doctorName: command.doctorName, healthFacility: command.healthFacility };
      if (JSON.stringify(before) !== JSON.stringify(scope.details.stageTwo)) {
        scope.note('record-stage-two-details', {
          before: { stageTwo: before ?? null },
          after: { stageTwo: scope.details.stageTwo },
        });
      }
    });
    return record;
  }
}
