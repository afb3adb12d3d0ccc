import { daysLate, latePaymentLine } from './late-payment.rules';

describe('latePaymentLine', () => {
  it('adds nothing when paid on or before the due date', () => {
    expect(latePaymentLine(42_000_000, '2026-03-13', '2026-03-13')).toBeUndefined();
    expect(latePaymentLine(42_000_000, '2026-03-13', '2026-03-10')).toBeUndefined();
  });

  it('adds 1% of the benefit per calendar day late (JKM Rp42,000,000, 3 days → Rp1,260,000)', () => {
    expect(latePaymentLine(42_000_000, '2026-03-13', '2026-03-16')).toEqual({
      code: 'LATE_PAYMENT_COMPENSATION',
      amount: 1_260_000,
      rule: 'PP 44/2015 art. 37(3): 1% of the benefit for each day of late payment (3 days late)',
    });
  });

  it('rounds a fraction of a rupiah down (Rp1,234,567 × 1% = Rp12,345.67)', () => {
    expect(latePaymentLine(1_234_567, '2026-03-13', '2026-03-14')?.amount).toBe(12_345);
  });

  it('counts days across a month end', () => {
    expect(daysLate('2026-02-26', '2026-03-02')).toBe(4);
  });
});
