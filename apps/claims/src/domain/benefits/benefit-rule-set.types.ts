import type { Rupiah } from '@jaring/kernel';
import type { BasisPoints } from '../shared/integer-math.util';
import type { LocalDate } from '../shared/local-date.util';
import type { DisabilityTableRow } from './disability-table.types';
import type { Programme, SchoolLevel, TransportMode } from './benefit.types';

/** An amount together with the citation printed on every benefit line it produces. */
export interface CitedAmount {
  amount: Rupiah;
  rule: string;
}

/** percent × months × monthly income, e.g. 60% × 80 for a JKK death. */
export interface IncomeMultiple {
  percentBp: BasisPoints;
  incomeMonths: number;
  rule: string;
}

/** A count (days, hours, years, a percentage) with the citation shown wherever it is applied. */
export interface CitedNumber {
  value: number;
  rule: string;
}

/** A claim's time limits: reporting, deciding, paying, and when the right to claim expires. */
export interface ClaimDeadlineRules {
  /** Working days from a complete and eligible claim to the payment deadline. */
  paymentWorkingDays: Record<Programme, CitedNumber>;
  /** Compensation for each calendar day paid late, in percent of the benefit. */
  latePaymentPercentPerDay: CitedNumber;
  stageOneReportHours: CitedNumber;
  /** Counted in whole days: the doctor's declaration carries a date, not a time. */
  stageTwoReportDays: CitedNumber;
  jkkClaimExpiryYears: CitedNumber;
  workAccidentDecisionDays: CitedNumber;
}

export interface ScholarshipLevelRule {
  amountPerYear: Rupiah;
  maxYears: number;
}

/**
 * Every statutory amount the benefit engine uses, valid for incidents on or after `effectiveFrom`
 * until the next rule set starts. A new regulation adds a rule set; it never edits an old one, so a
 * claim is always assessed by the law in force on its incident date.
 */
export interface BenefitRuleSet {
  id: string;
  effectiveFrom: LocalDate;
  regulation: string;
  minimumDeclaredIncome: CitedAmount;
  /** The top bracket: no benefit is assessed on more (RULES.md §1, as billing caps the contribution). */
  maximumDeclaredIncome: CitedAmount;
  jkk: {
    deathLumpSum: IncomeMultiple & { floorRule: string };
    totalDisability: IncomeMultiple;
    partialDisability: { incomeMonths: number; anatomicalRule: string; functionalRule: string };
    periodicBenefit: { instalment: Rupiah; instalments: number; rule: string };
    funeral: CitedAmount;
    temporaryInability: {
      fullRateMonths: number;
      fullRateBp: BasisPoints;
      reducedRateBp: BasisPoints;
      fullRateRule: string;
      reducedRateRule: string;
    };
    homeCareCap: CitedAmount;
    /** Home care is paid for at most this many years of care. */
    homeCareYears: CitedNumber;
    /** Medical care as medically needed, no cap: the rule of a non-partner facility's receipts reimbursed to the worker. */
    nonPartnerCareRule: string;
    /** Medical care as medically needed, no cap: the rule of a partner facility's invoice, paid to the facility. */
    partnerCareRule: string;
    transportCaps: Record<TransportMode, CitedAmount>;
    scholarshipRule: string;
  };
  jkm: {
    lumpSum: CitedAmount;
    periodicBenefit: { instalment: Rupiah; instalments: number; rule: string };
    funeral: CitedAmount;
    scholarshipMinimumContributionMonths: number;
    scholarshipRule: string;
  };
  scholarship: {
    maxChildren: number;
    /** A child must be younger than this on the assessment date. */
    ageLimitYears: number;
    levels: Record<SchoolLevel, ScholarshipLevelRule>;
  };
  disabilityTable: readonly DisabilityTableRow[];
  deadlines: ClaimDeadlineRules;
}
