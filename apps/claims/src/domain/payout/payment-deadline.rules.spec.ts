import { PP82_2019_RULE_SET } from '../benefits/pp82-2019.rule-set';
import { weekendCalendar } from '../testing/weekend-calendar.stub';
import { isPaymentOverdue, paymentClockStart, paymentDueDate } from './payment-deadline.rules';

const DEADLINES = PP82_2019_RULE_SET.deadlines;

describe('paymentDueDate', () => {
  // 2026: Nyepi on Thu 19 March, Idul Fitri on Fri 20 March (for the test calendar only).
  const calendar = weekendCalendar(['2026-03-19', '2026-03-20']);

  it('gives JKM 3 working days from a complete claim, skipping weekends and holidays', () => {
    expect(paymentDueDate('JKM', '2026-03-12', calendar, DEADLINES)).toBe('2026-03-17');
    expect(paymentDueDate('JKM', '2026-03-17', calendar, DEADLINES)).toBe('2026-03-24');
  });

  it('gives JKK 7 working days', () => {
    expect(paymentDueDate('JKK', '2026-03-12', calendar, DEADLINES)).toBe('2026-03-25');
  });

  it('takes the working days from the rule set of the incident date', () => {
    const longer = {
      ...DEADLINES,
      paymentWorkingDays: { ...DEADLINES.paymentWorkingDays, JKM: { value: 5, rule: 'later' } },
    };
    expect(paymentDueDate('JKM', '2026-03-12', calendar, longer)).toBe('2026-03-23');
  });
});

describe('isPaymentOverdue', () => {
  it('is overdue only after the due date and only while unpaid', () => {
    expect(isPaymentOverdue('2026-03-17', '2026-03-17')).toBe(false);
    expect(isPaymentOverdue('2026-03-17', '2026-03-18')).toBe(true);
    expect(isPaymentOverdue('2026-03-17', '2026-03-18', '2026-03-18')).toBe(false);
  });
});

describe('paymentClockStart', () => {
  it('starts when the claim is complete and eligible: the later of the two days', () => {
    expect(paymentClockStart({ completedOn: '2026-03-12', eligibleOn: '2026-03-12' })).toBe('2026-03-12');
    expect(paymentClockStart({ completedOn: '2026-03-12', eligibleOn: '2026-03-20' })).toBe('2026-03-20');
  });

  it('does not start on the completeness of a claim not (yet) eligible', () => {
    expect(paymentClockStart({ completedOn: '2026-03-12' })).toBeUndefined();
    expect(paymentClockStart({ eligibleOn: '2026-03-12' })).toBeUndefined();
  });
});
