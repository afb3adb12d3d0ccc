import { ConflictError } from '@jaring/kernel';
import type { ClaimSnapshot } from '../claim/claim.types';
import { DEFAULT_APPROVAL_POLICY } from '../claim/approval.policy';
import { payoutIdempotencyKey } from '../payout/payout-idempotency.rules';
import { by, OFFICER_A, OFFICER_B } from '../testing/claim.builders';
import { domainErrorOf, errorCodeOf } from '../testing/domain-error.helper';
import {
  assessScholarshipYear,
  scholarshipYearsPaidByClaim,
  type ScholarshipYearQuery,
} from './scholarship-year.rules';
import { approveScholarshipYear, requestScholarshipYear, settleScholarshipYear, usedYear } from './scholarship-year';
import { assertSchoolYear, schoolYearOf, schoolYearStart } from './school-year';

const ANDI = { id: 'child-andi', birthDate: '2010-03-01', married: false, working: false };

/** A JKM death of 10 Sep 2026, paid with Andi's SMA year 2026/2027 among its lines. */
function aPaidJkmClaim(overrides: Partial<ClaimSnapshot> = {}): ClaimSnapshot {
  return {
    id: 'claim-1',
    tenant: '76.04',
    programme: 'JKM',
    status: 'closed',
    resolution: 'paid',
    worker: { id: 'worker-1', name: 'Sudirman' },
    incidentDate: '2026-09-10',
    reportedAt: '2026-09-11T02:00:00Z',
    programmeHistory: [],
    audit: [],
    assessment: {
      result: { ruleSetId: 'PP82-2019', lines: [], total: 0, exclusions: [] },
      payable: [
        { code: 'JKM_LUMP_SUM', amount: 20_000_000, rule: 'r' },
        { code: 'SCHOLARSHIP_CHILD_1_SMA', amount: 3_000_000, rule: 'r', subject: ANDI.id },
      ],
      notPayable: [],
      payableTotal: 23_000_000,
      assessedBy: 'officer-a',
    },
    ...overrides,
  } as ClaimSnapshot;
}

function aQuery(overrides: Partial<ScholarshipYearQuery> = {}): ScholarshipYearQuery {
  const claim = overrides.claim ?? aPaidJkmClaim();
  return {
    claim,
    basis: { declaredMonthlyIncome: 1_000_000, contributionMonths: 40, membershipStartDate: '2023-01-01' },
    child: ANDI,
    schoolYear: '2027/2028',
    level: 'SMA',
    history: scholarshipYearsPaidByClaim(claim),
    ...overrides,
  };
}

describe('school years', () => {
  it('run from July to June', () => {
    expect(schoolYearOf('2026-07-01')).toBe('2026/2027');
    expect(schoolYearOf('2027-06-30')).toBe('2026/2027');
    expect(schoolYearStart('2027/2028')).toBe('2027-07-01');
    expect(errorCodeOf(() => assertSchoolYear('2027/2029'))).toBe('SCHOOL_YEAR_INVALID');
  });
});

