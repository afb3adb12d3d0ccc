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
