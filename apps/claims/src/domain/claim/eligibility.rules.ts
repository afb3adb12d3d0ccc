import { addMonthsTo } from '@jaring/calendar';
import { ConflictError, type Rupiah } from '@jaring/kernel';
import { isBefore, yearMonthOf, type LocalDate, type YearMonth } from '../shared/local-date.util';
import type { ClaimSummary } from './claim.types';

export interface MembershipFacts {
  enrolledOn: LocalDate;
  /** The day coverage ended (exclusive): an incident on this day is no longer covered. */
  terminatedOn?: LocalDate;
}

/** A month whose contribution was paid, and when it was paid. */
export interface PaidMonth {
  month: YearMonth;
  paidOn: LocalDate;
  /** The declared income the month was billed at; unknown for months granted before billing published it. */
  billedIncome?: Rupiah;
}

/**
 * [OPEN] RULES.md §1: whether an incident in a month paid only later (after the incident and after
 * the month's due date) is covered. 'covered' (default): any paid month covers. 'not-covered': the
 * month must have been paid by its due date or before the incident.
 */
export interface CoveragePolicy {
  lateSettledMonths: 'covered' | 'not-covered';
  /** RULES.md §1: contributions are due on the 15th of the month paid for. */
  contributionDueDay: number;
  /**
   * Billing's SUPPLEMENTARY_BILLING_DELAY_SECONDS: a worker registered after the month's billing
   * run is on a supplementary invoice about this long after the registration (docs/adr/0009).
   */
  supplementaryBillingDelaySeconds: number;
}

export const DEFAULT_COVERAGE_POLICY: CoveragePolicy = {
  lateSettledMonths: 'covered',
  contributionDueDay: 15,
  supplementaryBillingDelaySeconds: 45 * 60,
};

export interface IneligibilityReason {
  code: string;
  message: string;
  /** What the officer acts on, by name: the invoice, its due date, when billing is expected. */
  details?: Record<string, string>;
}

export interface EligibilityResult {
  eligible: boolean;
  reasons: IneligibilityReason[];
}

/** Wire values of billing's InvoicePaymentStatusChanged. */
export type InvoicePaymentState = 'unpaid' | 'partially-paid' | 'paid';

/** The invoice that bills a worker's month, as billing published it (WorkersBilled, payment status). */
export interface BilledMonth {
  invoiceNumber: string;
  dueDate: LocalDate;
  paymentStatus: InvoicePaymentState;
}

/**
 * How far before a worker's registration month billing's supplementary pass still bills (billing's
 * SUPPLEMENTARY_BILLING_REACH_MONTHS, docs/adr/0004): an older month is billed by finance by hand,
 * if at all, so no supplementary invoice is to be expected for it.
 */
export const SUPPLEMENTARY_BILLING_REACH_MONTHS = 1;

/** What claims knows of a worker's months: the paid (covered) ones, and how the incident's month is billed. */
export interface CoverageFacts {
  paidMonths: readonly PaidMonth[];
  /** The invoice billing the incident's month for the worker; absent when no invoice bills it (yet). */
  billedMonth?: BilledMonth;
  /**
   * When a worker not billed yet for the month should be on a supplementary invoice: billing's
   * supplementary pass runs a set delay after the registration (docs/adr/0009). UTC ISO-8601.
   */
  expectedBilledBy: string;
  /** The month of the registration (business time zone): billing's supplementary reach counts from it. */
  registeredMonth: YearMonth;
  /** The instant the eligibility is judged at (UTC ISO-8601). */
  now: string;
}

/**
 * Is the incident covered? The worker must have been enrolled and not yet terminated on the
 * incident date, and the incident's month must be a paid month (under the coverage policy). All
 * reasons are returned, not only the first, so the officer sees the whole picture.
 */