describe('a later scholarship school year', () => {
  it('counts the death claim’s own scholarship line as the child’s first year', () => {
    expect(scholarshipYearsPaidByClaim(aPaidJkmClaim())).toEqual([
      { childId: ANDI.id, schoolYear: '2026/2027', level: 'SMA', amount: 3_000_000 },
    ]);
  });

  it('pays the next school year at the level’s amount, keeping the child’s place', () => {
    expect(assessScholarshipYear(aQuery())).toEqual(
      expect.objectContaining({ code: 'SCHOLARSHIP_CHILD_1_SMA', amount: 3_000_000 }),
    );
  });

  it('refuses a year already claimed for the child as a conflict', () => {
    const error = domainErrorOf(() => assessScholarshipYear(aQuery({ schoolYear: '2026/2027' })));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error?.code).toBe('SCHOLARSHIP_YEAR_ALREADY_CLAIMED');
  });

  it('stops at the level’s maximum years, counted from the history', () => {
    const history = ['2026/2027', '2027/2028', '2028/2029'].map((schoolYear) => ({
      childId: ANDI.id,
      schoolYear,
      level: 'SMA' as const,
      amount: 3_000_000,
    }));
    expect(errorCodeOf(() => assessScholarshipYear(aQuery({ schoolYear: '2029/2030', history })))).toBe(
      'SCHOLARSHIP_LEVEL_EXHAUSTED',
    );
    expect(assessScholarshipYear(aQuery({ schoolYear: '2029/2030', level: 'PT', history })).amount).toBe(12_000_000);
  });

  it('judges the child on the school year’s first day: 23 by then is too old; married or working is excluded', () => {
    expect(
      errorCodeOf(() => assessScholarshipYear(aQuery({ child: { ...ANDI, birthDate: '2004-06-30' }, level: 'PT' }))),
    ).toBe('SCHOLARSHIP_CHILD_TOO_OLD');
    expect(errorCodeOf(() => assessScholarshipYear(aQuery({ child: { ...ANDI, married: true } })))).toBe(
      'SCHOLARSHIP_CHILD_MARRIED',
    );
    expect(errorCodeOf(() => assessScholarshipYear(aQuery({ child: { ...ANDI, working: true } })))).toBe(
      'SCHOLARSHIP_CHILD_WORKING',
    );
  });

  it('pays at most two children over the claim’s life, and a new child takes the next place', () => {
    const sari = { ...ANDI, id: 'child-sari' };
    expect(assessScholarshipYear(aQuery({ child: sari })).code).toBe('SCHOLARSHIP_CHILD_2_SMA');
    const history = [
      ...scholarshipYearsPaidByClaim(aPaidJkmClaim()),
      { childId: sari.id, schoolYear: '2027/2028', level: 'SMA' as const, amount: 3_000_000 },
    ];
    expect(errorCodeOf(() => assessScholarshipYear(aQuery({ child: { ...ANDI, id: 'child-tono' }, history })))).toBe(
      'SCHOLARSHIP_CHILD_LIMIT',
    );
  });

  it('never exceeds the per-child maximum of Rp87 jt', () => {
    const history = [{ childId: ANDI.id, schoolYear: '2020/2021', level: 'TK' as const, amount: 85_000_000 }];
    expect(errorCodeOf(() => assessScholarshipYear(aQuery({ history })))).toBe('SCHOLARSHIP_CHILD_MAXIMUM_REACHED');
  });

  it('needs a paid death claim, and for JKM 36 contribution months', () => {
    expect(
      errorCodeOf(() =>
        assessScholarshipYear(aQuery({ claim: aPaidJkmClaim({ status: 'payout-requested', resolution: undefined }) })),
      ),
    ).toBe('SCHOLARSHIP_NEEDS_PAID_DEATH_CLAIM');
    expect(
      errorCodeOf(() =>
        assessScholarshipYear(
          aQuery({
            basis: { declaredMonthlyIncome: 1_000_000, contributionMonths: 35, membershipStartDate: '2023-01-01' },
          }),
        ),
      ),
    ).toBe('SCHOLARSHIP_CONTRIBUTIONS_TOO_SHORT');
  });

  it('opens later school years after a paid JKK total permanent disability as after a death (RULES.md §4)', () => {
    const outcome = (type: 'total-disability' | 'partial-disability') =>
      ({ details: { type }, declaredOn: '2026-09-20', recordedAt: '2026-09-21T02:00:00Z' }) as ClaimSnapshot['outcome'];
    const totalDisability = aPaidJkmClaim({ programme: 'JKK', outcome: outcome('total-disability') });
    expect(assessScholarshipYear(aQuery({ claim: totalDisability }))).toMatchObject({
      code: 'SCHOLARSHIP_CHILD_1_SMA',
      amount: 3_000_000,
    });
    const partial = aPaidJkmClaim({ programme: 'JKK', outcome: outcome('partial-disability') });
    expect(domainErrorOf(() => assessScholarshipYear(aQuery({ claim: partial })))).toMatchObject({
      code: 'SCHOLARSHIP_NEEDS_PAID_DEATH_CLAIM',
      message: expect.stringContaining('total permanent disability'),
    });
  });

  it('refuses a history it cannot attribute to a child', () => {
    const claim = aPaidJkmClaim();
    claim.assessment!.payable[1] = { code: 'SCHOLARSHIP_CHILD_1_SMA', amount: 3_000_000, rule: 'r' };
    expect(errorCodeOf(() => scholarshipYearsPaidByClaim(claim))).toBe('SCHOLARSHIP_HISTORY_UNKNOWN');
  });
});

