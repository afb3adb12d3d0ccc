import { signWebhook, verifyWebhook } from './webhook-signature';

describe('bank notification signatures', () => {
  const secret = 'a-bank-secret-of-at-least-32-characters';
  const body = '{"idempotencyKey":"claim-1:benefit","status":"settled"}';
  const at = new Date('2026-12-07T04:00:00Z');

  it('accepts the exact body signed with the secret within five minutes', () => {
    const header = signWebhook(secret, body, at);
    expect(verifyWebhook(secret, header, Buffer.from(body), new Date(at.getTime() + 299_000))).toBe('valid');
  });

  it('refuses a missing, malformed, stale, re-signed or altered notification', () => {
    const header = signWebhook(secret, body, at);
    expect(verifyWebhook(secret, undefined, Buffer.from(body), at)).toBe('missing');
    expect(verifyWebhook(secret, 'sha256=abc', Buffer.from(body), at)).toBe('malformed');
    expect(verifyWebhook(secret, header, Buffer.from(body), new Date(at.getTime() + 301_000))).toBe('stale');
    expect(verifyWebhook('another-secret-of-at-least-32-chars!!', header, Buffer.from(body), at)).toBe('mismatch');
    expect(verifyWebhook(secret, header, Buffer.from(body.replace('settled', 'failed')), at)).toBe('mismatch');
  });
});
