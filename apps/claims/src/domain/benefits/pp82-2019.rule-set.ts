import type { LimitsFrom } from '@jaring/income-basis';
import type { BenefitRuleSet } from './benefit-rule-set.types';
import { PP82_2019_DISABILITY_TABLE } from './disability-table.data';

const PP82_LAMPIRAN_III = 'PP 82/2019 Lampiran III';

/**
 * Benefits of PP 44/2015 as amended by PP 82/2019, in force from 2 December 2019. Earlier amounts
 * (PP 44/2015 as first enacted) are deliberately absent: nobody has checked them, and an incident
 * before this date is refused rather than paid by guesswork.
 */
export const PP82_2019_RULE_SET: BenefitRuleSet = {
  id: 'PP82-2019',
  effectiveFrom: '2019-12-02',
  regulation: 'PP 44/2015 as amended by PP 82/2019',
  // PP 44/2015 Lampiran II: the lowest income bracket for workers outside wage employment (BPU).
  minimumDeclaredIncome: { amount: 1_000_000, rule: 'PP 44/2015 Lampiran II: lowest BPU income bracket Rp1,000,000' },
  // RULES.md §1 [1S]: the top bracket, JKK Rp207,000 a month; benefits never exceed the billed basis.
  maximumDeclaredIncome: {
    amount: 20_700_000,
    rule: 'RULES.md §1, PP 44/2015 Lampiran II: top BPU income bracket Rp20,700,000',
  },
  jkk: {
    deathLumpSum: {
      percentBp: 6000,
      incomeMonths: 80,
      rule: `${PP82_LAMPIRAN_III}: JKK death 60% × 80 × income (48 × income)`,
      floorRule: `${PP82_LAMPIRAN_III}: JKK death lump sum not below the JKM death lump sum`,
    },
    totalDisability: {
      percentBp: 7000,
      incomeMonths: 80,
      rule: `${PP82_LAMPIRAN_III}: total permanent disability 70% × 80 × income (56 × income)`,
    },
    partialDisability: {
      incomeMonths: 80,
      anatomicalRule: `${PP82_LAMPIRAN_III}: partial permanent disability table % × 80 × income`,
      functionalRule: `${PP82_LAMPIRAN_III}: functional disability loss-of-function % × table % × 80 × income`,
    },
    periodicBenefit: {
      instalment: 500_000,
      instalments: 24,
      rule: `${PP82_LAMPIRAN_III}: JKK periodic benefit 24 × Rp500,000, paid at once`,
    },
    funeral: { amount: 10_000_000, rule: `${PP82_LAMPIRAN_III}: JKK funeral costs Rp10,000,000` },
    temporaryInability: {
      fullRateMonths: 12,
      fullRateBp: 10_000,
      reducedRateBp: 5000,
      fullRateRule: `${PP82_LAMPIRAN_III}: STMB 100% of income for the first 12 months`,
      reducedRateRule: `${PP82_LAMPIRAN_III}: STMB 50% of income from month 13 until recovery`,
    },
    homeCareCap: { amount: 20_000_000, rule: `${PP82_LAMPIRAN_III}: home care up to 1 year, max Rp20,000,000` },
    homeCareYears: { value: 1, rule: `RULES.md §2, ${PP82_LAMPIRAN_III}: home care for at most 1 year` },
    nonPartnerCareRule: `RULES.md §2, §6, ${PP82_LAMPIRAN_III}: medical care as medically needed, no cap; care at a non-partner facility reimbursed to the worker on its receipts`,
    partnerCareRule: `RULES.md §2, ${PP82_LAMPIRAN_III}: medical care as medically needed, no cap; care at a partner facility (PLKK) paid to the facility on its invoice`,
    transportCaps: {
      land: { amount: 5_000_000, rule: `${PP82_LAMPIRAN_III}: land, river or lake transport max Rp5,000,000` },
      sea: { amount: 2_000_000, rule: `${PP82_LAMPIRAN_III}: sea transport max Rp2,000,000` },
      air: { amount: 10_000_000, rule: `${PP82_LAMPIRAN_III}: air transport max Rp10,000,000` },
    },
    scholarshipRule: 'PP 44/2015 art. 25 as amended by PP 82/2019: scholarship after JKK death or total disability',
  },
  jkm: {
    lumpSum: { amount: 20_000_000, rule: 'PP 82/2019 art. 34: JKM lump sum Rp20,000,000' },
    periodicBenefit: {
      instalment: 500_000,
      instalments: 24,
      rule: 'PP 82/2019 art. 34: JKM periodic benefit 24 × Rp500,000, paid at once',
    },
    funeral: { amount: 10_000_000, rule: 'PP 82/2019 art. 34: JKM funeral costs Rp10,000,000' },
    // PP 82/2019 art. 34: scholarships after a JKM death need at least 3 years of contributions.
    scholarshipMinimumContributionMonths: 36,
    scholarshipRule: 'PP 82/2019 art. 34: JKM scholarship (≥ 36 contribution months)',
  },
  scholarship: {
    maxChildren: 2,
    ageLimitYears: 23,
    // PP 82/2019 (scholarship per child per school year, by level); procedure in Permenaker 5/2021
    // as amended by Permenaker 1/2025.
    levels: {
      TK: { amountPerYear: 1_500_000, maxYears: 2 },
      SD: { amountPerYear: 1_500_000, maxYears: 6 },
      SMP: { amountPerYear: 2_000_000, maxYears: 3 },
      SMA: { amountPerYear: 3_000_000, maxYears: 3 },
      PT: { amountPerYear: 12_000_000, maxYears: 5 },
    },
  },
  disabilityTable: PP82_2019_DISABILITY_TABLE,
  deadlines: {
    paymentWorkingDays: {
      JKK: {
        value: 7,
        rule: 'PP 44/2015 art. 37(2) (RULES.md §2): JKK cash benefits within 7 working days of a complete claim',
      },
      JKM: { value: 3, rule: 'PP 44/2015 (RULES.md §3): JKM within 3 working days of a complete claim' },
    },
    latePaymentPercentPerDay: {
      value: 1,
      rule: 'PP 44/2015 art. 37(3) (RULES.md §2–3): 1% of the benefit for each day of late payment',
    },
    stageOneReportHours: {
      value: 48,
      rule: 'Permenaker 5/2021 (RULES.md §2): stage I report within 2×24 hours of the accident',
    },
    stageTwoReportDays: {
      value: 2,
      rule: "Permenaker 5/2021 (RULES.md §2): stage II within 2×24 hours of the doctor's declaration",
    },
    jkkClaimExpiryYears: {
      value: 5,
      rule: 'PP 44/2015 (RULES.md §2): the right to claim JKK expires 5 years after the accident',
    },
    workAccidentDecisionDays: {
      value: 30,
      rule: 'PP 49/2023, Permenaker 1/2025 (RULES.md §2): work-accident decision within 30 days of the stage I report',
    },
  },
};

/** All rule sets, oldest first. Add a new regulation's set here; never edit an old one. */
export const BENEFIT_RULE_SETS: readonly BenefitRuleSet[] = [PP82_2019_RULE_SET];

/** Each set's minimum and maximum, from its first month: a loaded bracket table must start and end on them. */
export function benefitIncomeLimits(ruleSets: readonly BenefitRuleSet[]): LimitsFrom[] {
  return ruleSets.map((set) => ({
    effectiveFrom: set.effectiveFrom.slice(0, 7),
    limits: { minimum: set.minimumDeclaredIncome.amount, maximum: set.maximumDeclaredIncome.amount },
  }));
}
