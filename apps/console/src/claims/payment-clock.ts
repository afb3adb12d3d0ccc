import type { ClaimView } from './claim.types';

/**
 * Where a claim's statutory payment clock stands (7 working days JKK, 3 JKM): it starts when the
 * claim is complete and eligible, so before that it is not running; it stops when the claim is paid.
 */
export type PaymentClock =
  | { state: 'not-running' }
  | { state: 'running' | 'overdue'; due: string }
  | { state: 'paid'; due: string; paid: string };

export function paymentClockOf(claim: Pick<ClaimView, 'flags' | 'paidOn'>): PaymentClock {
  const due = claim.flags?.paymentDueOn;
  if (due === undefined) return { state: 'not-running' };
  if (claim.paidOn !== undefined) return { state: 'paid', due, paid: claim.paidOn };
  return { state: claim.flags?.paymentOverdue ? 'overdue' : 'running', due };
}
