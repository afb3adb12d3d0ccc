import { benefitIncome } from './benefit-income.rules';

describe('benefitIncome', () => {
  const PAID = [
    { month: '2026-02', paidOn: '2026-02-13', billedIncome: 2_000_000 },
    { month: '2026-03', paidOn: '2026-03-10', billedIncome: 1_000_000 },
  ];

  it('is the income the incident’s month was billed at, not an income raised on the incident day', () => {
    expect(benefitIncome('2026-03-10', PAID, 20_700_000)).toBe(1_000_000);
  });

  it('is the billed income of the incident’s own month, not of another paid month', () => {
    expect(benefitIncome('2026-02-28', PAID, 5_000_000)).toBe(2_000_000);
    expect(benefitIncome('2026-03-01', PAID, 5_000_000)).toBe(1_000_000);
  });

  it('is also the billed income when the income was lowered after billing', () => {
    expect(benefitIncome('2026-02-20', PAID, 1_000_000)).toBe(2_000_000);
  });

  it('falls back to the income in effect on the incident date when the month carries no billed income', () => {
    expect(benefitIncome('2026-03-10', [{ month: '2026-03', paidOn: '2026-03-10' }], 20_700_000)).toBe(20_700_000);
  });

  it('falls back to the income in effect on the incident date when the month is not among the paid ones', () => {
    expect(benefitIncome('2026-04-02', PAID, 1_500_000)).toBe(1_500_000);
  });
});
