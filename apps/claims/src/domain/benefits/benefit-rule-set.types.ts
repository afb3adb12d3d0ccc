import type { Rupiah } from '@jaring/kernel';
import type { BasisPoints } from '../shared/integer-math.util';
import type { LocalDate } from '../shared/local-date.util';
import type { DisabilityTableRow } from './disability-table.types';
import type { SchoolLevel, TransportMode } from './benefit.types';

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
}
