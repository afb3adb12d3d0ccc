import { defaultCalendar } from '@jaring/calendar';
import {
  decideSupplementaryBilling,
  isWithinSupplementaryReach,
  monthsOpenForSupplementaryBilling,
  type SupplementaryBillingFacts,
  supplementaryDueDate,
} from './supplementary-billing.rules';

describe('supplementary billing: workers billable for a month after its main run', () => {
  it('looks at the current month and the one before, across a year end', () => {
    expect(monthsOpenForSupplementaryBilling('2026-03-10')).toEqual(['2026-02', '2026-03']);
    expect(monthsOpenForSupplementaryBilling('2027-01-01')).toEqual(['2026-12', '2027-01']);
    expect(isWithinSupplementaryReach('2026-01', '2026-03-31')).toBe(false);
    expect(isWithinSupplementaryReach('2026-04', '2026-03-31')).toBe(false);
  });

  describe('due date', () => {
    it.each([
      ['2026-03', '2026-03-02', '2026-03-16', 'with the main invoice when a week or more is left'],
      ['2026-03', '2026-03-09', '2026-03-16', 'exactly the minimum notice'],
      ['2026-03', '2026-03-10', '2026-04-15', 'too late for the 16th: with April’s contributions'],
      ['2026-02', '2026-03-01', '2026-03-16', 'last month’s late-comers: with this month’s'],
      ['2026-07', '2026-08-10', '2026-08-18', 'the 15th of August is a Saturday, the 17th a holiday'],
      ['2026-12', '2027-01-12', '2027-02-15', 'across the year end'],
    ])('%s requested on %s is due on %s (%s)', (month, requestedOn, due) => {
      expect(supplementaryDueDate(month, requestedOn, defaultCalendar)).toBe(due);
    });
  });

  describe('when one is started', () => {
    const facts = (change: Partial<SupplementaryBillingFacts> = {}): SupplementaryBillingFacts => ({
      month: '2026-03',
      today: '2026-03-10',
      mainRun: 'completed',
      openSupplementaryRun: false,
      unbilledWorkers: 1,
      ...change,
    });

    it('starts one for workers billable and not billed yet, after the main run completed', () => {
      expect(decideSupplementaryBilling(facts())).toEqual({ action: 'start' });
      expect(decideSupplementaryBilling(facts({ month: '2026-02' }))).toEqual({ action: 'start' });
    });

    it('leaves the month to its main run until that run completed', () => {
      for (const mainRun of ['none', 'running', 'failed'] as const) {
        expect(decideSupplementaryBilling(facts({ mainRun }))).toEqual({
          action: 'skip',
          reason: 'main-run-not-completed',
        });
      }
    });

    it('bills nobody twice: no run when every billable worker has a line', () => {
      expect(decideSupplementaryBilling(facts({ unbilledWorkers: 0 }))).toEqual({
        action: 'skip',
        reason: 'nobody-unbilled',
      });
    });

    it('resumes an unfinished one before anything else, even out of reach', () => {
      expect(decideSupplementaryBilling(facts({ openSupplementaryRun: true, unbilledWorkers: 0 }))).toEqual({
        action: 'resume',
      });
      expect(decideSupplementaryBilling(facts({ openSupplementaryRun: true, today: '2026-06-01' }))).toEqual({
        action: 'resume',
      });
    });

    it('does not reach back more than one month', () => {
      expect(decideSupplementaryBilling(facts({ today: '2026-05-01' }))).toEqual({
        action: 'skip',
        reason: 'out-of-reach',
      });
    });
  });
});
