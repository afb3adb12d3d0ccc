import {
  dayOfMonth,
  type HolidayCalendar,
  type LocalDate,
  nextWorkingDayOnOrAfter,
  type YearMonth,
} from '@jaring/calendar';

/** RULES.md §1 [2+]: contributions are due on the 15th of the month being paid for. */
export const CONTRIBUTION_DUE_DAY = 15;

/**
 * The due date of a month's contributions: the 15th of that month, or the next working day when
 * the 15th is a weekend day or a holiday (RULES.md §1). There is no late fine for BPU.
 */
export function contributionDueDate(
  month: YearMonth,
  calendar: HolidayCalendar,
  dueDay: number = CONTRIBUTION_DUE_DAY,
): LocalDate {
  return nextWorkingDayOnOrAfter(dayOfMonth(month, dueDay), calendar);
}