describe('a scholarship year’s approval and payment', () => {
  const line = { code: 'SCHOLARSHIP_CHILD_1_SMA', amount: 3_000_000, rule: 'r' };
  const command = {
    id: 'year-1',
    claimId: 'claim-1',
    childId: ANDI.id,
    schoolYear: '2027/2028',
    level: 'SMA' as const,
    evidence: { schoolCertificateNumber: 'SK-421/2027' },
  };
  const payout = {
    payee: { id: 'heir-1', name: 'Hasnah' },
    bankAccount: { bankCode: '009', accountNumber: '1234567', holderName: 'Hasnah' },
  };
  const requested = requestScholarshipYear(command, line, by(OFFICER_A, '2027-07-10T09:00'));

  it('needs the school certificate', () => {
    expect(
      errorCodeOf(() =>
        requestScholarshipYear(
          { ...command, evidence: { schoolCertificateNumber: ' ' } },
          line,
          by(OFFICER_A, '2027-07-10T09:00'),
        ),
      ),
    ).toBe('SCHOOL_CERTIFICATE_REQUIRED');
  });

  it('is approved by a second officer, with the school year as the payout key’s period', () => {
    expect(
      errorCodeOf(() =>
        approveScholarshipYear(
          requested,
          { ...payout, attempt: 1 },
          by(OFFICER_A, '2027-07-11T09:00'),
          DEFAULT_APPROVAL_POLICY,
        ),
      ),
    ).toBe('MAKER_CHECKER_VIOLATION');
    const approved = approveScholarshipYear(
      requested,
      { ...payout, attempt: 1 },
      by(OFFICER_B, '2027-07-11T09:00'),
      DEFAULT_APPROVAL_POLICY,
    );
    expect(approved).toMatchObject({ status: 'payout-requested', approvedBy: OFFICER_B.id });
    expect(approved.payout!.idempotencyKey).toBe(
      payoutIdempotencyKey({ claimId: 'claim-1', payeeId: 'heir-1', componentCode: line.code, period: '2027/2028' }),
    );
    expect(
      errorCodeOf(() =>
        approveScholarshipYear(
          approved,
          { ...payout, attempt: 1 },
          by(OFFICER_B, '2027-07-11T09:00'),
          DEFAULT_APPROVAL_POLICY,
        ),
      ),
    ).toBe('SCHOLARSHIP_NOT_AWAITING_APPROVAL');
    const again = approveScholarshipYear(
      requested,
      { ...payout, attempt: 2 },
      by(OFFICER_B, '2027-07-11T09:00'),
      DEFAULT_APPROVAL_POLICY,
    );
    expect(again.payout!.idempotencyKey).not.toBe(approved.payout!.idempotencyKey);
  });

  it('is paid once; a refused year no longer counts against the limits', () => {
    const approved = approveScholarshipYear(
      requested,
      { ...payout, attempt: 1 },
      by(OFFICER_B, '2027-07-11T09:00'),
      DEFAULT_APPROVAL_POLICY,
    );
    const paid = settleScholarshipYear(approved, { confirmed: true, at: '2027-07-11T02:00:00Z' });
    expect(paid).toMatchObject({ status: 'paid', paidAt: '2027-07-11T02:00:00Z' });
    expect(settleScholarshipYear(paid, { confirmed: false, reason: 'ACCOUNT_CLOSED', at: 'x' })).toBe(paid);
    expect(usedYear(paid)).toEqual({ childId: ANDI.id, schoolYear: '2027/2028', level: 'SMA', amount: 3_000_000 });
    const refused = settleScholarshipYear(approved, { confirmed: false, reason: 'ACCOUNT_CLOSED', at: 'x' });
    expect(usedYear(refused)).toBeUndefined();
  });
});
