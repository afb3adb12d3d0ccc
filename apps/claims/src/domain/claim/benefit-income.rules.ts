import type { Rupiah } from '@jaring/kernel';
import { yearMonthOf, type LocalDate } from '../shared/local-date.util';
import type { PaidMonth } from './eligibility.rules';

/**
 * The income benefits are computed from. RULES.md §2: "the worker's declared income in the covered
 * month", i.e. the income the incident's month was billed and paid at: an income changed later (even
 * on the incident day) neither raises nor lowers a benefit the month's contribution did not pay for.
 * A month granted before billing published its income falls back to the income in effect on the
 * incident date.
 */
export function benefitIncome(
  incidentDate: LocalDate,
  paidMonths: readonly PaidMonth[],
  incomeOnIncidentDate: Rupiah,
): Rupiah {
  const month = yearMonthOf(incidentDate);
  return paidMonths.find((paid) => paid.month === month)?.billedIncome ?? incomeOnIncidentDate;
}
