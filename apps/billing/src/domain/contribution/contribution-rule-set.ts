import { DomainError, type Rupiah } from '@jaring/kernel';
import type { LimitsFrom } from '@jaring/income-basis';
import { addMonthsTo, type YearMonth } from '@jaring/calendar';
import type { BasisPoints } from '../shared/integer-money';
import type { SponsorType } from './sponsor-type';

/** A temporary cut of the contribution, e.g. PP 50/2025's 50% for BPU workers. */
export interface ContributionDiscount {
  readonly rateBp: BasisPoints;
  /** Workers paid by these sponsors pay the full amount. */
  readonly excludedSponsorTypes: readonly SponsorType[];
  readonly source: string;
}

/**
 * The contribution rules for workers outside wage employment (BPU) as in force from a billed
 * month. The set is chosen by the month being billed, never by the day the bill is made.
 */
export interface ContributionRuleSet {
  readonly id: string;
  /** The first billed month the set applies to; it applies until the next set's month. */
  readonly effectiveFrom: YearMonth;
  readonly minimumDeclaredIncome: Rupiah;
  /** [1S] RULES.md §1: the top bracket (JKK Rp207,000 a month). */
  readonly maximumDeclaredIncome: Rupiah;
  readonly jkkRateBp: BasisPoints;
  readonly jkmMonthly: Rupiah;
  /** The day of the billed month its contributions are due (moved to the next working day). */
  readonly dueDayOfMonth: number;
  readonly discount?: ContributionDiscount;
  readonly sources: readonly string[];
}

// PP 44/2015 Lampiran II: a BPU worker's contributions are 1% of the declared monthly income for
// JKK, over income brackets from Rp1,000,000; JKM is a flat Rp6,800 a month (RULES.md §1, [2+]).
const PP_44_2015 = {
  minimumDeclaredIncome: 1_000_000,
  maximumDeclaredIncome: 20_700_000,
  jkkRateBp: 100,
  jkmMonthly: 6_800,
  dueDayOfMonth: 15,
  sources: [
    'PP 44/2015 Lampiran II (JKK 1% of declared income, brackets from Rp1,000,000)',
    'PP 44/2015 (JKM Rp6,800 for BPU)',
    'RULES.md §1: due on the 15th of the month paid for, next working day if a holiday',
  ],
} as const;

/** PP 50/2025: 50% off BPU contributions for January 2026 to March 2027, not for APBN/APBD-funded workers. */
export const PP_50_2025_DISCOUNT: ContributionDiscount = {
  rateBp: 5_000,
  excludedSponsorTypes: ['APBD', 'APBN'],
  source: 'PP 50/2025: 50% BPU discount, January 2026 to March 2027, not for contributions paid from APBN/APBD',
};

/** Every set, oldest first. A new regulation adds a set; old sets are never edited. */
export const CONTRIBUTION_RULE_SETS: readonly ContributionRuleSet[] = [
  { id: 'BPU-PP44-2015', effectiveFrom: '2015-07', ...PP_44_2015 },
  {
    id: 'BPU-PP50-2025-DISCOUNT',
    effectiveFrom: '2026-01',
    ...PP_44_2015,
    discount: PP_50_2025_DISCOUNT,
    sources: [...PP_44_2015.sources, PP_50_2025_DISCOUNT.source],
  },
  // The discount ends with March 2027: the PP 44/2015 amounts apply again.
  { id: 'BPU-PP44-2015-FROM-2027-04', effectiveFrom: '2027-04', ...PP_44_2015 },
];

export interface SelectedRuleSet {
  readonly ruleSet: ContributionRuleSet;
  /** The last month the set applies to, when a later set is loaded. */
  readonly effectiveUntil?: YearMonth;
}

/** The set in force for a billed month: the latest whose `effectiveFrom` is not after it. */
export function ruleSetForMonth(
  month: YearMonth,
  ruleSets: readonly ContributionRuleSet[] = CONTRIBUTION_RULE_SETS,
): SelectedRuleSet {
  const ordered = [...ruleSets].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  const index = ordered.findLastIndex((set) => set.effectiveFrom <= month);
  if (index < 0) {
    throw new DomainError('NO_CONTRIBUTION_RULES_FOR_MONTH', `no contribution rules are loaded for ${month}`, 'month');
  }
  const next = ordered[index + 1];
  return {
    ruleSet: ordered[index],
    ...(next ? { effectiveUntil: addMonthsTo(next.effectiveFrom, -1) } : {}),
  };
}

/** The minimum and maximum each set puts in force: a loaded bracket table must start and end on them. */
export function incomeLimitsOf(ruleSets: readonly ContributionRuleSet[] = CONTRIBUTION_RULE_SETS): LimitsFrom[] {
  return ruleSets.map((set) => ({
    effectiveFrom: set.effectiveFrom,
    limits: { minimum: set.minimumDeclaredIncome, maximum: set.maximumDeclaredIncome },
  }));
}
