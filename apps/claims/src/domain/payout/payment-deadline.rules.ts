import type { ClaimDeadlineRules } from '../benefits/benefit-rule-set.types';
import type { Programme } from '../benefits/benefit.types';
import { isAfter, type LocalDate } from '../shared/local-date.util';

/** The one thing the deadline needs from a holiday calendar. */
export interface WorkingDayCalendar {
  addWorkingDays(date: LocalDate, workingDays: number): LocalDate;
}

/**
 * The last day on which paying is on time: the rule set's working days after the claim became
 * complete (PP 44/2015 art. 37(2), "paling lama 7 (tujuh) hari kerja setelah dipenuhinya persyaratan").
 */
export function paymentDueDate(
  programme: Programme,
  completedOn: LocalDate,
  calendar: WorkingDayCalendar,
  deadlines: ClaimDeadlineRules,
): LocalDate {
  return calendar.addWorkingDays(completedOn, deadlines.paymentWorkingDays[programme].value);
}

/** What the start of the payment clock depends on; each condition is the first day it held, if it holds. */
export interface PaymentClockFacts {
  /** The day the documents checklist was complete. */
  completedOn?: LocalDate;
  /** The first day the incident was seen covered (eligible) with the documents complete. */
  eligibleOn?: LocalDate;
}

/**
 * The day the statutory payment clock starts: "dipenuhinya persyaratan", a claim that is complete
 * and eligible — the later of the days each condition first held. Completeness of an ineligible
 * claim starts nothing: it would count as overdue while nothing is payable. Undefined until every
 * condition holds. A further condition is one more field here.
 */
export function paymentClockStart(facts: PaymentClockFacts): LocalDate | undefined {
  const conditions = [facts.completedOn, facts.eligibleOn];
  if (conditions.some((day) => day === undefined)) return undefined;
  return (conditions as LocalDate[]).reduce((latest, day) => (isAfter(day, latest) ? day : latest));
}

/** Overdue: the deadline has passed and the claim is still unpaid on `asOf`. */
export function isPaymentOverdue(dueDate: LocalDate, asOf: LocalDate, paidOn?: LocalDate): boolean {
  return paidOn === undefined && isAfter(asOf, dueDate);
}
