import { DomainError, type Rupiah } from '@jaring/kernel';
import { FULL_BASIS_POINTS, multiplyThenDivideFloor, type BasisPoints } from '../shared/integer-math.util';
import { addMonths, daysBetween, type LocalDate } from '../shared/local-date.util';
import { BENEFIT_CODES } from './benefit.codes';
import type { BenefitPolicy } from './benefit.policy';
import type { BenefitRuleSet } from './benefit-rule-set.types';
import type { BenefitLine } from './benefit.types';

/** Temporary inability to work (STMB): whole months plus days of a last, unfinished month. */
export interface InabilityPeriod {
  startDate: LocalDate;
  months: number;
  days: number;
}

const THIRTY_DAY_MONTH = 30;

/**
 * STMB: 100% of income per month for the first 12 months, then 50% until recovery. A part month
 * is paid at the rate of the month it falls in, prorated by policy ('calendar-days': the days of
 * that month of inability, counted from the start date). Each line is rounded down once.
 */
export function temporaryInabilityLines(
  income: Rupiah,
  period: InabilityPeriod,
  ruleSet: BenefitRuleSet,
  policy: BenefitPolicy,
): BenefitLine[] {
  assertPeriod(period);
  const rules = ruleSet.jkk.temporaryInability;
  const fullMonths = Math.min(period.months, rules.fullRateMonths);
  const reducedMonths = period.months - fullMonths;
  const partMonthIsFullRate = period.months < rules.fullRateMonths;
  const partMonthLength = partMonthLengthOf(period, policy);
  const partDays = period.days;

  const lines: BenefitLine[] = [];
  const fullAmount = paidFor(income, rules.fullRateBp, fullMonths, partMonthIsFullRate ? partDays : 0, partMonthLength);
  if (fullAmount > 0) {
    lines.push({ code: BENEFIT_CODES.jkkTemporaryInabilityFullRate, amount: fullAmount, rule: rules.fullRateRule });
  }
  const reducedAmount = paidFor(
    income,
    rules.reducedRateBp,
    reducedMonths,
    partMonthIsFullRate ? 0 : partDays,
    partMonthLength,
  );
  if (reducedAmount > 0) {
    lines.push({
      code: BENEFIT_CODES.jkkTemporaryInabilityReducedRate,
      amount: reducedAmount,
      rule: rules.reducedRateRule,
    });
  }
  return lines;
}

/** income × rate × (months + days ÷ partMonthLength), as one fraction so it is rounded once. */
function paidFor(income: Rupiah, rateBp: BasisPoints, months: number, days: number, partMonthLength: number): Rupiah {
  const dayUnits = months * partMonthLength + days;
  return multiplyThenDivideFloor([income, rateBp, dayUnits], FULL_BASIS_POINTS * partMonthLength);
}

function partMonthLengthOf(period: InabilityPeriod, policy: BenefitPolicy): number {
  if (policy.temporaryInabilityProration === 'thirty-day-month') return THIRTY_DAY_MONTH;
  const partMonthStart = addMonths(period.startDate, period.months);
  return daysBetween(partMonthStart, addMonths(period.startDate, period.months + 1));
}

function assertPeriod(period: InabilityPeriod): void {
  if (!Number.isSafeInteger(period.months) || period.months < 0) {
    throw new DomainError(
      'INABILITY_MONTHS_INVALID',
      'inabilityMonths must be a whole number ≥ 0',
      'outcome.inabilityMonths',
    );
  }
  if (!Number.isSafeInteger(period.days) || period.days < 0) {
    throw new DomainError(
      'INABILITY_DAYS_INVALID',
      'inabilityDays must be a whole number ≥ 0',
      'outcome.inabilityDays',
    );
  }
  const monthLength = daysBetween(
    addMonths(period.startDate, period.months),
    addMonths(period.startDate, period.months + 1),
  );
  if (period.days >= monthLength) {
    throw new DomainError(
      'INABILITY_DAYS_EXCEED_MONTH',
      `inabilityDays (${period.days}) must be less than the ${monthLength} days of that month; count whole months in inabilityMonths`,
      'outcome.inabilityDays',
    );
  }
}