export function checkEligibility(
  incidentDate: LocalDate,
  membership: MembershipFacts,
  coverage: CoverageFacts,
  policy: CoveragePolicy = DEFAULT_COVERAGE_POLICY,
): EligibilityResult {
  const reasons: IneligibilityReason[] = [];
  if (isBefore(incidentDate, membership.enrolledOn)) {
    reasons.push({
      code: 'INCIDENT_BEFORE_ENROLMENT',
      message: `The incident on ${incidentDate} is before enrolment on ${membership.enrolledOn}`,
    });
  }
  if (membership.terminatedOn !== undefined && !isBefore(incidentDate, membership.terminatedOn)) {
    reasons.push({
      code: 'MEMBERSHIP_TERMINATED',
      message: `Membership ended on ${membership.terminatedOn}, before the incident on ${incidentDate}`,
    });
  }
  const coverageReason = monthCoverageReason(incidentDate, coverage, policy);
  if (coverageReason) reasons.push(coverageReason);
  return { eligible: reasons.length === 0, reasons };
}

function monthCoverageReason(
  incidentDate: LocalDate,
  coverage: CoverageFacts,
  policy: CoveragePolicy,
): IneligibilityReason | undefined {
  const month = yearMonthOf(incidentDate);
  const paid = coverage.paidMonths.find((candidate) => candidate.month === month);
  if (!paid) return uncoveredMonthReason(month, coverage);
  if (policy.lateSettledMonths === 'not-covered') {
    const dueOn = `${month}-${String(policy.contributionDueDay).padStart(2, '0')}`;
    const latest = isBefore(incidentDate, dueOn) ? dueOn : incidentDate;
    if (isBefore(latest, paid.paidOn)) {
      return {
        code: 'MONTH_SETTLED_LATE',
        message: `The contribution for ${month} was paid on ${paid.paidOn}, after the incident and after its due date`,
      };
    }
  }
  return undefined;
}

/**
 * Why a month is not covered, as far as billing told claims (issue 20 point 1): not billed yet
 * (a worker registered after the month's billing run waits for the supplementary pass), billed
 * and unpaid, or paid with the coverage still on its way. "No contribution was paid" is never
 * said of a month nobody was asked to pay.
 */
export function uncoveredMonthReason(month: YearMonth, coverage: CoverageFacts): IneligibilityReason {
  const invoice = coverage.billedMonth;
  if (!invoice && month < addMonthsTo(coverage.registeredMonth, -SUPPLEMENTARY_BILLING_REACH_MONTHS)) {
    return {
      code: 'MONTH_NOT_BILLED_YET',
      message: `${month} is not billed for this worker, and no supplementary invoice will bill it: it is more than ${SUPPLEMENTARY_BILLING_REACH_MONTHS} month before the registration (${coverage.registeredMonth}); only finance can bill it, by hand`,
      details: { month, registeredMonth: coverage.registeredMonth },
    };
  }
  if (!invoice) {
    const overdue = coverage.now > coverage.expectedBilledBy;
    return {
      code: 'MONTH_NOT_BILLED_YET',
      message: overdue
        ? `${month} is not billed yet for this worker: the supplementary invoice was expected by ${coverage.expectedBilledBy}; finance checks billing's supplementary runs (GET /v1/billing-runs)`
        : `${month} is not billed yet for this worker (registered after the month's billing run): a supplementary invoice is expected by ${coverage.expectedBilledBy}`,
      details: { month, expectedBilledBy: coverage.expectedBilledBy },
    };
  }
  const details = { month, invoiceNumber: invoice.invoiceNumber, dueDate: invoice.dueDate };
  if (invoice.paymentStatus === 'paid') {
    return {
      code: 'MONTH_PAID_COVERAGE_PENDING',
      message: `${month} is billed on invoice ${invoice.invoiceNumber}, which is paid: the coverage is on its way from billing; verify again in a few minutes`,
      details,
    };
  }
  return {
    code: 'MONTH_BILLED_UNPAID',
    message: `${month} is billed on invoice ${invoice.invoiceNumber}, due ${invoice.dueDate}, and not paid yet${invoice.paymentStatus === 'partially-paid' ? ' (paid in part; this worker is not among those covered)' : ''}`,
    details,
  };
}

