import type { BilledMonth, LocalDate, PaidMonth, PriorMembership, Relationship } from '../../domain';

export interface PayoutAccountFacts {
  bankCode: string;
  accountNumber: string;
  holderName: string;
  /** When enrolment last changed the account (absent: given at registration, or before this was tracked). */
  changedAt?: string;
}

/** Claims' own copy of a worker's membership, built from enrolment's events. */
export interface MemberFacts {
  workerId: string;
  tenant: string;
  nik: string;
  fullName: string;
  birthDate: LocalDate;
  status: string;
  declaredMonthlyIncome: number;
  enrolmentDate: LocalDate;
  coverageStartDate: LocalDate;
  /** The first uncovered day, when the worker was terminated. */
  terminatedOn?: LocalDate;
  /** The date of death enrolment recorded. */
  deceasedOn?: LocalDate;
  payoutAccount?: PayoutAccountFacts;
  /** BPJS Ketenagakerjaan membership before Jaring, as enrolment recorded it (RULES.md §3–4). */
  priorMembership?: PriorMembership;
  /** When claims learnt of the worker's registration (UTC ISO-8601): billing's supplementary delay starts about then. */
  registeredAt: string;
}

export interface FamilyMemberFacts {
  memberId: string;
  relationship: Relationship;
  nik: string;
  fullName: string;
  birthDate: LocalDate;
  married?: boolean;
  working?: boolean;
}

/** Read side of the projections (members, families, coverage months). Never another service's API. */
export interface MemberReads {
  byId(workerId: string): Promise<MemberFacts | undefined>;
  byNik(nik: string): Promise<MemberFacts | undefined>;
  family(workerId: string): Promise<FamilyMemberFacts[]>;
  /** Months whose contributions were paid, each with the day its payment was made and the income it was billed at. */
  coveredMonths(workerId: string): Promise<PaidMonth[]>;
  /** The invoice that bills the worker's month, with its payment status, when billing published one. */
  billedMonth(workerId: string, month: string): Promise<BilledMonth | undefined>;
  /** The declared income in effect on `date` (the earliest known when `date` precedes them all). */
  incomeOn(workerId: string, date: LocalDate): Promise<number | undefined>;
}
