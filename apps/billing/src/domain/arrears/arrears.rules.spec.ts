import { assertArrearsPolicy, decideArrears, DEFAULT_ARREARS_POLICY } from './arrears.rules';

describe('arrears', () => {
  const run = (consecutiveUnpaidMonths: number, firstUnpaidMonth = '2026-05') => ({
    consecutiveUnpaidMonths,
    firstUnpaidMonth,
    lastUnpaidMonth: '2026-08',
  });

  it('is in good standing with one overdue month', () => {
    expect(decideArrears(run(1))).toEqual({ kind: 'in-good-standing' });
  });

  it('warns the sponsor from two overdue months, naming the month whose due date lapses the membership', () => {
    expect(decideArrears(run(2))).toEqual({ kind: 'warn', consecutiveUnpaidMonths: 2, lapseMonth: '2026-08' });
    expect(decideArrears(run(3))).toEqual({ kind: 'warn', consecutiveUnpaidMonths: 3, lapseMonth: '2026-08' });
  });

  it('lapses after more than three consecutive unpaid months, from the fourth month', () => {
    expect(decideArrears(run(4))).toEqual({ kind: 'lapse', consecutiveUnpaidMonths: 4, lapsedFromMonth: '2026-08' });
    expect(decideArrears(run(6, '2026-11'))).toEqual({
      kind: 'lapse',
      consecutiveUnpaidMonths: 6,
      lapsedFromMonth: '2027-02',
    });
  });

  it('follows a configured policy and refuses a nonsensical one', () => {
    const strict = { lapseAfterConsecutiveUnpaidMonths: 1, warnAtConsecutiveUnpaidMonths: 1 };
    expect(decideArrears(run(2), strict)).toMatchObject({ kind: 'lapse', lapsedFromMonth: '2026-06' });
    expect(() => assertArrearsPolicy({ ...DEFAULT_ARREARS_POLICY, warnAtConsecutiveUnpaidMonths: 5 })).toThrow();
    expect(() => assertArrearsPolicy({ ...DEFAULT_ARREARS_POLICY, lapseAfterConsecutiveUnpaidMonths: 0 })).toThrow();
  });
});
