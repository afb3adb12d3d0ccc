import { ConflictError, DomainError, type Rupiah } from '@jaring/kernel';

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

/** A reversal asked for and waiting for a second finance user. */
export interface ReversalRequest {
  readonly reason: string;
  readonly requestedBy: string;
  readonly requestedAt: Date;
}

/**
 * Four eyes on a reversal: it withdraws coverage, so the finance user who asked for it never
 * approves it. A 409 naming the rule and the conflicting role, never the other user.
 */
export function assertReversalApprover(request: ReversalRequest | null, approver: string): ReversalRequest {
  if (!request) {
    throw new ConflictError(
      'REVERSAL_NOT_REQUESTED',
      'no reversal of this payment waits for approval; request one first',
    );
  }
  if (request.requestedBy === approver) {
    throw new ConflictError(
      'MAKER_CHECKER_VIOLATION',
      'The finance user who requested this reversal cannot also approve it; ask a second finance user',
      undefined,
      { rule: 'four-eyes', actingRole: 'reversal-approver', conflictingRole: 'reversal-requester' },
    );
  }
  return request;
}
