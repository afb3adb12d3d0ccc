import type { Rupiah } from '@jaring/kernel';

/**
 * [OPEN] RULES.md §1 does not say which workers a short payment covers, so it is a policy:
 *   hold-invoice            nobody is covered until the invoice is paid in full; finance is told
 *                           what is missing (default: no worker is favoured over another);
 *   oldest-enrolment-first  the money covers the lines in their order, oldest coverage start first.
 * Lines are never in id order: a UUID is no reason to leave a worker uncovered.
 */
export const SHORT_PAYMENT_POLICIES = ['hold-invoice', 'oldest-enrolment-first'] as const;
export type ShortPaymentPolicy = (typeof SHORT_PAYMENT_POLICIES)[number];
export const DEFAULT_SHORT_PAYMENT_POLICY: ShortPaymentPolicy = 'hold-invoice';

/**
 * How much of an invoice's paid amount covers workers: the lines whose running total is within it
 * are covered (isLinePaid). Under hold-invoice that is all or nothing.
 */
export function coveringAmount(policy: ShortPaymentPolicy, invoiceTotal: Rupiah, paid: Rupiah): Rupiah {
  if (paid >= invoiceTotal) return invoiceTotal;
  return policy === 'hold-invoice' ? 0 : paid;
}
