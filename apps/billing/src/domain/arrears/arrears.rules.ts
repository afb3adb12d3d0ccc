import { addMonthsTo, type YearMonth } from '@jaring/calendar';

/**
 * [1S] RULES.md §1: after more than 3 consecutive unpaid months the membership lapses (nonaktif).
 * Both numbers are policy, configurable per deployment.
 */
export interface ArrearsPolicy {
  /** A worker lapses when more than this many consecutive months are overdue and unpaid. */
  readonly lapseAfterConsecutiveUnpaidMonths: number;
  /** The sponsor is warned once this many consecutive months are overdue (before the lapse). */
  readonly warnAtConsecutiveUnpaidMonths: number;
}

export const DEFAULT_ARREARS_POLICY: ArrearsPolicy = {
  lapseAfterConsecutiveUnpaidMonths: 3,
  warnAtConsecutiveUnpaidMonths: 2,
};

/**
 * A worker's most recent run of overdue unpaid months: the billed months after their last paid
 * month whose due date has passed. Months without a line (not billed) do not break the run.
 */
export interface UnpaidRun {
  readonly consecutiveUnpaidMonths: number;
  readonly firstUnpaidMonth: YearMonth;
  readonly lastUnpaidMonth: YearMonth;
}

export type ArrearsDecision =
  | { readonly kind: 'in-good-standing' }
  | {
      readonly kind: 'warn';
      readonly consecutiveUnpaidMonths: number;
      /** The month whose due date, passed unpaid, makes the membership lapse. */
      readonly lapseMonth: YearMonth;
    }
  | {
      readonly kind: 'lapse';
      readonly consecutiveUnpaidMonths: number;
      /** The month the membership is inactive from: the first month beyond the allowed arrears. */
      readonly lapsedFromMonth: YearMonth;
    };

export function decideArrears(run: UnpaidRun, policy: ArrearsPolicy = DEFAULT_ARREARS_POLICY): ArrearsDecision {
  const limit = policy.lapseAfterConsecutiveUnpaidMonths;
  if (run.consecutiveUnpaidMonths > limit) {
    return {
      kind: 'lapse',
      consecutiveUnpaidMonths: run.consecutiveUnpaidMonths,
      lapsedFromMonth: addMonthsTo(run.firstUnpaidMonth, limit),
    };
  }
  if (run.consecutiveUnpaidMonths >= policy.warnAtConsecutiveUnpaidMonths) {
    return {
      kind: 'warn',
      consecutiveUnpaidMonths: run.consecutiveUnpaidMonths,
      lapseMonth: addMonthsTo(run.firstUnpaidMonth, limit),
    };
  }
  return { kind: 'in-good-standing' };
}

export function assertArrearsPolicy(policy: ArrearsPolicy): ArrearsPolicy {
  if (!Number.isInteger(policy.lapseAfterConsecutiveUnpaidMonths) || policy.lapseAfterConsecutiveUnpaidMonths < 1) {
    throw new RangeError('lapseAfterConsecutiveUnpaidMonths must be a whole number of months, at least 1');
  }
  if (
    !Number.isInteger(policy.warnAtConsecutiveUnpaidMonths) ||
    policy.warnAtConsecutiveUnpaidMonths < 1 ||
    policy.warnAtConsecutiveUnpaidMonths > policy.lapseAfterConsecutiveUnpaidMonths
  ) {
    throw new RangeError('warnAtConsecutiveUnpaidMonths must be between 1 and the lapse limit');
  }
  return policy;
}
