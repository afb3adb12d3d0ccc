import { createHash } from 'node:crypto';
import { DomainError } from '@jaring/kernel';

export interface PayoutKeyParts {
  claimId: string;
  /** Who is paid: worker, heir, funeral arranger, or a partner facility (`facility:<code>`). */
  payeeId: string;
  /** The benefit line code, e.g. JKM_LUMP_SUM. */
  componentCode: string;
  /** Only for components paid more than once on one claim (e.g. a scholarship per school year). */
  period?: string;
  /**
   * Which transfer of this line: absent or 1 for the first; 2, 3... when it is sent again after the
   * bank refused it (the bank answers a repeated key with its first result, the refusal).
   */
  attempt?: number;
}

const KEY_VERSION = 'payout-v1';

/**
 * The idempotency key sent with a payout instruction: the same claim, payee and component always
 * give the same key, so a retry or a replayed event can never pay twice. A SHA-256 over a
 * length-safe encoding (JSON array) keeps it a fixed 64 hex characters — within the key length
 * banks and payment gateways accept — and never ambiguous ('a:b'+'c' vs 'a'+'b:c').
 * The version prefix is part of the contract: changing the recipe would re-open old payouts, so a
 * first attempt keeps the five-part recipe and only a later attempt appends its number.
 */
export function payoutIdempotencyKey(parts: PayoutKeyParts): string {
  const attempt = parts.attempt ?? 1;
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new DomainError('PAYOUT_ATTEMPT_INVALID', 'A payout attempt is a whole number from 1', 'attempt');
  }
  const canonical = JSON.stringify([
    KEY_VERSION,
    parts.claimId,
    parts.payeeId,
    parts.componentCode,
    parts.period ?? null,
    ...(attempt > 1 ? [attempt] : []),
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
