import { DomainError, type Rupiah } from '@jaring/kernel';

/** Wire values: never rename. */
export const PAYMENT_SOURCES = ['api', 'bank-statement'] as const;
export type PaymentSource = (typeof PAYMENT_SOURCES)[number];

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:\-/]{8,200}$/;

export interface NewPayment {
  readonly idempotencyKey: string;
  readonly amount: Rupiah;
  /** ISO-8601 instant with a zone: when the money reached the account. */
  readonly paidAt: string;
}

/** Checks a payment as received; throws the first broken rule with its field. */
export function assertValidPayment(payment: NewPayment, now: Date): void {
  if (!IDEMPOTENCY_KEY_PATTERN.test(payment.idempotencyKey)) {
    throw new DomainError(
      'IDEMPOTENCY_KEY_INVALID',
      'the idempotency key must be 8 to 200 characters of letters, digits and . _ : - /',
      'idempotencyKey',
    );
  }
  if (!Number.isSafeInteger(payment.amount) || payment.amount <= 0) {
    throw new DomainError('PAYMENT_AMOUNT_INVALID', 'the amount must be a positive whole number of rupiah', 'amount');
  }
  const paidAt = Date.parse(payment.paidAt);
  if (Number.isNaN(paidAt) || !/T.*(Z|[+-]\d{2}:?\d{2})$/.test(payment.paidAt)) {
    throw new DomainError('PAID_AT_INVALID', 'paidAt must be an ISO-8601 instant with a zone', 'paidAt');
  }
  // Five minutes of clock skew between the bank, the finance system and us are tolerated.
  if (paidAt > now.getTime() + 5 * 60_000) {
    throw new DomainError('PAID_AT_IN_FUTURE', 'paidAt is in the future', 'paidAt');
  }
}

export const REVERSAL_REASON_MIN_LENGTH = 5;

export function assertReversalReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < REVERSAL_REASON_MIN_LENGTH) {
    throw new DomainError(
      'REVERSAL_REASON_REQUIRED',
      `a reversal needs a reason of at least ${REVERSAL_REASON_MIN_LENGTH} characters`,
      'reason',
    );
  }
  return trimmed;
}
