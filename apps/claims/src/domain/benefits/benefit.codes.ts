import type { SchoolLevel, TransportMode } from './benefit.types';

/**
 * Line codes are a wire contract: they appear in API responses, payout instructions and the
 * payout idempotency key. Never rename one; add a new code instead.
 */
export const BENEFIT_CODES = {
  jkkDeathLumpSum: 'JKK_DEATH_LUMP_SUM',
  jkkFuneral: 'JKK_FUNERAL',
  jkkPeriodicBenefit: 'JKK_PERIODIC_BENEFIT',
  jkkTotalDisability: 'JKK_TOTAL_DISABILITY',
  jkkPartialDisability: 'JKK_PARTIAL_DISABILITY',
  jkkTemporaryInabilityFullRate: 'JKK_STMB_FULL_RATE',
  jkkTemporaryInabilityReducedRate: 'JKK_STMB_REDUCED_RATE',
  jkkHomeCare: 'JKK_HOME_CARE',
  jkkNonPartnerCare: 'JKK_NON_PARTNER_CARE',
  /** Paid to the partner facility, not to the worker: one line per facility. */
  jkkPartnerFacilityCare: 'JKK_PARTNER_FACILITY_CARE',
  jkkGlasses: 'JKK_GLASSES',
  jkmLumpSum: 'JKM_LUMP_SUM',
  jkmPeriodicBenefit: 'JKM_PERIODIC_BENEFIT',
  jkmFuneral: 'JKM_FUNERAL',
  jkmShortMembershipLumpSum: 'JKM_SHORT_MEMBERSHIP_LUMP_SUM',
  jkmShortMembershipFuneral: 'JKM_SHORT_MEMBERSHIP_FUNERAL',
  latePaymentCompensation: 'LATE_PAYMENT_COMPENSATION',
} as const;

export function transportCode(mode: TransportMode): string {
  return `JKK_TRANSPORT_${mode.toUpperCase()}`;
}

/** Transport capped as one pool under the 'shared-highest-cap' policy. */
export const TRANSPORT_SHARED_CODE = 'JKK_TRANSPORT';

/** One line per child and level; `childNumber` is the child's 1-based position among those paid. */
export function scholarshipCode(childNumber: number, level: SchoolLevel): string {
  return `SCHOLARSHIP_CHILD_${childNumber}_${level}`;
}

/**
 * Funeral costs: the only part of a death benefit paid when there is no heir — to whoever
 * arranged the funeral (PP 44/2015 art. 37(5)).
 */
export const FUNERAL_LINE_CODES: ReadonlySet<string> = new Set([
  BENEFIT_CODES.jkkFuneral,
  BENEFIT_CODES.jkmFuneral,
  BENEFIT_CODES.jkmShortMembershipFuneral,
]);
