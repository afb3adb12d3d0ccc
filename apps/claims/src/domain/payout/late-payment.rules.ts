import type { Rupiah } from '@jaring/kernel';
import { BENEFIT_CODES } from '../benefits/benefit.codes';
import type { CitedNumber } from '../benefits/benefit-rule-set.types';
import type { BenefitLine } from '../benefits/benefit.types';
import { multiplyThenDivideFloor } from '../shared/integer-math.util';
import { daysBetween, type LocalDate } from '../shared/local-date.util';

/*
 * PP 44/2015 art. 37(3): when the benefit is paid after the deadline, the payee receives
 * compensation of a percentage of the nominal benefit (1% in the rule sets) for each day of delay
 * (the same for JKM, RULES.md §3). Days are calendar days after the due date: the regulation says
 * "setiap hari keterlambatan", not working days.
 */

/** Calendar days from the due date to the payment date; 0 when paid on or before the due date. */
export function daysLate(dueDate: LocalDate, paidOn: LocalDate): number {
  return Math.max(0, daysBetween(dueDate, paidOn));
}

/**
 * The compensation as its own payout line, or undefined when payment was on time. Rounded down to a
 * whole rupiah: benefit × days × percent ÷ 100. The base is the benefit due to this payee, without
 * any earlier compensation (no compounding). `percentPerDay` comes from the incident's rule set.
 */
export function latePaymentLine(
  benefitDue: Rupiah,
  dueDate: LocalDate,
  paidOn: LocalDate,
  percentPerDay: CitedNumber,
): BenefitLine | undefined {
  const days = daysLate(dueDate, paidOn);
  if (days === 0 || benefitDue === 0) return undefined;
  return {
    code: BENEFIT_CODES.latePaymentCompensation,
    amount: multiplyThenDivideFloor([benefitDue, days, percentPerDay.value], 100),
    rule: `${percentPerDay.rule} (${days} day${days === 1 ? '' : 's'} late)`,
  };
}
