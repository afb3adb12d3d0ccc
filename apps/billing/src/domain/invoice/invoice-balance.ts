import type { Rupiah } from '@jaring/kernel';

/** Wire values (API, events, database): never rename. */
export const PAYMENT_STATUSES = ['unpaid', 'partially-paid', 'paid'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export function paymentStatusOf(total: Rupiah, paid: Rupiah): PaymentStatus {
  if (paid >= total) return 'paid';
  return paid > 0 ? 'partially-paid' : 'unpaid';
}

/**
 * Which lines a paid amount covers. Lines are numbered in a fixed order and each carries the running
 * total up to and including itself (`cumulative`); a line is paid when the invoice's paid amount
 * reaches its running total. So a partial payment covers a prefix of the lines, and a change of the
 * paid amount from `before` to `after` changes exactly the lines with a running total in between:
 * no per-line bookkeeping, and a 1,000,000-line invoice needs one range query.
 */
export function isLinePaid(lineCumulative: Rupiah, invoicePaid: Rupiah): boolean {
  return lineCumulative <= invoicePaid;
}

export interface CumulativeRange {
  /** Exclusive. */
  readonly above: Rupiah;
  /** Inclusive. */
  readonly upTo: Rupiah;
}

/** Lines whose coverage changes when the paid amount moves between these amounts (either way). */
export function changedLines(before: Rupiah, after: Rupiah): CumulativeRange | undefined {
  if (before === after) return undefined;
  return { above: Math.min(before, after), upTo: Math.max(before, after) };
}
