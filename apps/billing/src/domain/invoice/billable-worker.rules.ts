import { lastDayOf, type LocalDate, type YearMonth, yearMonthOf } from '@jaring/calendar';

/** What billing knows about a worker (its projection of enrolment's and claims' events). */
export interface BillableWorkerFacts {
  readonly coverageStartDate: LocalDate;
  readonly status: 'pending' | 'active' | 'suspended' | 'terminated' | 'deceased';
  /** Terminated or deceased: the date it took effect (for a death, the date of death). */
  readonly endedOn?: LocalDate;
  /** A confirmed death (claims), which may be known before the status says 'deceased'. */
  readonly deathDate?: LocalDate;
  /** Suspended after a lapse: the date the suspension took effect. */
  readonly suspendedFrom?: LocalDate;
}

/**
 * Whether a worker has a line on the sponsor's invoice for `month`. Contributions are monthly
 * and never prorated (RULES.md §1), so:
 * - coverage must have started by the last day of the month (a worker starting on the 20th pays
 *   the whole month);
 * - a worker who dies or is terminated is billed for that month and not after (issue 5, item 7);
 *   one terminated on or before the day coverage starts is never billed (a termination takes
 *   effect on its date, so coverage never began), but one who dies on that day is (the death
 *   happened while covered, and that month's contribution is what covers it);
 * - a suspended (lapsed) worker is not billed for months after the one the suspension started in:
 *   the membership is inactive until enrolment re-activates it.
 * The billing run applies the same rule as one SQL predicate (see the invoice line writer); the
 * integration test checks both agree.
 */
export function isBillableInMonth(worker: BillableWorkerFacts, month: YearMonth): boolean {
  if (worker.coverageStartDate > lastDayOf(month)) return false;
  const { endedOn, deathDate, coverageStartDate } = worker;
  if (endedOn !== undefined && !billedUntil(endedOn, worker.status === 'deceased', coverageStartDate, month)) {
    return false;
  }
  if (deathDate !== undefined && !billedUntil(deathDate, true, coverageStartDate, month)) return false;
  if (worker.status === 'suspended' && worker.suspendedFrom !== undefined) {
    if (yearMonthOf(worker.suspendedFrom) < month) return false;
  }
  return true;
}

/** Whether membership that ended on `endedOn` (by death or not) is still billed for `month`. */
function billedUntil(endedOn: LocalDate, byDeath: boolean, coverageStartDate: LocalDate, month: YearMonth): boolean {
  if (yearMonthOf(endedOn) < month) return false;
  return byDeath ? endedOn >= coverageStartDate : endedOn > coverageStartDate;
}
