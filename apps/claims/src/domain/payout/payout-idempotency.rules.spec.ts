import { createHash } from 'node:crypto';
import { payoutIdempotencyKey } from './payout-idempotency.rules';

describe('payoutIdempotencyKey', () => {
  const parts = { claimId: 'claim-1', payeeId: 'heir-7', componentCode: 'JKM_LUMP_SUM' };

  it('is the same for the same claim, payee and component, and 64 hex characters long', () => {
    expect(payoutIdempotencyKey(parts)).toBe(payoutIdempotencyKey({ ...parts }));
    expect(payoutIdempotencyKey(parts)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is SHA-256 of ["payout-v1", claimId, payeeId, code, period] — a contract that must not drift', () => {
    expect(payoutIdempotencyKey(parts)).toBe('1e102ddf1de1c4f960114c2047fa95897923507b7187e453e01ff4169bcf7976');
  });

  it('differs when any part differs, including the period', () => {
    const keys = new Set([
      payoutIdempotencyKey(parts),
      payoutIdempotencyKey({ ...parts, claimId: 'claim-2' }),
      payoutIdempotencyKey({ ...parts, payeeId: 'heir-8' }),
      payoutIdempotencyKey({ ...parts, componentCode: 'JKM_FUNERAL' }),
      payoutIdempotencyKey({ ...parts, period: '2026/2027' }),
    ]);
    expect(keys.size).toBe(5);
  });

  it('cannot be forged by moving a separator between parts', () => {
    expect(payoutIdempotencyKey({ claimId: 'a:b', payeeId: 'c', componentCode: 'X' })).not.toBe(
      payoutIdempotencyKey({ claimId: 'a', payeeId: 'b:c', componentCode: 'X' }),
    );
  });

  it('is unchanged for a first attempt, and new for a transfer sent again after the bank refused it', () => {
    const first = payoutIdempotencyKey(parts);
    expect(payoutIdempotencyKey({ ...parts, attempt: 1 })).toBe(first);
    const second = payoutIdempotencyKey({ ...parts, attempt: 2 });
    expect(second).not.toBe(first);
    expect(payoutIdempotencyKey({ ...parts, attempt: 3 })).not.toBe(second);
    // SHA-256 of ["payout-v1", claimId, payeeId, code, period, attempt]: also a contract.
    expect(second).toBe(
      createHash('sha256')
        .update(JSON.stringify(['payout-v1', 'claim-1', 'heir-7', 'JKM_LUMP_SUM', null, 2]))
        .digest('hex'),
    );
  });

  it('refuses an attempt that is not a whole number from 1', () => {
    expect(() => payoutIdempotencyKey({ ...parts, attempt: 0 })).toThrow();
    expect(() => payoutIdempotencyKey({ ...parts, attempt: 1.5 })).toThrow();
  });
});
