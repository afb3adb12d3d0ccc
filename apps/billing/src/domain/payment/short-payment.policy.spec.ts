import { changedLines, isLinePaid } from '../invoice/invoice-balance';
import { coveringAmount } from './short-payment.policy';

describe('short payment policy', () => {
  // Three workers at Rp16,800, in enrolment order: running totals 16,800 / 33,600 / 50,400.
  const lines = [16_800, 33_600, 50_400];
  const covered = (policy: 'hold-invoice' | 'oldest-enrolment-first', paid: number) =>
    lines.filter((cumulative) => isLinePaid(cumulative, coveringAmount(policy, 50_400, paid))).length;

  it('holds the whole invoice by default: a short payment covers nobody, the full one everybody', () => {
    expect(covered('hold-invoice', 40_000)).toBe(0);
    expect(covered('hold-invoice', 50_399)).toBe(0);
    expect(covered('hold-invoice', 50_400)).toBe(3);
  });

  it('can cover the oldest enrolments first, as far as the money goes', () => {
    expect(covered('oldest-enrolment-first', 40_000)).toBe(2);
    expect(covered('oldest-enrolment-first', 16_799)).toBe(0);
    expect(covered('oldest-enrolment-first', 50_400)).toBe(3);
  });

  it('withdraws everybody when a reversal takes a held invoice below its total', () => {
    const before = coveringAmount('hold-invoice', 50_400, 50_400);
    const after = coveringAmount('hold-invoice', 50_400, 30_000);
    expect(changedLines(before, after)).toEqual({ above: 0, upTo: 50_400 });
  });
});
