import {
  assertPartnerFacilities,
  type ChildInput,
  type ClaimActor,
  type LocalDate,
  type PartnerCareInvoice,
  type SchoolLevel,
  type TransportClaim,
} from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { MemberReads } from '../ports/member.reads';
import type { ClaimWorkflow } from '../shared/claim-workflow';
import { assessmentBasis, childOnFamilyCard, memberOfClaim } from '../shared/membership';

export interface ScholarshipChild {
  /** The child on the worker's family card (family projection). */
  memberId: string;
  schoolLevel: SchoolLevel;
  yearsAlreadyPaidAtLevel?: number;
}

export interface AssessClaimCommand {
  claimId: string;
  transport?: TransportClaim[];
  homeCare?: number;
  homeCarePeriod?: { from: LocalDate; until: LocalDate };
  nonPartnerCare?: number;
  /** Invoices of registered partner facilities: each facility's total is paid to the facility. */
  partnerCare?: PartnerCareInvoice[];
  glasses?: number;
  /** Children nominated for a scholarship, in the family's order (at most two are paid). */
  children?: ScholarshipChild[];
  /** The school year being claimed (children's ages are judged on it); default the incident date. */
  scholarshipAssessmentDate?: LocalDate;
}

/**
 * Benefit lines from the engine, under the rule set of the incident date. The income is the
 * declared income the incident's month was billed at (else the one in effect on the incident date)
 * and the contribution months are the paid months up to the incident's month — both from the
 * claims projections, never typed in.
 */
export class AssessClaimHandler {
  constructor(private readonly workflow: ClaimWorkflow) {}

  async execute(command: AssessClaimCommand, actor: ClaimActor): Promise<ClaimRecord> {
    const { record } = await this.workflow.change(command.claimId, actor, async (scope) => {
      const snapshot = scope.claim.toSnapshot();
      const members = scope.transaction.members;
      const member = await memberOfClaim(members, snapshot);
      const basis = await assessmentBasis(members, member, snapshot.incidentDate);
      const children = await this.children(command.children, member.workerId, scope.transaction.members);
      if (command.partnerCare) {
        assertPartnerFacilities(command.partnerCare, scope.settings.partnerFacilities, snapshot.incidentDate);
      }
      scope.transition((context) =>
        scope.claim.assess(
          {
            ...basis,
            ...(command.transport ? { transport: command.transport } : {}),
            ...(command.homeCare !== undefined ? { homeCare: command.homeCare } : {}),
            ...(command.homeCarePeriod ? { homeCarePeriod: command.homeCarePeriod } : {}),
            ...(command.nonPartnerCare !== undefined ? { nonPartnerCare: command.nonPartnerCare } : {}),
            ...(command.partnerCare ? { partnerCare: command.partnerCare } : {}),
            ...(command.glasses !== undefined ? { glasses: command.glasses } : {}),
            ...(children ? { children } : {}),
            ...(command.scholarshipAssessmentDate
              ? { scholarshipAssessmentDate: command.scholarshipAssessmentDate }
              : {}),
          },
          context,
        ),
      );
    });
    return record;
  }

  private async children(
    nominated: ScholarshipChild[] | undefined,
    workerId: string,
    members: MemberReads,
  ): Promise<ChildInput[] | undefined> {
    if (!nominated?.length) return undefined;
    const family = await members.family(workerId);
    return nominated.map((child, index) => ({
      ...childOnFamilyCard(family, child.memberId, `children.${index}.memberId`),
      schoolLevel: child.schoolLevel,
      ...(child.yearsAlreadyPaidAtLevel !== undefined
        ? { yearsAlreadyPaidAtLevel: child.yearsAlreadyPaidAtLevel }
        : {}),
    }));
  }
}
