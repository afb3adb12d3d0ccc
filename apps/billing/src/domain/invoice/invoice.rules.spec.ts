import { indonesianCalendar, defaultCalendar } from '@jaring/calendar';
import { isBillableInMonth, type BillableWorkerFacts } from './billable-worker.rules';
import { CONTRIBUTION_RULE_SETS } from '../contribution/contribution-rule-set';
import { contributionDueDate } from './due-date.rules';
import { changedLines, isLinePaid, paymentStatusOf } from './invoice-balance';
import { findInvoiceNumber, invoiceNumber } from './invoice-number';

describe('due dates: the 15th, moved to the next working day', () => {
  it.each([
    ['2026-04', '2026-04-15', 'a Wednesday'],
    ['2026-03', '2026-03-16', 'Sunday the 15th → Monday'],
    ['2026-08', '2026-08-18', 'Saturday the 15th, Sunday, then Independence Day on Monday'],
    ['2026-02', '2026-02-18', 'Sunday the 15th, cuti bersama Imlek, Imlek → Wednesday'],
    ['2025-11', '2025-11-17', 'Saturday the 15th → Monday'],
    ['2027-05', '2027-05-18', 'Saturday the 15th, Sunday, Idul Adha on Monday (a provisional 2027 date)'],
  ])('%s is due on %s (%s)', (month, due) => {
    expect(contributionDueDate(month, defaultCalendar)).toBe(due);
  });

  it('uses only national holidays when collective leave is worked', () => {
    // 16 Feb 2026 is collective leave only; 17 Feb (Imlek) is a holiday.
    expect(contributionDueDate('2026-02', indonesianCalendar({ collectiveLeave: false }))).toBe('2026-02-16');
  });

  it('takes the day from the rule set of the billed month, not a constant', () => {
    const laterRule = { ...CONTRIBUTION_RULE_SETS[2], id: 'LATER', effectiveFrom: '2028-01', dueDayOfMonth: 20 };
    const ruleSets = [...CONTRIBUTION_RULE_SETS, laterRule];
    expect(contributionDueDate('2027-12', defaultCalendar, ruleSets)).toBe('2027-12-15');
    expect(contributionDueDate('2028-03', defaultCalendar, ruleSets)).toBe('2028-03-20');
  });
});

describe('invoice numbers', () => {
  it('reads regency, month and sequence, and is found in a transfer description', () => {
    expect(invoiceNumber('76.04', '2026-03', 1)).toBe('JRG-7604-202603-01');
    expect(findInvoiceNumber('Bayar iuran BPJS jrg-7604-202603-01 Pemkab Polman')).toBe('JRG-7604-202603-01');
    expect(findInvoiceNumber('iuran Maret')).toBeUndefined();
    expect(() => invoiceNumber('7604', '2026-03', 1)).toThrow();
  });

  it('never runs out: past 99 invoices of a month the sequence grows a digit (ADR 0009)', () => {
    expect(invoiceNumber('76.04', '2026-12', 99)).toBe('JRG-7604-202612-99');
    expect(invoiceNumber('76.04', '2026-12', 745)).toBe('JRG-7604-202612-745');
    expect(findInvoiceNumber('iuran JRG-7604-202612-745 tambahan')).toBe('JRG-7604-202612-745');
    expect(() => invoiceNumber('76.04', '2026-12', 0)).toThrow();
  });
});

describe('which workers are billed for a month', () => {
  const worker = (facts: Partial<BillableWorkerFacts> = {}): BillableWorkerFacts => ({
    coverageStartDate: '2025-10-06',
    status: 'active',
    ...facts,
  });

  it('bills the whole month once coverage starts in it, never before', () => {
    expect(isBillableInMonth(worker(), '2025-10')).toBe(true);
    expect(isBillableInMonth(worker(), '2025-09')).toBe(false);
    expect(isBillableInMonth(worker({ coverageStartDate: '2026-03-31', status: 'pending' }), '2026-03')).toBe(true);
  });

  it('bills the month of death or termination, and stops from the month after', () => {
    const deceased = worker({ status: 'deceased', endedOn: '2026-03-10' });
    expect(isBillableInMonth(deceased, '2026-03')).toBe(true);
    expect(isBillableInMonth(deceased, '2026-04')).toBe(false);
    expect(isBillableInMonth(worker({ status: 'terminated', endedOn: '2026-03-31' }), '2026-04')).toBe(false);
    expect(isBillableInMonth(worker({ status: 'terminated', endedOn: '2025-10-06' }), '2025-10')).toBe(false);
  });

  it('bills the month of a death on the day coverage starts, not of a termination on that day', () => {
    const start = { coverageStartDate: '2026-03-01' };
    expect(isBillableInMonth(worker({ ...start, status: 'deceased', endedOn: '2026-03-01' }), '2026-03')).toBe(true);
    expect(isBillableInMonth(worker({ ...start, status: 'active', deathDate: '2026-03-01' }), '2026-03')).toBe(true);
    expect(isBillableInMonth(worker({ ...start, status: 'deceased', endedOn: '2026-03-01' }), '2026-04')).toBe(false);
    expect(isBillableInMonth(worker({ ...start, status: 'terminated', endedOn: '2026-03-01' }), '2026-03')).toBe(false);
    expect(isBillableInMonth(worker({ ...start, status: 'active', deathDate: '2026-02-28' }), '2026-03')).toBe(false);
  });

  it('stops billing a lapsed (suspended) worker after the month the suspension began', () => {
    const lapsed = worker({ status: 'suspended', suspendedFrom: '2026-02-01' });
    expect(isBillableInMonth(lapsed, '2026-02')).toBe(true);
    expect(isBillableInMonth(lapsed, '2026-03')).toBe(false);
  });
});

describe('invoice balance', () => {
  it('derives the payment status and the lines a paid amount covers', () => {
    expect([paymentStatusOf(33_600, 0), paymentStatusOf(33_600, 16_800), paymentStatusOf(33_600, 40_000)]).toEqual([
      'unpaid',
      'partially-paid',
      'paid',
    ]);
    expect(paymentStatusOf(0, 0)).toBe('paid');
    expect([isLinePaid(16_800, 20_000), isLinePaid(33_600, 20_000)]).toEqual([true, false]);
    expect(changedLines(0, 20_000)).toEqual({ above: 0, upTo: 20_000 });
    expect(changedLines(33_600, 16_800)).toEqual({ above: 16_800, upTo: 33_600 });
    expect(changedLines(5, 5)).toBeUndefined();
  });
});
