import { SystemClock } from '../../apps/enrolment/src/infrastructure/clock/system-clock';

/**
 * Dates relative to the day the test runs, in the business time zone (WITA) as the services see it:
 * an enrolment dated before the current month needs a supervisor's approval (issue 20 §2), so
 * tests that enrol "now" take their dates from here and pass in any month.
 */
const clock = new SystemClock('Asia/Makassar');

export function businessToday(): string {
  return clock.today();
}

/** The first day of the month `monthsBack` months before the current one (0 = this month). */
export function firstOfBusinessMonth(monthsBack = 0): string {
  const [year, month] = businessToday().split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - monthsBack;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** Whole months from `date`'s month to the current one: the backdating grace that still allows `date`. */
export function graceMonthsBackTo(date: string): number {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const [thisYear, thisMonth] = businessToday().split('-').map(Number) as [number, number];
  return Math.max(0, (thisYear - year) * 12 + (thisMonth - month));
}

/**
 * The earliest enrolment date of the shared test data (builders, EXAMPLE_WORKER, import files): the
 * scenarios replay Polewali Mandar's first months (PKS coverage from 2025-10-06, March 2026 billed
 * and paid). Services under test get a backdating grace reaching back to it; the tests of the rule
 * itself run with the production default (0) or their own.
 */
export const TEST_DATA_EARLIEST_ENROLMENT = '2025-09-01';

/** The day `days` after today (business time zone). */
export function businessDateAhead(days: number): string {
  const [year, month, day] = businessToday().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
