import { PP82_2019_RULE_SET } from '../benefits/pp82-2019.rule-set';
import { daysLate, latePaymentLine } from './late-payment.rules';

const ONE_PERCENT = PP82_2019_RULE_SET.deadlines.latePaymentPercentPerDay;

describe('latePaymentLine', () => {
  it('adds nothing when paid on or before the due date', () => {
    expect(latePaymentLine(42_000_000, '2026-03-13', '2026-03-13', ONE_PERCENT)).toBeUndefined();
    expect(latePaymentLine(42_000_000, '2026-03-13', '2026-03-10', ONE_PERCENT)).toBeUndefined();
  });

  it('adds 1% of the benefit per calendar day late (JKM Rp42,000,000, 3 days → Rp1,260,000)', () => {
    expect(latePaymentLine(42_000_000, '2026-03-13', '2026-03-16', ONE_PERCENT)).toEqual({
      code: 'LATE_PAYMENT_COMPENSATION',
      amount: 1_260_000,
      rule: 'PP 44/2015 art. 37(3) (RULES.md §2–3): 1% of the benefit for each day of late payment (3 days late)',
    });
  });

  it('rounds a fraction of a rupiah down (Rp1,234,567 × 1% = Rp12,345.67)', () => {
    expect(latePaymentLine(1_234_567, '2026-03-13', '2026-03-14', ONE_PERCENT)?.amount).toBe(12_345);
  });

  it('takes the rate from the rule set, so a new regulation changes it by a new set', () => {
    const twoPercent = { value: 2, rule: 'a later regulation: 2% a day' };
    expect(latePaymentLine(42_000_000, '2026-03-13', '2026-03-16', twoPercent)).toMatchObject({
      amount: 2_520_000,
      rule: 'a later regulation: 2% a day (3 days late)',
    });
  });

  it('counts days across a month end', () => {
    expect(daysLate('2026-02-26', '2026-03-02')).toBe(4);
  });
});
