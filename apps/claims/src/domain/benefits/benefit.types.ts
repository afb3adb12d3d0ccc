import type { Rupiah } from '@jaring/kernel';
import type { IncomeBasis } from '@jaring/income-basis';
import type { LocalDate } from '../shared/local-date.util';

export type Programme = 'JKK' | 'JKM';

export type OutcomeType = 'death' | 'total-disability' | 'partial-disability' | 'temporary-disability' | 'recovered';

export const OUTCOME_TYPES: readonly OutcomeType[] = [
  'death',
  'total-disability',
  'partial-disability',
  'temporary-disability',
  'recovered',
];

/** Land includes river and lake transport: the regulation caps them together. */
export type TransportMode = 'land' | 'sea' | 'air';

export type SchoolLevel = 'TK' | 'SD' | 'SMP' | 'SMA' | 'PT';

export const SCHOOL_LEVELS: readonly SchoolLevel[] = ['TK', 'SD', 'SMP', 'SMA', 'PT'];

/**
 * One entry of the disability table as the doctor reports it. A plain code is enough for entries
 * with a fixed percentage; entries assessed within a range take `percent`, entries counted per unit
 * (per 10 dB of hearing lost, per 10% of visual field lost) take `units`.
 */
export type DisabilityTableSelection = string | { code: string; percent?: number; units?: number };

/** The doctor's declaration at stage II. */
export interface OutcomeInput {
  type: OutcomeType;
  /** Partial disability: the table percentage when the doctor states it directly (35 for one eye). */
  tablePercent?: number;
  /** Partial disability: the table entries lost; their percentages are added up. */
  tableItems?: readonly DisabilityTableSelection[];
  /** Functional (not anatomical) partial disability: the percentage of function lost, 0 < x ≤ 100. */
  functionLossPercent?: number;
  /** Left-handed workers swap the right and left percentages of the upper limbs. Default 'right'. */
  dominantHand?: 'right' | 'left';
  /** Whole months of temporary inability to work (STMB). */
  inabilityMonths?: number;
  /** Days of inability beyond the whole months, prorated by policy. */
  inabilityDays?: number;
  /** First day of inability; defaults to the incident date. */
  inabilityStartDate?: LocalDate;
}

/** A partner facility's invoice for a worker's care (the facility is checked against the register before). */
export interface PartnerCareInvoice {
  facilityCode: string;
  amount: Rupiah;
  /** The facility's invoice number: the document the payment rests on; unique per facility on a claim. */
  invoiceReference: string;
}

/** A line paid to someone other than the claim's payee (worker, heir or funeral arranger). */
export interface LinePayee {
  kind: 'partner-facility';
  facilityCode: string;
}

export interface TransportClaim {
  mode: TransportMode;
  amount: Rupiah;
}

export interface ChildInput {
  /** Any stable id of the child (e.g. a family-member id); echoed in exclusions. */
  id?: string;
  birthDate: LocalDate;
  schoolLevel: SchoolLevel;
  married: boolean;
  /** Employment that disqualifies; a short internship or BPU work does not count as working. */
  working: boolean;
  /** School years of this level already paid for this child (the per-level maximum is in years). */
  yearsAlreadyPaidAtLevel?: number;
}

/**
 * The benefit calculation request. The HTTP layer maps the public request body onto this 1:1; the
 * fields after `children` are optional extensions with safe defaults.
 */
export interface BenefitRequest {
  programme: Programme;
  incidentDate: LocalDate;
  /** Declared monthly income of the covered month (Rp1,000,000 for the Pemkab package). */
  declaredMonthlyIncome: Rupiah;
  /** Months of contributions paid before the incident (JKM scholarships need 36). */
  contributionMonths: number;
  /** Needed for JKM (short-membership policy); ignored for JKK. */
  membershipStartDate?: LocalDate;
  /** Required for JKK stage II; for JKM it may be omitted (a JKM claim is always a death). */
  outcome?: OutcomeInput;
  transport?: readonly TransportClaim[];
  homeCare?: Rupiah;
  /** The days of home care the receipts are for: required with `homeCare`, at most the rule set's year. */
  homeCarePeriod?: { from: LocalDate; until: LocalDate };
  /** Receipts of care at a facility that is not a BPJS partner, reimbursed to the worker in full. */
  nonPartnerCare?: Rupiah;
  /** Invoices of care at registered partner facilities (PLKK), paid to each facility in full. */
  partnerCare?: readonly PartnerCareInvoice[];
  glasses?: Rupiah;
  children?: readonly ChildInput[];
  /** The day children's ages are judged (the school year being claimed); defaults to the incident date. */
  scholarshipAssessmentDate?: LocalDate;
}

/** One payable component: what, how much (whole rupiah) and the rule that grants it. */
export interface BenefitLine {
  code: string;
  amount: Rupiah;
  rule: string;
  /** Scholarship lines: the child (`ChildInput.id`), so later school years can count what was paid. */
  subject?: string;
  /** Absent: the claim's payee. A partner facility's care goes to the facility (RULES.md §2). */
  payee?: LinePayee;
  /** The invoice references a partner facility's line pays. */
  invoiceReferences?: string[];
}

/** Something asked for that is not payable, with the reason (shown to the officer, never silent). */
export interface BenefitExclusion {
  subject: string;
  code: string;
  reason: string;
}

export interface BenefitAssessment {
  /** The rule set chosen by the incident date. */
  ruleSetId: string;
  /** The declared income and the basis the income-based lines were computed on (RULES.md §1). */
  incomeBasis: IncomeBasis;
  lines: BenefitLine[];
  total: Rupiah;
  exclusions: BenefitExclusion[];
}
