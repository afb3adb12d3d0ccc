import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header a bank's notification carries: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-jaring-signature';
/** A notification signed longer ago than this (or this far ahead) is refused: a replay, or a wrong clock. */
export const WEBHOOK_SIGNATURE_TOLERANCE_SECONDS = 300;
/** The local sandbox bank and a development claims service share it; production sets its own per bank. */
export const DEVELOPMENT_WEBHOOK_SECRET = 'jaring-sandbox-bank-webhook-secret-local-only';

function digest(secret: string, timestamp: number, body: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

export function signWebhook(secret: string, body: string, now = new Date()): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${digest(secret, timestamp, body)}`;
}

export type WebhookVerdict = 'valid' | 'missing' | 'malformed' | 'stale' | 'mismatch';

/** Checks a notification's signature over its exact bytes, in constant time. */
export function verifyWebhook(
  secret: string,
  header: string | undefined,
  body: Buffer | undefined,
  now = new Date(),
): WebhookVerdict {
  if (!header) return 'missing';
  const match = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header.trim());
  if (!match || !body) return 'malformed';
  const timestamp = Number(match[1]);
  if (Math.abs(now.getTime() / 1000 - timestamp) > WEBHOOK_SIGNATURE_TOLERANCE_SECONDS) return 'stale';
  const expected = Buffer.from(digest(secret, timestamp, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(match[2], 'hex')) ? 'valid' : 'mismatch';
}
