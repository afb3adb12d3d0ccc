import { ConflictError } from '@jaring/kernel';
import { domainErrorOf } from '../testing/domain-error.helper';
import type { ClaimSummary } from './claim.types';
import {
  assertAccidentNotClaimedTwice,
  assertDeathNotClaimedElsewhere,
  checkEligibility,
  type CoverageFacts,
  DEFAULT_COVERAGE_POLICY,
  type CoveragePolicy,
  type PaidMonth,
  uncoveredMonthReason,
} from './eligibility.rules';

const MEMBERSHIP = { enrolledOn: '2025-10-06' };
const EXPECTED_BILLED_BY = '2026-03-10T03:45:00.000Z';
/** What claims knows of the worker's months: these paid, no invoice of another month, judged on 10 March 02:00 UTC. */
const paid = (paidMonths: PaidMonth[], change: Partial<CoverageFacts> = {}): CoverageFacts => ({
  paidMonths,
  expectedBilledBy: EXPECTED_BILLED_BY,
  registeredMonth: '2026-03',
  now: '2026-03-10T02:00:00.000Z',
  ...change,
});
const PAID = paid([
  { month: '2026-02', paidOn: '2026-02-13' },
  { month: '2026-03', paidOn: '2026-03-20' },
]);

describe('why a month is not covered (issue 20 point 1)', () => {
  const invoice = { invoiceNumber: 'JRG-7604-202603-02', dueDate: '2026-04-15' };

  it('a month no invoice bills yet: not billed, with when the supplementary invoice is expected', () => {
    expect(uncoveredMonthReason('2026-03', paid([]))).toEqual({
      code: 'MONTH_NOT_BILLED_YET',
      message: expect.stringContaining(`a supplementary invoice is expected by ${EXPECTED_BILLED_BY}`),
      details: { month: '2026-03', expectedBilledBy: EXPECTED_BILLED_BY },
    });
  });

  it('not billed after the expected time: says it is late and who looks into it', () => {
    const late = uncoveredMonthReason('2026-03', paid([], { now: '2026-03-10T04:00:00.000Z' }));
    expect(late.code).toBe('MONTH_NOT_BILLED_YET');
    expect(late.message).toContain(`was expected by ${EXPECTED_BILLED_BY}; finance checks`);
  });

  it.each(['unpaid', 'partially-paid'] as const)(
    'billed on an invoice %s: billed and unpaid, naming it and its due date',
    (status) => {
      const reason = uncoveredMonthReason('2026-03', paid([], { billedMonth: { ...invoice, paymentStatus: status } }));
      expect(reason).toEqual({
        code: 'MONTH_BILLED_UNPAID',
        message: expect.stringContaining('billed on invoice JRG-7604-202603-02, due 2026-04-15, and not paid yet'),
        details: { month: '2026-03', ...invoice },
      });
    },
  );

  it('a month before billing’s supplementary reach of the registration: not billed, and no invoice is to be expected', () => {
    expect(uncoveredMonthReason('2026-02', paid([])).details).toEqual({
      month: '2026-02',
      expectedBilledBy: EXPECTED_BILLED_BY,
    });
    const beyond = uncoveredMonthReason('2026-01', paid([]));
    expect(beyond).toEqual({
      code: 'MONTH_NOT_BILLED_YET',
      message: expect.stringContaining('no supplementary invoice will bill it'),
      details: { month: '2026-01', registeredMonth: '2026-03' },
    });
  });

  it('billed on a paid invoice whose coverage has not reached claims: paid, coverage on its way', () => {
    const reason = uncoveredMonthReason('2026-03', paid([], { billedMonth: { ...invoice, paymentStatus: 'paid' } }));
    expect(reason).toMatchObject({
      code: 'MONTH_PAID_COVERAGE_PENDING',
      details: { invoiceNumber: invoice.invoiceNumber },
    });
    expect(reason.message).not.toMatch(/not paid|no contribution/i);
  });

  it('a covered month needs no reason, whatever the invoice says', () => {
    const covered = paid([{ month: '2026-03', paidOn: '2026-03-10' }], {
      billedMonth: { ...invoice, paymentStatus: 'unpaid' },
    });
    expect(checkEligibility('2026-03-09', MEMBERSHIP, covered)).toEqual({ eligible: true, reasons: [] });
  });
});

