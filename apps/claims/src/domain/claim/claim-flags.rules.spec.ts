import { PP82_2019_RULE_SET } from '../benefits/pp82-2019.rule-set';
import {
  aClaimPolicy,
  aJkmClaim,
  anAccidentReport,
  by,
  OFFICER_A,
  WITA_OFFSET_MINUTES,
} from '../testing/claim.builders';
import { Claim } from './claim.aggregate';
import { claimFlags } from './claim-flags.rules';
import type { ClaimSnapshot } from './claim.types';

function reported(incidentDate: string, reportedAtLocal: string, incidentAt?: string): ClaimSnapshot {
  return Claim.reportAccident(
    anAccidentReport({ incidentDate, incidentAt }),
    by(OFFICER_A, reportedAtLocal),
    aClaimPolicy(),
  ).claim.toSnapshot();
}

const flagsOf = (claim: ClaimSnapshot, asOf = '2026-03-05') =>
  claimFlags(claim, asOf, WITA_OFFSET_MINUTES, PP82_2019_RULE_SET.deadlines);

describe('claimFlags — stage I report within 2×24 hours', () => {
  it('measures exactly when the accident time is known', () => {
    const accidentAt = '2026-03-02T07:30:00+08:00';
    expect(flagsOf(reported('2026-03-02', '2026-03-04 07:30', accidentAt)).stageOneReportLate).toBe(false);
    expect(flagsOf(reported('2026-03-02', '2026-03-04 07:31', accidentAt)).stageOneReportLate).toBe(true);
  });

  it('counts from the end of the accident day when the time is unknown', () => {
    expect(flagsOf(reported('2026-03-02', '2026-03-04 23:59')).stageOneReportLate).toBe(false);
    expect(flagsOf(reported('2026-03-02', '2026-03-05 00:01')).stageOneReportLate).toBe(true);
  });

  it("uses the regency's local date, not UTC (00:30 WITA is still the previous day in UTC)", () => {
    const claim = reported('2026-03-02', '2026-03-05 00:30');
    expect(claim.reportedAt).toBe('2026-03-05T00:30:00+08:00');
    expect(flagsOf(claim).stageOneReportLate).toBe(true);
  });
});

describe("claimFlags — stage II within 2×24 hours of the doctor's declaration", () => {
  it('flags a stage II recorded more than two days after the declaration', () => {
    const claim = Claim.reportAccident(anAccidentReport(), by(OFFICER_A, '2026-03-02 15:00'), aClaimPolicy()).claim;
    claim.recordStageTwo(
      { outcome: { type: 'recovered' }, declaredOn: '2026-03-10' },
      by(OFFICER_A, '2026-03-12 16:00'),
    );
    expect(claim.flags('2026-03-12').stageTwoReportLate).toBe(false);
    claim.recordStageTwo(
      { outcome: { type: 'recovered' }, declaredOn: '2026-03-10' },
      by(OFFICER_A, '2026-03-13 08:00'),
    );
    expect(claim.flags('2026-03-13').stageTwoReportLate).toBe(true);
  });
});

describe('claimFlags — 5-year expiry of JKK claims', () => {
  it('flags a claim reported after the fifth anniversary of the accident', () => {
    expect(flagsOf(reported('2021-03-02', '2026-03-02 10:00')).claimExpired).toBe(false);
    expect(flagsOf(reported('2021-03-02', '2026-03-03 10:00')).claimExpired).toBe(true);
  });
});

describe('claimFlags — work-accident decision due 30 days after stage I', () => {
  const claim = reported('2026-03-02', '2026-03-02 15:00');

  it('gives the due date and flags it overdue while the claim is undecided', () => {
    expect(flagsOf(claim, '2026-04-01')).toMatchObject({
      workAccidentDecisionDueOn: '2026-04-01',
      workAccidentDecisionOverdue: false,
    });
    expect(flagsOf(claim, '2026-04-02').workAccidentDecisionOverdue).toBe(true);
  });

  it('is no longer overdue once the claim is verified or rejected', () => {
    expect(flagsOf({ ...claim, status: 'verified' }, '2026-05-01').workAccidentDecisionOverdue).toBe(false);
    expect(flagsOf({ ...claim, status: 'rejected' }, '2026-05-01').workAccidentDecisionOverdue).toBe(false);
  });
});

describe('claimFlags — payment deadline', () => {
  it('flags an unpaid claim after its due date (JKM due Tue 17 March)', () => {
    const claim = aJkmClaim('approved');
    expect(claim.flags('2026-03-17')).toMatchObject({ paymentDueOn: '2026-03-17', paymentOverdue: false });
    expect(claim.flags('2026-03-18').paymentOverdue).toBe(true);
  });

  it('does not flag a paid or rejected claim, nor JKK-only flags on JKM', () => {
    const paid = aJkmClaim('payout');
    paid.markPaid({ paidOn: '2026-03-19' }, by(OFFICER_A, '2026-03-19 10:00'));
    expect(paid.flags('2026-03-30')).toEqual({
      stageOneReportLate: false,
      stageTwoReportLate: false,
      claimExpired: false,
      workAccidentDecisionOverdue: false,
      paymentDueOn: '2026-03-17',
      paymentOverdue: false,
    });
    const rejected = aJkmClaim('verified');
    rejected.reject({ reason: 'Forged certificate' }, by(OFFICER_A, '2026-03-12 12:00'));
    expect(rejected.flags('2026-03-30').paymentOverdue).toBe(false);
  });
});