/**
 * One death is paid once, by the right programme (RULES.md §3): JKK death and JKM exclude each
 * other. Any other death claim of the same worker that was not rejected blocks this one; moving a
 * death between programmes is done by re-classifying the claim, never by opening a second one.
 */
export function assertDeathNotClaimedElsewhere(claimId: string, otherClaimsOfWorker: readonly ClaimSummary[]): void {
  const competing = deathClaimedElsewhere(claimId, otherClaimsOfWorker);
  if (competing) {
    const state =
      competing.resolution === 'paid' || competing.status === 'paid'
        ? 'was already paid'
        : `is open (${competing.status})`;
    throw new ConflictError(
      'DEATH_ALREADY_CLAIMED',
      `This death ${state} under ${competing.programme} claim ${competing.claimId}; a death is paid once (re-classify instead)`,
    );
  }
}

/**
 * A deceased worker has no new accident: once a claim confirmed the worker's death (verified, not
 * retracted — whether it was paid or refused for an unpaid month), a new accident report is a
 * conflict naming that claim. A death from a work accident is moved there by re-classifying it.
 */
export function assertWorkerNotDeceased(otherClaimsOfWorker: readonly ClaimSummary[]): void {
  const death = otherClaimsOfWorker.find((other) => other.confirmedDateOfDeath !== undefined);
  if (death) {
    throw new ConflictError(
      'WORKER_DECEASED',
      `The worker's death on ${death.confirmedDateOfDeath} is confirmed by ${death.programme} claim ${death.claimId} (${death.status}): no new accident is reported for a deceased worker; if the death came from a work accident, re-classify claim ${death.claimId} to JKK (POST reclassification)`,
      undefined,
      { deathClaimId: death.claimId, status: death.status },
    );
  }
}

/** Another death claim of the worker that was not rejected, if any. */
export function deathClaimedElsewhere(
  claimId: string,
  otherClaimsOfWorker: readonly ClaimSummary[],
): ClaimSummary | undefined {
  return otherClaimsOfWorker.find(
    (other) =>
      other.claimId !== claimId && other.isDeath && other.status !== 'rejected' && other.resolution !== 'rejected',
  );
}

/**
 * Verification refused because the incident is not covered (409: the claim is genuine, the
 * coverage is missing): every reason, and what the officer can do.
 */
export function notEligibleError(eligibility: EligibilityResult): ConflictError {
  const reasons = eligibility.reasons.map((reason) => reason.message).join('; ');
  return new ConflictError(
    'CLAIM_NOT_ELIGIBLE',
    `The incident is not covered: ${reasons}. Verify again once the cause is cleared, or reject the claim with this reason (POST rejection)`,
    undefined,
    { reasons: eligibility.reasons.map((reason) => reason.code).join(',') },
  );
}

/**
 * One accident is claimed once: an open (not rejected) JKK claim of the same worker for the same
 * incident date blocks a second report, which would otherwise be verified and paid a second time.
 * A death from that accident is recorded on that claim (stage II) or by re-classifying a death.
 */
export function assertAccidentNotClaimedTwice(
  incidentDate: LocalDate,
  otherClaimsOfWorker: readonly ClaimSummary[],
): void {
  const existing = otherClaimsOfWorker.find(
    (other) =>
      other.programme === 'JKK' &&
      !other.isDeath &&
      other.incidentDate === incidentDate &&
      other.status !== 'rejected' &&
      other.resolution !== 'rejected',
  );
  if (existing) {
    throw new ConflictError(
      'ACCIDENT_ALREADY_CLAIMED',
      `An accident of this worker on ${incidentDate} is already claimed by claim ${existing.claimId} (${existing.status}); an accident is claimed once`,
    );
  }
}