describe('checkEligibility', () => {
  it('covers an incident of an enrolled worker in a paid month', () => {
    expect(checkEligibility('2026-02-20', MEMBERSHIP, PAID)).toEqual({ eligible: true, reasons: [] });
  });

  it('refuses an incident before enrolment, after termination, or in an unpaid month — all reasons at once', () => {
    const result = checkEligibility('2026-01-15', { enrolledOn: '2026-02-01', terminatedOn: '2026-01-10' }, PAID);
    expect(result.eligible).toBe(false);
    expect(result.reasons.map((reason) => reason.code)).toEqual([
      'INCIDENT_BEFORE_ENROLMENT',
      'MEMBERSHIP_TERMINATED',
      'MONTH_NOT_BILLED_YET',
    ]);
  });

  it('treats the termination date as the first uncovered day', () => {
    expect(checkEligibility('2026-02-27', { ...MEMBERSHIP, terminatedOn: '2026-02-28' }, PAID).eligible).toBe(true);
    expect(checkEligibility('2026-02-28', { ...MEMBERSHIP, terminatedOn: '2026-02-28' }, PAID).reasons[0]?.code).toBe(
      'MEMBERSHIP_TERMINATED',
    );
  });

  describe('a month paid after the incident and after its due date (the 15th)', () => {
    const strict: CoveragePolicy = { ...DEFAULT_COVERAGE_POLICY, lateSettledMonths: 'not-covered' };

    it('is covered by default', () => {
      expect(checkEligibility('2026-03-16', MEMBERSHIP, PAID).eligible).toBe(true);
    });

    it('is not covered under the strict policy', () => {
      expect(checkEligibility('2026-03-16', MEMBERSHIP, PAID, strict).reasons[0]?.code).toBe('MONTH_SETTLED_LATE');
    });

    it('still covers an early-month incident when the month was paid by its due date', () => {
      const onTime = paid([{ month: '2026-03', paidOn: '2026-03-14' }]);
      expect(checkEligibility('2026-03-03', MEMBERSHIP, onTime, strict).eligible).toBe(true);
    });

    it('covers a month paid late but before the incident', () => {
      expect(checkEligibility('2026-03-25', MEMBERSHIP, PAID, strict).eligible).toBe(true);
    });
  });
});

describe('assertDeathNotClaimedElsewhere', () => {
  const jkkDeath: ClaimSummary = {
    claimId: 'jkk-1',
    programme: 'JKK',
    isDeath: true,
    incidentDate: '2026-03-05',
    status: 'paid',
    resolution: 'paid',
  };

  it('refuses a second payment of a death already paid under JKK', () => {
    const error = domainErrorOf(() => assertDeathNotClaimedElsewhere('jkm-1', [jkkDeath]));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error?.message).toBe(
      'This death was already paid under JKK claim jkk-1; a death is paid once (re-classify instead)',
    );
  });

  it('ignores rejected claims, injury claims and the claim itself', () => {
    const others: ClaimSummary[] = [
      { ...jkkDeath, status: 'rejected', resolution: undefined },
      { ...jkkDeath, claimId: 'jkk-2', status: 'closed', resolution: 'rejected' },
      { ...jkkDeath, claimId: 'jkk-3', isDeath: false },
      { ...jkkDeath, claimId: 'jkm-1', programme: 'JKM' },
    ];
    expect(() => assertDeathNotClaimedElsewhere('jkm-1', others)).not.toThrow();
  });
});

describe('assertAccidentNotClaimedTwice', () => {
  const injury: ClaimSummary = {
    claimId: 'jkk-1',
    programme: 'JKK',
    isDeath: false,
    incidentDate: '2026-03-05',
    status: 'verified',
  };

  it('refuses a second claim for the same worker and accident day while the first is open or paid', () => {
    for (const first of [injury, { ...injury, status: 'paid' as const, resolution: 'paid' as const }]) {
      const error = domainErrorOf(() => assertAccidentNotClaimedTwice('2026-03-05', [first]));
      expect(error).toBeInstanceOf(ConflictError);
      expect(error?.code).toBe('ACCIDENT_ALREADY_CLAIMED');
      expect(error?.message).toBe(
        `An accident of this worker on 2026-03-05 is already claimed by claim jkk-1 (${first.status}); an accident is claimed once`,
      );
    }
  });

  it('allows another day, a rejected claim, a death and a JKM claim', () => {
    const others: ClaimSummary[] = [
      { ...injury, incidentDate: '2026-03-04' },
      { ...injury, status: 'rejected' },
      { ...injury, status: 'closed', resolution: 'rejected' },
      { ...injury, isDeath: true },
      { ...injury, programme: 'JKM', isDeath: true },
    ];
    expect(() => assertAccidentNotClaimedTwice('2026-03-05', others)).not.toThrow();
  });
});
