import {
  addDays,
  addMonthsTo,
  type HolidayCalendar,
  type LocalDate,
  type YearMonth,
  yearMonthOf,
} from '@jaring/calendar';
import type { ContributionRuleSet } from '../contribution/contribution-rule-set';
import { contributionDueDate } from './due-date.rules';

/** Wire values (API, events, database): never rename. */
export const INVOICE_KINDS = ['main', 'supplementary'] as const;
/**
 * 'main': the month's invoice of the scheduled run (one per sponsor and month). 'supplementary':
 * workers who became billable for the month after its main run (enrolled, imported or re-activated
 * later), billed once each on a further invoice of that month.
 */
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

/**
 * How many months before the current one a supplementary invoice may still bill. One month closes
 * the gap at the month boundary (a worker registered on the 31st whose event reaches billing after
 * midnight, a bulk import running across the month end, a redelivered or dead-lettered event
 * replayed on the 1st). Further back is deliberately out of reach: billing a month long after it
 * ended invites paying only for the months in which an accident happened (RULES.md §1 leaves the
 * cover of unpaid-then-paid months [OPEN]), and months that old are already in the arrears count.
 * Anything older is a decision for finance, by hand.
 */
export const SUPPLEMENTARY_BILLING_REACH_MONTHS = 1;

/**
 * A supplementary invoice is never due sooner than this after it is requested. Policy, not
 * regulation: RULES.md §1 fixes the due day (the 15th) for the month's contributions, which an
 * invoice issued on or after that day cannot meet; the Pemkab's finance office needs about a
 * week to get a payment order (SPM/SP2D) through.
 */
export const SUPPLEMENTARY_MIN_NOTICE_DAYS = 7;

/** Months the scheduler looks at for workers not billed yet, oldest first. */
export function monthsOpenForSupplementaryBilling(today: LocalDate): YearMonth[] {
  const current = yearMonthOf(today);
  const months: YearMonth[] = [];
  for (let back = SUPPLEMENTARY_BILLING_REACH_MONTHS; back >= 0; back -= 1) months.push(addMonthsTo(current, -back));
  return months;
}

export function isWithinSupplementaryReach(month: YearMonth, today: LocalDate): boolean {
  return monthsOpenForSupplementaryBilling(today).includes(month);
}

/**
 * The due date of a supplementary invoice: the statutory due date (the 15th, next working day;
 * RULES.md §1) of the billed month when it is still at least SUPPLEMENTARY_MIN_NOTICE_DAYS away,
 * otherwise the first month's due date after it that is. So a late-comer's March contribution
 * requested on 2 March is due with the main March invoice, and one requested on 10 March falls
 * due with April's contributions, on the day the Pemkab pays anyway.
 */
export function supplementaryDueDate(
  month: YearMonth,
  requestedOn: LocalDate,
  calendar: HolidayCalendar,
  ruleSets?: readonly ContributionRuleSet[],
): LocalDate {
  const earliest = addDays(requestedOn, SUPPLEMENTARY_MIN_NOTICE_DAYS);
  for (let due = month; ; due = addMonthsTo(due, 1)) {
    const date = contributionDueDate(due, calendar, ruleSets);
    if (date >= earliest) return date;
  }
}

export type MainRunState = 'none' | 'running' | 'failed' | 'completed';

export interface SupplementaryBillingFacts {
  readonly month: YearMonth;
  readonly today: LocalDate;
  /** The month's main run: until it is completed, it bills every billable worker itself. */
  readonly mainRun: MainRunState;
  /** A supplementary run of the month not completed (running, or failed): resumed, never doubled. */
  readonly openSupplementaryRun: boolean;
  /** Workers billable for the month with no invoice line for it (on any invoice). */
  readonly unbilledWorkers: number;
}

export type SupplementaryBillingDecision =
  | { readonly action: 'start' }
  | { readonly action: 'resume' }
  | {
      readonly action: 'skip';
      readonly reason: 'main-run-not-completed' | 'out-of-reach' | 'nobody-unbilled';
    };

/**
 * Whether a supplementary invoice is due for a sponsor's month when its supplementary pass runs
 * (the pass runs a set delay after a newly billable worker arrives, so the workers of a bulk
 * import land on one invoice; docs/adr/0009). A run that stopped is resumed first, because the
 * workers on its unfinished invoice count as billed and would otherwise never be issued.
 */
export function decideSupplementaryBilling(facts: SupplementaryBillingFacts): SupplementaryBillingDecision {
  if (facts.openSupplementaryRun) return { action: 'resume' };
  if (!isWithinSupplementaryReach(facts.month, facts.today)) return { action: 'skip', reason: 'out-of-reach' };
  if (facts.mainRun !== 'completed') return { action: 'skip', reason: 'main-run-not-completed' };
  if (facts.unbilledWorkers === 0) return { action: 'skip', reason: 'nobody-unbilled' };
  return { action: 'start' };
}
