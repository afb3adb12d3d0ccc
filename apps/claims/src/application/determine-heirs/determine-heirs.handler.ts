import { NotFoundError } from '@jaring/kernel';
import { determineHeirs, type ClaimActor, type HeirConsent, type HeirDetermination, type Person } from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { ClaimsUnitOfWork } from '../ports/claims-unit-of-work';
import type { ClaimWorkflow } from '../shared/claim-workflow';
import { asFamilyMembers } from '../shared/membership';

/** Someone outside the family card: identified by NIK, which becomes their payee id. */
export interface OutsidePerson {
  nik: string;
  name: string;
}

export interface DetermineHeirsCommand {
  claimId: string;
  /** Family-member ids named in the heir statement (surat keterangan ahli waris). */
  heirStatementMemberIds: string[];
  /** Relatives on the family card who died before the worker: not heirs. */
  deceasedMemberIds?: string[];
  willBeneficiary?: OutsidePerson;
  funeralArranger?: OutsidePerson;
  /** A family-member id, or the NIK of the will beneficiary or funeral arranger. */
  payeeId: string;
  consents?: HeirConsent[];
}

const asPerson = (person: OutsidePerson | undefined): Person | undefined =>
  person && { id: person.nik, name: person.name };

/**
 * Heirs come from the family projection (enrolment's FamilyChanged) and the claim's documents:
 * the highest statutory class present, one payee from it, co-heirs' consents recorded
 * (PP 44/2015 art. 37(5)). A payee from a lower class while a higher one exists is refused (400
 * PAYEE_FROM_LOWER_HEIR_CLASS).
 */
export class DetermineHeirsHandler {
  constructor(
    private readonly workflow: ClaimWorkflow,
    private readonly unitOfWork: ClaimsUnitOfWork,
  ) {}

  async execute(command: DetermineHeirsCommand, actor: ClaimActor): Promise<ClaimRecord> {
    const { record } = await this.workflow.change(command.claimId, actor, async (scope) => {
      const workerId = scope.claim.toSnapshot().worker.id;
      const deceasedMemberIds = command.deceasedMemberIds ?? [];
      const familyMembers = asFamilyMembers(await scope.transaction.members.family(workerId), deceasedMemberIds);
      scope.transition((context) =>
        scope.claim.recordHeirs(
          {
            familyMembers,
            documents: {
              heirStatementMemberIds: command.heirStatementMemberIds,
              willBeneficiary: asPerson(command.willBeneficiary),
              funeralArranger: asPerson(command.funeralArranger),
            },
            payee: {
              payeeId: command.payeeId,
              consents: command.consents ?? [],
              heirStatementMemberIds: command.heirStatementMemberIds,
            },
          },
          context,
        ),
      );
      scope.details.heirInputs = { deceasedMemberIds };
    });
    return record;
  }

  /** Who would inherit, from the family projection alone: the officer's starting point. */
  async preview(claimId: string, deceasedMemberIds: readonly string[] = []): Promise<HeirDetermination> {
    return this.unitOfWork.run(async (transaction) => {
      const stored = await transaction.claims.get(claimId, false);
      if (!stored) throw new NotFoundError('CLAIM_NOT_FOUND', `There is no claim ${claimId}`, 'claimId');
      const family = await transaction.members.family(stored.snapshot.worker.id);
      return determineHeirs(asFamilyMembers(family, deceasedMemberIds));
    });
  }
}
