import { DomainError, NotFoundError } from '@jaring/kernel';
import {
  benefitIncome,
  checkEligibility,
  withPriorMembership,
  type ClaimSnapshot,
  type EligibilityResult,
  type FamilyMember,
  type LocalDate,
} from '../../domain';
import { localDateAt } from './local-time';
import type { ClaimsSettings } from './claims-settings';
import type { FamilyMemberFacts, MemberFacts, MemberReads } from '../ports/member.reads';

/** A worker named by id or NIK, as the officer has it (the membership card or the KTP). */
export interface WorkerReference {
  workerId?: string;
  nik?: string;
}

export async function findMember(members: MemberReads, reference: WorkerReference): Promise<MemberFacts> {
  if (!reference.workerId && !reference.nik) {
    throw new DomainError('WORKER_REFERENCE_REQUIRED', 'Give the worker id or the NIK', 'workerId');
  }
  const member = reference.workerId ? await members.byId(reference.workerId) : await members.byNik(reference.nik!);
  if (!member) {
    throw new NotFoundError(
      'MEMBER_NOT_FOUND',
      'No enrolled worker with this id or NIK is known to claims (enrolment may still be publishing it)',
      reference.workerId ? 'workerId' : 'nik',
    );
  }
  if (reference.workerId && reference.nik && member.nik !== reference.nik) {
    throw new DomainError('WORKER_REFERENCE_MISMATCH', 'The NIK is not the NIK of this worker', 'nik');
  }
  return member;
}

export async function memberOfClaim(members: MemberReads, snapshot: ClaimSnapshot): Promise<MemberFacts> {
  const member = await members.byId(snapshot.worker.id);
  if (!member) throw new NotFoundError('MEMBER_NOT_FOUND', 'The worker of this claim is no longer in the projection');
  return member;
}

/**
 * Enrolled and not terminated on the incident date, and the incident's month paid (RULES.md §1,
 * §2); a month not paid says whether it is billed at all, and on which invoice (docs/adr/0009).
 */
export async function eligibilityOf(
  members: MemberReads,
  snapshot: ClaimSnapshot,
  settings: Pick<ClaimsSettings, 'coverage' | 'policy'>,
  now: Date,
): Promise<EligibilityResult> {
  const { coverage } = settings;
  const member = await memberOfClaim(members, snapshot);
  const paidMonths = await members.coveredMonths(member.workerId);
  const month = snapshot.incidentDate.slice(0, 7);
  const billedMonth = paidMonths.some((paid) => paid.month === month)
    ? undefined
    : await members.billedMonth(member.workerId, month);
  return checkEligibility(
    snapshot.incidentDate,
    { enrolledOn: member.coverageStartDate, terminatedOn: member.terminatedOn },
    {
      paidMonths,
      billedMonth,
      expectedBilledBy: expectedBilledBy(member.registeredAt, month, settings),
      registeredMonth: localDateAt(member.registeredAt, settings.policy.utcOffsetMinutes).slice(0, 7),
      now: now.toISOString(),
    },
    coverage,
  );
}

/**
 * When billing should have billed the worker's month: the supplementary delay after the
 * registration, or after the month began for a worker registered before it (its main run, on the
 * 1st by default, is started within the scheduler's hour).
 */
function expectedBilledBy(
  registeredAt: string,
  month: string,
  settings: Pick<ClaimsSettings, 'coverage' | 'policy'>,
): string {
  const monthStart = Date.parse(`${month}-01T00:00:00Z`) - settings.policy.utcOffsetMinutes * 60_000;
  const from = Math.max(Date.parse(registeredAt), monthStart);
  return new Date(from + settings.coverage.supplementaryBillingDelaySeconds * 1000).toISOString();
}

/** What the benefits of a claim are computed from, besides the officer's input. */
export interface AssessmentBasis {
  /** The income of the incident's covered month as billed, else the one in effect on the incident date (RULES.md §2). */
  declaredMonthlyIncome: number;
  /** Months of contributions paid up to and including the incident's month, BPJS months before Jaring included (JKM scholarships need 36). */
  contributionMonths: number;
  membershipStartDate: LocalDate;
}

export async function assessmentBasis(
  members: MemberReads,
  member: MemberFacts,
  incidentDate: LocalDate,
): Promise<AssessmentBasis> {
  const paidMonths = await members.coveredMonths(member.workerId);
  const incomeOnIncidentDate = (await members.incomeOn(member.workerId, incidentDate)) ?? member.declaredMonthlyIncome;
  const incidentMonth = incidentDate.slice(0, 7);
  return {
    declaredMonthlyIncome: benefitIncome(incidentDate, paidMonths, incomeOnIncidentDate),
    ...withPriorMembership(
      {
        contributionMonths: paidMonths.filter((paid) => paid.month <= incidentMonth).length,
        membershipStartDate: member.coverageStartDate,
      },
      member.priorMembership,
    ),
  };
}

/** A child on the worker's family card, as the scholarship rules see it; `field` names the request's field. */
export function childOnFamilyCard(
  family: readonly FamilyMemberFacts[],
  memberId: string,
  field: string,
): { id: string; birthDate: LocalDate; married: boolean; working: boolean } {
  const child = family.find((candidate) => candidate.memberId === memberId && candidate.relationship === 'child');
  if (!child) {
    throw new DomainError(
      'CHILD_NOT_IN_FAMILY',
      `Family member ${memberId} is not a child on the worker's family card`,
      field,
    );
  }
  return {
    id: child.memberId,
    birthDate: child.birthDate,
    married: child.married ?? false,
    working: child.working ?? false,
  };
}

/** The family projection as the heir rules see it; relatives the officer recorded as dead are not heirs. */
export function asFamilyMembers(
  family: readonly FamilyMemberFacts[],
  deceasedMemberIds: readonly string[],
): FamilyMember[] {
  const deceased = new Set(deceasedMemberIds);
  return family.map((member) => ({
    id: member.memberId,
    name: member.fullName,
    relationship: member.relationship,
    alive: !deceased.has(member.memberId),
  }));
}
