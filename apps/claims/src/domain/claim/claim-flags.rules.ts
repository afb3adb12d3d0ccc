import type { ClaimDeadlineRules } from '../benefits/benefit-rule-set.types';
import { addDays, addYears, hoursBetween, isAfter, localDateOf, type LocalDate } from '../shared/local-date.util';
import { isPaymentOverdue } from '../payout/payment-deadline.rules';
import type { ClaimSnapshot, ClaimStatus } from './claim.types';

const UNDECIDED_JKK_STATUSES: readonly ClaimStatus[] = ['reported', 'stage-ii-recorded', 'documents-complete'];
/** Statuses that carry a payment deadline and are not paid yet (the overdue worklist reads them too). */
export const UNPAID_WITH_DEADLINE: readonly ClaimStatus[] = [
  'documents-complete',
  'verified',
  'assessed',
  'approved',
  'payout-requested',
];

/**
 * Warnings for the officer's worklist. None of them blocks a transition on its own: a late report
 * or an old accident may have a good reason (an occupational disease diagnosed late), so the
 * officer decides — and rejects with a reason when it does not.
 */
export interface ClaimFlags {
  /** JKK: the stage I report came more than 2×24 h after the accident. */
  stageOneReportLate: boolean;
  /** JKK: stage II was recorded more than 2×24 h after the doctor's declaration (counted in whole days). */
  stageTwoReportLate: boolean;
  /** JKK: reported more than 5 years after the accident. */
  claimExpired: boolean;
  /** JKK: when the work-accident decision is due. */
  workAccidentDecisionDueOn?: LocalDate;
  workAccidentDecisionOverdue: boolean;
  paymentDueOn?: LocalDate;
  /** The payment deadline has passed and the claim is not paid. */
  paymentOverdue: boolean;
}

/**
 * `asOf` is today's local date in the regency; `utcOffsetMinutes` its zone (+480 for WITA);
 * `deadlines` those of the rule set in force on the incident date (RULES.md §2).
 */
export function claimFlags(
  claim: ClaimSnapshot,
  asOf: LocalDate,
  utcOffsetMinutes: number,
  deadlines: ClaimDeadlineRules,
): ClaimFlags {
  const reportedOn = localDateOf(claim.reportedAt, utcOffsetMinutes);
  const paymentDueOn = claim.documents?.paymentDueOn;
  const paymentOverdue =
    paymentDueOn !== undefined &&
    UNPAID_WITH_DEADLINE.includes(claim.status) &&
    isPaymentOverdue(paymentDueOn, asOf, claim.paidOn);
  if (claim.programme !== 'JKK') {
    return {
      stageOneReportLate: false,
      stageTwoReportLate: false,
      claimExpired: false,
      workAccidentDecisionOverdue: false,
      paymentDueOn,
      paymentOverdue,
    };
  }
  const decisionDueOn = addDays(reportedOn, deadlines.workAccidentDecisionDays.value);
  return {
    stageOneReportLate: isStageOneReportLate(claim, reportedOn, deadlines.stageOneReportHours.value),
    stageTwoReportLate: isStageTwoReportLate(claim, utcOffsetMinutes, deadlines.stageTwoReportDays.value),
    claimExpired: isJkkClaimExpired(claim, reportedOn, deadlines),
    workAccidentDecisionDueOn: decisionDueOn,
    workAccidentDecisionOverdue: UNDECIDED_JKK_STATUSES.includes(claim.status) && isAfter(asOf, decisionDueOn),
    paymentDueOn,
    paymentOverdue,
  };
}

/**
 * Exact when the accident's time is known. Otherwise the worker gets the benefit of the doubt: the
 * 48 hours run from the end of the accident day, so a report up to two days later is on time.
 */
function isStageOneReportLate(claim: ClaimSnapshot, reportedOn: LocalDate, hours: number): boolean {
  if (claim.incidentAt) return hoursBetween(claim.incidentAt, claim.reportedAt) > hours;
  return isAfter(reportedOn, addDays(claim.incidentDate, Math.ceil(hours / 24)));
}

/** The doctor's declaration carries a date, not a time: a recording up to two days later is on time. */
function isStageTwoReportLate(claim: ClaimSnapshot, utcOffsetMinutes: number, days: number): boolean {
  if (!claim.outcome) return false;
  const recordedOn = localDateOf(claim.outcome.recordedAt, utcOffsetMinutes);
  return isAfter(recordedOn, addDays(claim.outcome.declaredOn, days));
}

/** JKK: reported after the right to claim expired (5 years after the accident in the rule sets, RULES.md §2). */
export function isJkkClaimExpired(
  claim: Pick<ClaimSnapshot, 'programme' | 'incidentDate'>,
  reportedOn: LocalDate,
  deadlines: ClaimDeadlineRules,
): boolean {
  return (
    claim.programme === 'JKK' && isAfter(reportedOn, addYears(claim.incidentDate, deadlines.jkkClaimExpiryYears.value))
  );
}
