import type { Programme } from '../benefits/benefit.types';
import { isAfter, type LocalDate } from '../shared/local-date.util';

/**
 * Working days from a complete claim to the payment deadline.
 * JKK: PP 44/2015 art. 37(2), "paling lama 7 (tujuh) hari kerja setelah dipenuhinya persyaratan".
 * JKM: 3 working days (PP 44/2015 JKM provisions, RULES.md §3).
 */
export const PAYMENT_DEADLINE_WORKING_DAYS: Readonly<Record<Programme, number>> = { JKK: 7, JKM: 3 };

/** The one thing the deadline needs from a holiday calendar. */
export interface WorkingDayCalendar {
  addWorkingDays(date: LocalDate, workingDays: number): LocalDate;
}

/** The last day on which paying is on time. */
export function paymentDueDate(programme: Programme, completedOn: LocalDate, calendar: WorkingDayCalendar): LocalDate {
  return calendar.addWorkingDays(completedOn, PAYMENT_DEADLINE_WORKING_DAYS[programme]);
}

/** Overdue: the deadline has passed and the claim is still unpaid on `asOf`. */
export function isPaymentOverdue(dueDate: LocalDate, asOf: LocalDate, paidOn?: LocalDate): boolean {
  return paidOn === undefined && isAfter(asOf, dueDate);
}
