import { paymentClockOf } from './payment-clock';

const flags = {
  stageOneReportLate: false,
  stageTwoReportLate: false,
  claimExpired: false,
  workAccidentDecisionOverdue: false,
  paymentOverdue: false,
};

describe("a claim's payment clock", () => {
  it('does not run before the claim is complete and eligible (no due date yet)', () => {
    expect(paymentClockOf({ flags })).toEqual({ state: 'not-running' });
    expect(paymentClockOf({})).toEqual({ state: 'not-running' });
  });

  it('runs towards its due date, is overdue past it, and stops when paid', () => {
    expect(paymentClockOf({ flags: { ...flags, paymentDueOn: '2026-12-10' } })).toEqual({
      state: 'running',
      due: '2026-12-10',
    });
    expect(paymentClockOf({ flags: { ...flags, paymentDueOn: '2026-12-01', paymentOverdue: true } })).toEqual({
      state: 'overdue',
      due: '2026-12-01',
    });
    expect(paymentClockOf({ flags: { ...flags, paymentDueOn: '2026-12-10' }, paidOn: '2026-12-08' })).toEqual({
      state: 'paid',
      due: '2026-12-10',
      paid: '2026-12-08',
    });
  });
});
