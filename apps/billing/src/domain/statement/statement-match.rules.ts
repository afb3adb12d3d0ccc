import type { Rupiah } from '@jaring/kernel';

/**
 * A credit on a bank statement, as the matching rule sees it: its sponsor and invoice already
 * resolved (the invoice from the number quoted in the description).
 */
export interface StatementCredit {
  readonly sponsorId: string;
  /** The bank's transaction id. */
  readonly transactionId: string;
  readonly amount: Rupiah;
  /** The value date as the instants it spans where the sponsors are: from (inclusive) until (exclusive). */
  readonly valueDay: { readonly from: Date; readonly until: Date };
  /** The invoice the transfer names, or null: it pays into the sponsor's credit. */
  readonly invoiceId: string | null;
}

/** A payment billing holds already, as the matching rule sees it. */
export interface KnownPayment {
  readonly id: string;
  readonly sponsorId: string;
  readonly amount: Rupiah;
  readonly paidAt: Date;
  readonly invoiceId: string | null;
  readonly bankReference: string | null;
  /**
   * The statement transaction this payment is known to be: its own when it was recorded from a
   * statement, the one matched to it when it came through the API. Null: none yet.
   */
  readonly statementTransactionId: string | null;
  readonly status: 'recorded' | 'reversed';
}

export type StatementMatchBasis = 'bank-reference' | 'invoice' | 'no-invoice';

export type StatementCreditMatch =
  /** No payment is this money: record it. */
  | { readonly kind: 'new' }
  /** A payment is this very transaction already (recorded from a statement, or matched before). */
  | { readonly kind: 'known'; readonly paymentId: string }
  /** A payment is this transaction already, but of another amount: the statement contradicts it. */
  | { readonly kind: 'conflict'; readonly paymentId: string }
  /** A payment recorded through another channel is this money: link it, record nothing. */
  | { readonly kind: 'matched'; readonly paymentId: string; readonly basis: StatementMatchBasis };

/**
 * Whether a statement credit is money billing has recorded already (the finance system POSTs the
 * transfers it makes, and the same transfers come back on the bank statement). The rule:
 *
 * 1. A payment of the sponsor that carries this transaction id as its statement transaction, in any
 *    status (reversed too: reversing it was a decision about this money), is this credit: `known`,
 *    or a `conflict` when its amount differs (the same transaction cannot be two amounts).
 * 2. Otherwise a payment is this credit when it is the sponsor's, still recorded (not reversed),
 *    not linked to a statement transaction yet, of exactly the same amount, paid within the value
 *    date (in the sponsors' time zone), and it either carries the transaction id as its bank
 *    reference, or names the same invoice (or, like the credit, no invoice at all). A bank
 *    reference match is preferred; among equals the first in the given order (oldest first).
 * 3. Otherwise the credit is `new`.
 *
 * Each payment matches at most one transaction (the link is kept), so two equal transfers on one
 * day of which finance reported one record exactly one. Payments of another day, another amount or
 * another invoice never match: finance reverses one by hand if it turns out to be the same money.
 */
export function matchStatementCredit(credit: StatementCredit, payments: readonly KnownPayment[]): StatementCreditMatch {
  const ofSponsor = payments.filter((payment) => payment.sponsorId === credit.sponsorId);
  const known = ofSponsor.find((payment) => payment.statementTransactionId === credit.transactionId);
  if (known) return { kind: known.amount === credit.amount ? 'known' : 'conflict', paymentId: known.id };

  const candidates = ofSponsor.filter(
    (payment) =>
      payment.status === 'recorded' &&
      payment.statementTransactionId === null &&
      payment.amount === credit.amount &&
      payment.paidAt.getTime() >= credit.valueDay.from.getTime() &&
      payment.paidAt.getTime() < credit.valueDay.until.getTime(),
  );
  const byReference = candidates.find((payment) => payment.bankReference === credit.transactionId);
  if (byReference) return { kind: 'matched', paymentId: byReference.id, basis: 'bank-reference' };
  const byInvoice = candidates.find((payment) => payment.invoiceId === credit.invoiceId);
  if (byInvoice) {
    return { kind: 'matched', paymentId: byInvoice.id, basis: credit.invoiceId === null ? 'no-invoice' : 'invoice' };
  }
  return { kind: 'new' };
}
