import { ConflictError } from '@jaring/kernel';
import { domainErrorOf, errorCodeOf } from '../testing/domain-error.helper';
import {
  aClaimPolicy,
  aJkmClaim,
  anAccidentReport,
  by,
  ELIGIBLE,
  JKK_BASE_DOCUMENTS,
  JKM_SPOUSE_DOCUMENTS,
  MINIMUM_INCOME_ASSESSMENT,
  OFFICER_A,
  OFFICER_B,
  SPOUSE_HEIR_DOCUMENTS,
  SUPERVISOR,
  WIDOW_WITH_SON,
  WORKER,
} from '../testing/claim.builders';
import { payoutIdempotencyKey } from '../payout/payout-idempotency.rules';
import { Claim } from './claim.aggregate';
import type { ClaimEvent } from './claim.events';

const RAHMAWATI_ACCOUNT = { bankCode: 'BRI', accountNumber: '0123456789', holderName: 'RAHMAWATI' };

function types(events: ClaimEvent[]): string[] {
  return events.map((event) => event.type);
}

function aReportedAccident(overrides: Parameters<typeof anAccidentReport>[0] = {}): Claim {
  return Claim.reportAccident(anAccidentReport(overrides), by(OFFICER_A, '2026-03-02 15:00'), aClaimPolicy()).claim;
}

describe('Claim — JKM from death report to closure', () => {
  it('reports a death', () => {
    const { claim, events } = Claim.reportDeath(
      { claimId: 'claim-jkm-1', tenant: '76.04', worker: { id: 'worker-1', name: 'Siti' }, dateOfDeath: '2026-03-10' },
      by(OFFICER_A, '2026-03-11 09:00'),
      aClaimPolicy(),
    );
    expect(claim.status).toBe('death-reported');
    expect(events).toEqual([
      {
        type: 'ClaimReported',
        claimId: 'claim-jkm-1',
        tenant: '76.04',
        occurredAt: '2026-03-11T09:00:00+08:00',
        actorId: 'officer-a',
        programme: 'JKM',
        workerId: 'worker-1',
        incidentDate: '2026-03-10',
      },
    ]);
  });

  it('records the heirs, completes documents and sets the 3-working-day deadline', () => {
    const claim = aJkmClaim('reported');
    const heirEvents = claim.recordHeirs(WIDOW_WITH_SON, by(OFFICER_A, '2026-03-11 10:00'));
    expect(heirEvents[0]).toMatchObject({ type: 'HeirsDetermined', heirClass: 1, payeeId: 'rahma', payeeKind: 'heir' });
    expect(claim.status).toBe('heirs-determined');

    // Completed Thursday 12 March: Fri 13, Mon 16, Tue 17.
    const events = claim.completeDocuments(
      { eligibility: ELIGIBLE, provided: JKM_SPOUSE_DOCUMENTS },
      by(OFFICER_A, '2026-03-12 10:00'),
    );
    expect(events[0]).toMatchObject({
      type: 'DocumentsCompleted',
      completedOn: '2026-03-12',
      paymentDueOn: '2026-03-17',
    });
  });

  it('confirms the death to enrolment when verified', () => {
    const claim = aJkmClaim('documents');
    const events = claim.verify({ eligibility: ELIGIBLE, otherClaimsOfWorker: [] }, by(OFFICER_A, '2026-03-12 11:00'));
    expect(types(events)).toEqual(['ClaimVerified', 'DeathConfirmed']);
    expect(events[1]).toMatchObject({
      workerId: 'worker-1',
      dateOfDeath: '2026-03-10',
      programme: 'JKM',
      confirmedBy: 'officer-a',
    });
  });

  it('assesses Rp42,000,000 payable to the widow', () => {
    const claim = aJkmClaim('verified');
    const [assessed] = claim.assess(MINIMUM_INCOME_ASSESSMENT, by(OFFICER_A, '2026-03-12 11:30'));
    expect(assessed).toMatchObject({
      type: 'ClaimAssessed',
      ruleSetId: 'PP82-2019',
      payableTotal: 42_000_000,
      notPayableTotal: 0,
    });
  });

  it('lets a second officer approve, never the verifier', () => {
    const claim = aJkmClaim('assessed');
    expect(
      errorCodeOf(() =>
        claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(OFFICER_A, '2026-03-13 09:00')),
      ),
    ).toBe('MAKER_CHECKER_VIOLATION');
    expect(claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(OFFICER_B, '2026-03-13 09:00'))).toEqual([
      expect.objectContaining({ type: 'ClaimApproved', payableTotal: 42_000_000, actorId: 'officer-b' }),
    ]);
  });

  it('requests one transfer per line to the widow, each with its idempotency key', () => {
    const claim = aJkmClaim('approved');
    const [requested] = claim.requestPayout({ bankAccount: RAHMAWATI_ACCOUNT }, by(OFFICER_B, '2026-03-13 10:00'));
    expect(requested).toMatchObject({
      type: 'PayoutRequested',
      payeeId: 'rahma',
      payeeName: 'Rahmawati',
      total: 42_000_000,
    });
    const lines = requested?.type === 'PayoutRequested' ? requested.lines : [];
    expect(lines.map((line) => [line.code, line.amount])).toEqual([
      ['JKM_LUMP_SUM', 20_000_000],
      ['JKM_PERIODIC_BENEFIT', 12_000_000],
      ['JKM_FUNERAL', 10_000_000],
    ]);
    expect(new Set(lines.map((line) => line.idempotencyKey)).size).toBe(3);
  });

  it('pays on time without compensation, then closes', () => {
    const claim = aJkmClaim('payout');
    expect(types(claim.markPaid({ paidOn: '2026-03-17' }, by(OFFICER_B, '2026-03-17 14:00')))).toEqual(['ClaimPaid']);
    expect(claim.close(by(OFFICER_B, '2026-03-18 08:00'))).toEqual([
      expect.objectContaining({ type: 'ClaimClosed', resolution: 'paid' }),
    ]);
    expect(claim.status).toBe('closed');
  });

  it('records a completion the bank dated before the payout request on the request date (bank clock behind)', () => {
    const claim = aJkmClaim('payout');
    const events = claim.markPaid({ paidOn: '2026-03-12' }, by(OFFICER_B, '2026-03-13 14:00'));
    expect(events).toEqual([expect.objectContaining({ type: 'ClaimPaid', paidOn: '2026-03-13' })]);
    expect(claim.toSnapshot()).toMatchObject({ status: 'paid', paidOn: '2026-03-13' });
  });

  it('adds 1% per day late as its own payout (2 days late on Rp42,000,000 → Rp840,000)', () => {
    const claim = aJkmClaim('payout');
    const events = claim.markPaid({ paidOn: '2026-03-19' }, by(OFFICER_B, '2026-03-19 14:00'));
    expect(types(events)).toEqual(['ClaimPaid', 'LatePaymentCompensationRequested']);
    expect(events[1]).toMatchObject({
      payeeId: 'rahma',
      daysLate: 2,
      line: {
        code: 'LATE_PAYMENT_COMPENSATION',
        amount: 840_000,
        idempotencyKey: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
  });

  it('keeps an audit trail of every transition with actor, time and before/after status', () => {
    const claim = aJkmClaim('payout');
    expect(
      claim.toSnapshot().audit.map((entry) => [entry.action, entry.actorId, entry.fromStatus, entry.toStatus]),
    ).toEqual([
      ['report', 'officer-a', null, 'death-reported'],
      ['recordHeirs', 'officer-a', 'death-reported', 'heirs-determined'],
      ['completeDocuments', 'officer-a', 'heirs-determined', 'documents-complete'],
      ['verify', 'officer-a', 'documents-complete', 'verified'],
      ['assess', 'officer-a', 'verified', 'assessed'],
      ['approve', 'officer-b', 'assessed', 'approved'],
      ['requestPayout', 'officer-b', 'approved', 'payout-requested'],
    ]);
  });
});

describe('Claim — JKK from stage I to payment', () => {
  it('reports an accident, records stage II and assesses one eye at Rp28,000,000 plus transport', () => {
    const { claim, events } = Claim.reportAccident(
      anAccidentReport({ circumstances: { category: 'commuting', trafficAccident: true, coPayer: 'jasa-raharja' } }),
      by(OFFICER_A, '2026-03-02 15:00'),
      aClaimPolicy(),
    );
    expect(types(events)).toEqual(['ClaimReported']);
    expect(claim.status).toBe('reported');

    claim.recordStageTwo(
      { outcome: { type: 'partial-disability', tableItems: ['EYE_ONE'] }, declaredOn: '2026-04-20' },
      by(OFFICER_A, '2026-04-21 09:00'),
    );
    expect(claim.status).toBe('stage-ii-recorded');

    // Completed Wed 22 April: 7 working days → Fri 1 May (weekend calendar).
    const completed = claim.completeDocuments(
      {
        eligibility: ELIGIBLE,
        provided: [...JKK_BASE_DOCUMENTS, 'POLICE_REPORT', 'TRANSPORT_RECEIPTS'],
        reimbursementsClaimed: ['transport'],
      },
      by(OFFICER_A, '2026-04-22 10:00'),
    );
    expect(completed[0]).toMatchObject({ paymentDueOn: '2026-05-01' });
    expect(
      types(claim.verify({ eligibility: ELIGIBLE, otherClaimsOfWorker: [] }, by(OFFICER_A, '2026-04-22 11:00'))),
    ).toEqual(['ClaimVerified']);

    const [assessed] = claim.assess(
      { declaredMonthlyIncome: 1_000_000, contributionMonths: 6, transport: [{ mode: 'land', amount: 350_000 }] },
      by(OFFICER_A, '2026-04-22 12:00'),
    );
    expect(assessed).toMatchObject({ payableTotal: 28_350_000 });

    claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(OFFICER_B, '2026-04-23 09:00'));
    const [payout] = claim.requestPayout(
      { bankAccount: { bankCode: 'BRI', accountNumber: '555', holderName: 'SITI AMINAH' } },
      by(OFFICER_B, '2026-04-23 10:00'),
    );
    expect(payout).toMatchObject({ payeeId: 'worker-1', total: 28_350_000 });
  });

  it('needs a supervisor to approve a JKK death of Rp70,000,000', () => {
    const claim = aReportedAccident();
    claim.recordStageTwo(
      { outcome: { type: 'death' }, declaredOn: '2026-03-04', dateOfDeath: '2026-03-04' },
      by(OFFICER_A, '2026-03-05 09:00'),
    );
    claim.recordHeirs(WIDOW_WITH_SON, by(OFFICER_A, '2026-03-05 10:00'));
    claim.completeDocuments(
      { eligibility: ELIGIBLE, provided: [...JKK_BASE_DOCUMENTS, ...SPOUSE_HEIR_DOCUMENTS] },
      by(OFFICER_A, '2026-03-05 11:00'),
    );
    const verified = claim.verify(
      { eligibility: ELIGIBLE, otherClaimsOfWorker: [] },
      by(OFFICER_A, '2026-03-05 12:00'),
    );
    expect(verified[1]).toMatchObject({ type: 'DeathConfirmed', programme: 'JKK', dateOfDeath: '2026-03-04' });
    claim.assess({ declaredMonthlyIncome: 1_000_000, contributionMonths: 2 }, by(OFFICER_A, '2026-03-05 13:00'));

    expect(
      errorCodeOf(() =>
        claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(OFFICER_B, '2026-03-06 09:00')),
      ),
    ).toBe('SUPERVISOR_APPROVAL_REQUIRED');
    expect(
      claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(SUPERVISOR, '2026-03-06 09:00'))[0],
    ).toMatchObject({
      payableTotal: 70_000_000,
    });
  });

  it('refuses a traffic accident without a police report, and accepts a visum for violence', () => {
    const traffic = aReportedAccident({ circumstances: { category: 'commuting', trafficAccident: true } });
    traffic.recordStageTwo(
      { outcome: { type: 'recovered' }, declaredOn: '2026-03-10' },
      by(OFFICER_A, '2026-03-10 09:00'),
    );
    const error = domainErrorOf(() =>
      traffic.completeDocuments(
        { eligibility: ELIGIBLE, provided: JKK_BASE_DOCUMENTS },
        by(OFFICER_A, '2026-03-10 10:00'),
      ),
    );
    expect(error).toMatchObject({
      code: 'DOCUMENTS_MISSING',
      message:
        'Documents missing: Police report of the traffic accident (POLICE_REPORT). Record them (POST documents), then complete again',
      details: { missing: 'POLICE_REPORT' },
    });

    const violence = aReportedAccident({ circumstances: { category: 'violence-at-work', trafficAccident: false } });
    violence.recordStageTwo(
      { outcome: { type: 'recovered' }, declaredOn: '2026-03-10' },
      by(OFFICER_A, '2026-03-10 09:00'),
    );
    violence.completeDocuments(
      { eligibility: ELIGIBLE, provided: [...JKK_BASE_DOCUMENTS, 'VISUM_ET_REPERTUM'] },
      by(OFFICER_A, '2026-03-10 10:00'),
    );
    expect(violence.status).toBe('documents-complete');
  });

  it('refuses a reimbursement that was not declared with its receipts', () => {
    const claim = aReportedAccident();
    claim.recordStageTwo(
      { outcome: { type: 'recovered' }, declaredOn: '2026-03-10' },
      by(OFFICER_A, '2026-03-10 09:00'),
    );
    claim.completeDocuments({ eligibility: ELIGIBLE, provided: JKK_BASE_DOCUMENTS }, by(OFFICER_A, '2026-03-10 10:00'));
    claim.verify({ eligibility: ELIGIBLE, otherClaimsOfWorker: [] }, by(OFFICER_A, '2026-03-10 11:00'));
    const error = domainErrorOf(() =>
      claim.assess({ ...MINIMUM_INCOME_ASSESSMENT, glasses: 800_000 }, by(OFFICER_A, '2026-03-10 12:00')),
    );
    expect(error).toMatchObject({ code: 'REIMBURSEMENT_WITHOUT_RECEIPTS', field: 'glasses' });
  });

  it('needs the date of death for a death outcome, and heirs before the documents', () => {
    const claim = aReportedAccident();
    const noDate = () =>
      claim.recordStageTwo({ outcome: { type: 'death' }, declaredOn: '2026-03-04' }, by(OFFICER_A, '2026-03-05 09:00'));
    expect(errorCodeOf(noDate)).toBe('DATE_OF_DEATH_REQUIRED');
    claim.recordStageTwo(
      { outcome: { type: 'death' }, declaredOn: '2026-03-04', dateOfDeath: '2026-03-04' },
      by(OFFICER_A, '2026-03-05 09:00'),
    );
    const early = () =>
      claim.completeDocuments(
        { eligibility: ELIGIBLE, provided: [...JKK_BASE_DOCUMENTS, ...SPOUSE_HEIR_DOCUMENTS] },
        by(OFFICER_A, '2026-03-05 11:00'),
      );
    expect(errorCodeOf(early)).toBe('HEIRS_NOT_DETERMINED');
  });

  it('refuses heirs on a claim that is not a death', () => {
    const claim = aReportedAccident();
    claim.recordStageTwo(
      { outcome: { type: 'recovered' }, declaredOn: '2026-03-10' },
      by(OFFICER_A, '2026-03-10 09:00'),
    );
    expect(errorCodeOf(() => claim.recordHeirs(WIDOW_WITH_SON, by(OFFICER_A, '2026-03-10 10:00')))).toBe(
      'HEIRS_ONLY_FOR_DEATH',
    );
  });
});

describe('Claim — guards', () => {
  it('refuses transitions out of order', () => {
    const claim = aReportedAccident();
    const error = domainErrorOf(() =>
      claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(OFFICER_B, '2026-03-03 09:00')),
    );
    expect(error).toMatchObject({
      code: 'CLAIM_TRANSITION_NOT_ALLOWED',
      message:
        "A JKK claim in status 'reported' cannot approve: record stage II first (POST stage-two: the doctor's outcome)",
      details: { status: 'reported', programme: 'JKK' },
    });
    expect(error).toBeInstanceOf(ConflictError);
  });

  it('refuses an incident after the report and a context without actor or zone', () => {
    const future = () =>
      Claim.reportAccident(
        anAccidentReport({ incidentDate: '2026-03-03' }),
        by(OFFICER_A, '2026-03-02 15:00'),
        aClaimPolicy(),
      );
    expect(errorCodeOf(future)).toBe('INCIDENT_IN_FUTURE');
    const noZone = () =>
      Claim.reportAccident(anAccidentReport(), { actor: OFFICER_A, at: '2026-03-02T15:00:00' }, aClaimPolicy());
    expect(errorCodeOf(noZone)).toBe('INSTANT_INVALID');
    const noActor = () =>
      Claim.reportAccident(
        anAccidentReport(),
        { actor: { id: '', roles: [] }, at: '2026-03-02T15:00:00Z' },
        aClaimPolicy(),
      );
    expect(errorCodeOf(noActor)).toBe('ACTOR_REQUIRED');
  });

  it('refuses to verify a claim whose incident is not covered, listing the reasons', () => {
    const claim = aJkmClaim('documents');
    const eligibility = {
      eligible: false,
      reasons: [
        {
          code: 'MONTH_BILLED_UNPAID',
          message: '2026-03 is billed on invoice JRG-7604-202603-01, due 2026-03-16, and not paid yet',
        },
      ],
    };
    const error = domainErrorOf(() =>
      claim.verify({ eligibility, otherClaimsOfWorker: [] }, by(OFFICER_A, '2026-03-12 11:00')),
    );
    expect(error).toMatchObject({
      code: 'CLAIM_NOT_ELIGIBLE',
      message: expect.stringContaining(
        'The incident is not covered: 2026-03 is billed on invoice JRG-7604-202603-01, due 2026-03-16, and not paid yet.',
      ),
    });
  });

  it('starts no payment clock for a claim completed while not covered, and starts it on its verification', () => {
    const { claim } = Claim.reportDeath(
      { claimId: 'claim-jkm-2', tenant: '76.04', worker: WORKER, dateOfDeath: '2026-03-10' },
      by(OFFICER_A, '2026-03-11 09:00'),
      aClaimPolicy(),
    );
    claim.recordHeirs(WIDOW_WITH_SON, by(OFFICER_A, '2026-03-11 10:00'));
    const notCovered = { eligible: false, reasons: [{ code: 'MONTH_BILLED_UNPAID', message: 'unpaid' }] };
    const completed = claim.completeDocuments(
      { eligibility: notCovered, provided: JKM_SPOUSE_DOCUMENTS },
      by(OFFICER_A, '2026-03-12 10:00'),
    );
    expect(completed[0]).toMatchObject({ type: 'DocumentsCompleted', completedOn: '2026-03-12' });
    expect(completed[0]).not.toHaveProperty('paymentDueOn', expect.anything());
    expect(claim.flags('2026-04-30')).toMatchObject({ paymentOverdue: false });

    // Paid later: verified on Wed 18 March, due three working days later.
    claim.verify({ eligibility: ELIGIBLE, otherClaimsOfWorker: [] }, by(OFFICER_A, '2026-03-18 10:00'));
    expect(claim.toSnapshot().documents).toMatchObject({
      completedOn: '2026-03-12',
      clockStartedOn: '2026-03-18',
      paymentDueOn: '2026-03-23',
    });
  });

  it('records a refused verification with its reasons and confirms the death all the same', () => {
    const claim = aJkmClaim('documents');
    const eligibility = {
      eligible: false,
      reasons: [
        {
          code: 'MONTH_BILLED_UNPAID',
          message: '2026-03 is billed on invoice JRG-7604-202603-01, due 2026-03-16, and not paid yet',
        },
      ],
    };
    const events = claim.refuseVerification(
      { eligibility, otherClaimsOfWorker: [] },
      by(OFFICER_A, '2026-03-12 11:00'),
    );
    expect(types(events)).toEqual(['DeathConfirmed']);
    expect(claim.status).toBe('documents-complete');
    expect(claim.toSnapshot().audit.at(-1)).toMatchObject({
      action: 'refuseVerification',
      fromStatus: 'documents-complete',
      toStatus: 'documents-complete',
      reason: 'Verification refused: 2026-03 is billed on invoice JRG-7604-202603-01, due 2026-03-16, and not paid yet',
    });
    // Refused again: the death is confirmed once.
    expect(
      claim.refuseVerification({ eligibility, otherClaimsOfWorker: [] }, by(OFFICER_A, '2026-03-13 11:00')),
    ).toEqual([]);
  });

  it('pays a death once: an open JKK death claim blocks the JKM claim', () => {
    const claim = aJkmClaim('documents');
    const other = {
      claimId: 'claim-jkk-9',
      programme: 'JKK' as const,
      isDeath: true,
      incidentDate: '2026-03-05',
      status: 'assessed' as const,
    };
    const error = domainErrorOf(() =>
      claim.verify({ eligibility: ELIGIBLE, otherClaimsOfWorker: [other] }, by(OFFICER_A, '2026-03-12 11:00')),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error?.code).toBe('DEATH_ALREADY_CLAIMED');
    const rejected = { ...other, status: 'closed' as const, resolution: 'rejected' as const };
    expect(
      types(
        claim.verify({ eligibility: ELIGIBLE, otherClaimsOfWorker: [rejected] }, by(OFFICER_A, '2026-03-12 11:00')),
      ),
    ).toContain('DeathConfirmed');
  });

  it('asks an officer to confirm an account name that does not match, and records who did', () => {
    const claim = aJkmClaim('approved');
    const account = { ...RAHMAWATI_ACCOUNT, holderName: 'RAHMA WATI DG NGAI' };
    expect(errorCodeOf(() => claim.requestPayout({ bankAccount: account }, by(OFFICER_B, '2026-03-13 10:00')))).toBe(
      'ACCOUNT_NAME_NEEDS_CONFIRMATION',
    );
    claim.requestPayout({ bankAccount: account, nameConfirmedBy: 'supervisor-s' }, by(OFFICER_B, '2026-03-13 10:00'));
    expect(claim.toSnapshot().payout?.nameCheck).toMatchObject({
      result: 'needs-manual-confirmation',
      confirmedBy: 'supervisor-s',
    });
  });

  it('gives the same idempotency keys when the payout is rebuilt from a snapshot', () => {
    const first = aJkmClaim('payout')
      .toSnapshot()
      .payout?.lines.map((line) => line.idempotencyKey);
    const second = aJkmClaim('payout')
      .toSnapshot()
      .payout?.lines.map((line) => line.idempotencyKey);
    expect(first).toEqual(second);
  });
});

describe('Claim — rejection and reopening', () => {
  it('rejects with a reason, reopens back to the documents stage and forgets the review', () => {
    const claim = aJkmClaim('verified');
    expect(errorCodeOf(() => claim.reject({ reason: '  ' }, by(OFFICER_A, '2026-03-12 12:00')))).toBe(
      'REASON_REQUIRED',
    );
    expect(
      claim.reject({ reason: 'Death certificate is illegible' }, by(OFFICER_A, '2026-03-12 12:00'))[0],
    ).toMatchObject({
      type: 'ClaimRejected',
      reason: 'Death certificate is illegible',
    });
    expect(claim.reopen({ reason: 'New certificate received' }, by(OFFICER_A, '2026-03-16 09:00'))[0]).toMatchObject({
      type: 'ClaimReopened',
      status: 'heirs-determined',
    });
    const snapshot = claim.toSnapshot();
    expect([snapshot.documents, snapshot.verifiedBy, snapshot.rejection]).toEqual([undefined, undefined, undefined]);
    expect(snapshot.audit.at(-2)).toMatchObject({
      action: 'reject',
      reason: 'Death certificate is illegible',
      toStatus: 'rejected',
    });
  });

  it('closes a rejected claim as rejected; a closed claim cannot reopen', () => {
    const claim = aJkmClaim('documents');
    claim.reject({ reason: 'Not covered' }, by(OFFICER_A, '2026-03-12 12:00'));
    expect(claim.close(by(OFFICER_A, '2026-03-12 13:00'))[0]).toMatchObject({ resolution: 'rejected' });
    expect(errorCodeOf(() => claim.reopen({ reason: 'try again' }, by(OFFICER_A, '2026-03-13 09:00')))).toBe(
      'CLAIM_TRANSITION_NOT_ALLOWED',
    );
  });
});

describe('Claim — rejection that disproves a confirmed death', () => {
  const FORGED = { deathDisproved: true, disproofCode: 'DEATH_CERTIFICATE_FORGED' } as const;

  it.each(['verified', 'assessed'] as const)(
    'retracts the death confirmed to enrolment when rejected from %s with the death disproved',
    (until) => {
      const claim = aJkmClaim(until);
      const events = claim.reject(
        { reason: 'The death certificate is forged', ...FORGED },
        by(OFFICER_B, '2026-03-14 09:00'),
      );
      expect(types(events)).toEqual(['ClaimRejected', 'DeathRetracted']);
      expect(events[1]).toEqual({
        type: 'DeathRetracted',
        claimId: 'claim-jkm-1',
        tenant: '76.04',
        occurredAt: '2026-03-14T09:00:00+08:00',
        actorId: 'officer-b',
        workerId: 'worker-1',
        dateOfDeath: '2026-03-10',
        retractedBy: 'officer-b',
        reasonCode: 'DEATH_CERTIFICATE_FORGED',
      });
      expect(claim.toSnapshot().deathConfirmation).toEqual({
        dateOfDeath: '2026-03-10',
        confirmedBy: 'officer-a',
        confirmedAt: '2026-03-12T11:00:00+08:00',
        retraction: { code: 'DEATH_CERTIFICATE_FORGED', by: 'officer-b', at: '2026-03-14T09:00:00+08:00' },
      });
    },
  );

  it('keeps the death confirmed when the rejection does not disprove it (unpaid month, other programme)', () => {
    const claim = aJkmClaim('verified');
    const events = claim.reject({ reason: 'The month of death was not paid' }, by(OFFICER_A, '2026-03-14 09:00'));
    expect(types(events)).toEqual(['ClaimRejected']);
    expect(claim.toSnapshot().deathConfirmation).toMatchObject({ dateOfDeath: '2026-03-10' });
    expect(claim.toSnapshot().deathConfirmation?.retraction).toBeUndefined();
  });

  it('refuses to disprove a death the claim never confirmed', () => {
    const claim = aJkmClaim('documents');
    expect(
      domainErrorOf(() => claim.reject({ reason: 'Forged', ...FORGED }, by(OFFICER_A, '2026-03-12 12:00'))),
    ).toMatchObject({
      code: 'DEATH_NOT_CONFIRMED',
      field: 'deathDisproved',
    });
    expect(claim.status).toBe('documents-complete');
  });

  it('refuses to disprove an accident claim, which confirms no death', () => {
    const claim = aReportedAccident();
    expect(errorCodeOf(() => claim.reject({ reason: 'Forged', ...FORGED }, by(OFFICER_A, '2026-03-03 12:00')))).toBe(
      'DEATH_NOT_CONFIRMED',
    );
  });

  it('needs a disproof code with the disproof, and none without it', () => {
    const claim = aJkmClaim('verified');
    expect(
      errorCodeOf(() => claim.reject({ reason: 'Forged', deathDisproved: true }, by(OFFICER_A, '2026-03-14 09:00'))),
    ).toBe('DISPROOF_CODE_REQUIRED');
    expect(
      errorCodeOf(() =>
        claim.reject({ reason: 'Unpaid', disproofCode: 'WORKER_FOUND_ALIVE' }, by(OFFICER_A, '2026-03-14 09:00')),
      ),
    ).toBe('DISPROOF_CODE_WITHOUT_DISPROOF');
    expect(claim.status).toBe('verified');
  });

  it('retracts once: a death rejected without disproof may be disproved after reopening, and not twice', () => {
    const claim = aJkmClaim('verified');
    claim.reject({ reason: 'Heirs disputed' }, by(OFFICER_A, '2026-03-13 09:00'));
    claim.reopen({ reason: 'Look again' }, by(OFFICER_A, '2026-03-14 09:00'));
    expect(
      types(
        claim.reject(
          { reason: 'Seen alive', deathDisproved: true, disproofCode: 'WORKER_FOUND_ALIVE' },
          by(OFFICER_A, '2026-03-15 09:00'),
        ),
      ),
    ).toEqual(['ClaimRejected', 'DeathRetracted']);
    claim.reopen({ reason: 'Look again' }, by(OFFICER_A, '2026-03-16 09:00'));
    expect(errorCodeOf(() => claim.reject({ reason: 'Again', ...FORGED }, by(OFFICER_A, '2026-03-17 09:00')))).toBe(
      'DEATH_NOT_CONFIRMED',
    );
  });

  it('keeps the confirmed death across a re-classification, so it can still be disproved', () => {
    const claim = aJkmClaim('verified');
    claim.reclassify(
      { to: 'JKK', reason: 'Died at work', circumstances: { category: 'at-work', trafficAccident: false } },
      by(SUPERVISOR, '2026-03-13 09:00'),
    );
    expect(types(claim.reject({ reason: 'Forged', ...FORGED }, by(OFFICER_A, '2026-03-14 09:00')))).toEqual([
      'ClaimRejected',
      'DeathRetracted',
    ]);
  });
});

describe('Claim — re-classification between JKK death and JKM', () => {
  it('moves a JKK death to JKM keeping heirs and history, and starts documents again', () => {
    const claim = aReportedAccident();
    claim.recordStageTwo(
      { outcome: { type: 'death' }, declaredOn: '2026-03-04', dateOfDeath: '2026-03-04' },
      by(OFFICER_A, '2026-03-05 09:00'),
    );
    claim.recordHeirs(WIDOW_WITH_SON, by(OFFICER_A, '2026-03-05 10:00'));
    claim.completeDocuments(
      { eligibility: ELIGIBLE, provided: [...JKK_BASE_DOCUMENTS, ...SPOUSE_HEIR_DOCUMENTS] },
      by(OFFICER_A, '2026-03-05 11:00'),
    );

    const events = claim.reclassify(
      { to: 'JKM', reason: 'Heart attack at home, not a work accident' },
      by(SUPERVISOR, '2026-03-20 09:00'),
    );
    expect(events).toEqual([expect.objectContaining({ type: 'ClaimReclassified', from: 'JKK', to: 'JKM' })]);
    const snapshot = claim.toSnapshot();
    expect(snapshot).toMatchObject({
      programme: 'JKM',
      status: 'heirs-determined',
      incidentDate: '2026-03-04',
      dateOfDeath: '2026-03-04',
    });
    expect(snapshot.heirs?.payee.payee.id).toBe('rahma');
    expect(snapshot.documents).toBeUndefined();
    expect(snapshot.programmeHistory).toEqual([
      {
        from: 'JKK',
        to: 'JKM',
        reason: 'Heart attack at home, not a work accident',
        by: 'supervisor-s',
        at: '2026-03-20T09:00:00+08:00',
      },
    ]);
    expect(snapshot.audit.at(-1)).toMatchObject({
      action: 'reclassify',
      fromStatus: 'documents-complete',
      toStatus: 'heirs-determined',
    });
  });

  it('moves a JKM death to JKK with the circumstances of the accident', () => {
    const claim = aJkmClaim('heirs');
    expect(
      errorCodeOf(() =>
        claim.reclassify({ to: 'JKK', reason: 'Fell from a roof at work' }, by(OFFICER_A, '2026-03-12 09:00')),
      ),
    ).toBe('CIRCUMSTANCES_INVALID');
    claim.reclassify(
      {
        to: 'JKK',
        reason: 'Fell from a roof at work',
        accidentDate: '2026-03-08',
        circumstances: { category: 'at-work', trafficAccident: false },
      },
      by(OFFICER_A, '2026-03-12 09:00'),
    );
    expect(claim.toSnapshot()).toMatchObject({
      programme: 'JKK',
      status: 'stage-ii-recorded',
      incidentDate: '2026-03-08',
      outcome: { details: { type: 'death' }, declaredOn: '2026-03-10' },
    });
  });

  it('refuses to re-classify a claim that is not a death, or one already approved', () => {
    const injury = aReportedAccident();
    expect(errorCodeOf(() => injury.reclassify({ to: 'JKM', reason: 'x' }, by(OFFICER_A, '2026-03-03 09:00')))).toBe(
      'RECLASSIFY_ONLY_DEATH',
    );
    const approved = aJkmClaim('approved');
    const late = () =>
      approved.reclassify(
        { to: 'JKK', reason: 'x', circumstances: { category: 'at-work', trafficAccident: false } },
        by(OFFICER_A, '2026-03-14 09:00'),
      );
    expect(errorCodeOf(late)).toBe('CLAIM_TRANSITION_NOT_ALLOWED');
  });
});

describe('Claim — no heir', () => {
  it('pays only the funeral costs to the funeral arranger and records the rest as not payable', () => {
    const claim = aJkmClaim('reported');
    claim.recordHeirs(
      {
        familyMembers: [],
        documents: { funeralArranger: { id: 'imam', name: 'Imam Masjid Nurul Huda' } },
        payee: { payeeId: 'imam' },
      },
      by(OFFICER_A, '2026-03-11 10:00'),
    );
    claim.completeDocuments(
      {
        eligibility: ELIGIBLE,
        provided: ['KTP_DECEASED', 'DEATH_CERTIFICATE', 'FUNERAL_ARRANGER_STATEMENT', 'PAYEE_SAVINGS_BOOK'],
      },
      by(OFFICER_A, '2026-03-12 10:00'),
    );
    claim.verify({ eligibility: ELIGIBLE, otherClaimsOfWorker: [] }, by(OFFICER_A, '2026-03-12 11:00'));
    const [assessed] = claim.assess(MINIMUM_INCOME_ASSESSMENT, by(OFFICER_A, '2026-03-12 11:30'));
    expect(assessed).toMatchObject({ payableTotal: 10_000_000, notPayableTotal: 32_000_000 });

    claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(OFFICER_B, '2026-03-13 09:00'));
    const [payout] = claim.requestPayout(
      { bankAccount: { bankCode: 'BSI', accountNumber: '77', holderName: 'IMAM MASJID NURUL HUDA' } },
      by(OFFICER_B, '2026-03-13 10:00'),
    );
    expect(payout).toMatchObject({
      payeeId: 'imam',
      total: 10_000_000,
      lines: [expect.objectContaining({ code: 'JKM_FUNERAL' })],
    });
  });
});

describe('Claim — snapshots', () => {
  it('rehydrates to an equal claim, and a snapshot is a copy', () => {
    const claim = aJkmClaim('assessed');
    const snapshot = claim.toSnapshot();
    const again = Claim.rehydrate(snapshot, aClaimPolicy());
    expect(again.toSnapshot()).toEqual(snapshot);

    snapshot.status = 'closed';
    expect(claim.status).toBe('assessed');
    expect(
      again.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(OFFICER_B, '2026-03-13 09:00'))[0]?.type,
    ).toBe('ClaimApproved');
  });

  it('summarises itself for the one-death and one-accident checks of other claims', () => {
    expect(aJkmClaim('verified').summary()).toEqual({
      claimId: 'claim-jkm-1',
      programme: 'JKM',
      isDeath: true,
      incidentDate: '2026-03-10',
      status: 'verified',
      resolution: undefined,
      confirmedDateOfDeath: '2026-03-10',
    });
  });
});

describe('Claim — a transfer the bank refused', () => {
  const CORRECTED_ACCOUNT = { bankCode: 'BNI', accountNumber: '9876543210', holderName: 'RAHMAWATI' };

  function keyOf(claim: Claim, code: string): string {
    return claim.toSnapshot().payout!.lines.find((line) => line.code === code)!.idempotencyKey;
  }

  function aRefusedLumpSum(): Claim {
    const claim = aJkmClaim('payout');
    claim.recordTransferRefused(
      { idempotencyKey: keyOf(claim, 'JKM_LUMP_SUM'), reason: 'ACCOUNT_CLOSED' },
      by(OFFICER_B, '2026-03-13 10:05'),
    );
    return claim;
  }

  it('shows the refusal on the line with its reason code and keeps the claim open for a corrected account', () => {
    const claim = aJkmClaim('payout');
    expect(claim.acceptsPayoutAccount).toBe(false);
    const events = claim.recordTransferRefused(
      { idempotencyKey: keyOf(claim, 'JKM_LUMP_SUM'), reason: 'ACCOUNT_CLOSED' },
      by(OFFICER_B, '2026-03-13 10:05'),
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'PayoutTransferRefused',
        componentCode: 'JKM_LUMP_SUM',
        reason: 'ACCOUNT_CLOSED',
      }),
    ]);
    const snapshot = claim.toSnapshot();
    expect(snapshot.status).toBe('payout-requested');
    expect(snapshot.payout!.lines.map((line) => [line.code, line.rejection?.reason])).toEqual([
      ['JKM_LUMP_SUM', 'ACCOUNT_CLOSED'],
      ['JKM_PERIODIC_BENEFIT', undefined],
      ['JKM_FUNERAL', undefined],
    ]);
    expect(snapshot.audit.at(-1)).toMatchObject({
      action: 'recordTransferRefused',
      fromStatus: 'payout-requested',
      toStatus: 'payout-requested',
      reason: expect.stringContaining('ACCOUNT_CLOSED'),
    });
    expect(claim.hasRefusedTransfer).toBe(true);
    expect(claim.acceptsPayoutAccount).toBe(true);
  });

  it('keeps only a reason code: free text from the bank (which may name the payee) is not recorded', () => {
    const claim = aJkmClaim('payout');
    const [event] = claim.recordTransferRefused(
      { idempotencyKey: keyOf(claim, 'JKM_FUNERAL'), reason: 'Rekening a.n. RAHMAWATI ditutup' },
      by(OFFICER_B, '2026-03-13 10:05'),
    );
    expect(event).toMatchObject({ reason: 'BANK_REJECTED' });
    expect(JSON.stringify(claim.toSnapshot().audit)).not.toContain('ditutup');
  });

  it('refuses an unknown transfer, and cannot mark the claim paid while a transfer stands refused', () => {
    const claim = aJkmClaim('payout');
    expect(
      errorCodeOf(() =>
        claim.recordTransferRefused(
          { idempotencyKey: 'f'.repeat(64), reason: 'ACCOUNT_CLOSED' },
          by(OFFICER_B, '2026-03-13 10:05'),
        ),
      ),
    ).toBe('PAYOUT_TRANSFER_UNKNOWN');
    const refused = aRefusedLumpSum();
    expect(errorCodeOf(() => refused.markPaid({ paidOn: '2026-03-13' }, by(OFFICER_B, '2026-03-13 14:00')))).toBe(
      'PAYOUT_TRANSFER_REFUSED',
    );
  });

  it('sends only the refused line again, to the corrected account and under a new idempotency key', () => {
    const claim = aRefusedLumpSum();
    const before = claim.toSnapshot().payout!;
    const events = claim.redirectRefusedPayout({ bankAccount: CORRECTED_ACCOUNT }, by(OFFICER_A, '2026-03-13 11:00'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'PayoutRequested',
      payeeId: 'rahma',
      bankCode: 'BNI',
      accountNumber: '9876543210',
      total: 20_000_000,
      lines: [expect.objectContaining({ code: 'JKM_LUMP_SUM', amount: 20_000_000, attempt: 2 })],
    });
    const resent = events[0]?.type === 'PayoutRequested' ? events[0].lines[0]! : undefined;
    expect(resent?.idempotencyKey).toMatch(/^[0-9a-f]{64}$/);
    expect(resent?.idempotencyKey).not.toBe(before.lines[0]!.idempotencyKey);
    expect(resent?.idempotencyKey).toBe(
      payoutIdempotencyKey({ claimId: 'claim-jkm-1', payeeId: 'rahma', componentCode: 'JKM_LUMP_SUM', attempt: 2 }),
    );

    const after = claim.toSnapshot().payout!;
    // The lines not refused keep their keys: they are paid (or in flight) and are never ordered again.
    expect(after.lines.slice(1)).toEqual(before.lines.slice(1));
    expect(after.lines[0]!.rejection).toBeUndefined();
    expect(after.bankAccount).toEqual(CORRECTED_ACCOUNT);
    expect(after.total).toBe(42_000_000);
    expect(after.refusedTransfers).toEqual([
      expect.objectContaining({
        code: 'JKM_LUMP_SUM',
        idempotencyKey: before.lines[0]!.idempotencyKey,
        attempt: 1,
        reason: 'ACCOUNT_CLOSED',
      }),
    ]);
    expect(claim.hasRefusedTransfer).toBe(false);
    expect(claim.acceptsPayoutAccount).toBe(false);
    expect(claim.currentTransferKeys).toEqual(after.lines.map((line) => line.idempotencyKey));
    expect(types(claim.markPaid({ paidOn: '2026-03-16' }, by(OFFICER_B, '2026-03-16 14:00')))).toEqual(['ClaimPaid']);
  });

  it('refuses a redirect when no transfer was refused, and an account name that needs an officer', () => {
    expect(
      errorCodeOf(() =>
        aJkmClaim('payout').redirectRefusedPayout(
          { bankAccount: CORRECTED_ACCOUNT },
          by(OFFICER_A, '2026-03-13 11:00'),
        ),
      ),
    ).toBe('NO_REFUSED_TRANSFER');
    expect(
      errorCodeOf(() =>
        aRefusedLumpSum().redirectRefusedPayout(
          { bankAccount: { ...CORRECTED_ACCOUNT, holderName: 'HASNAH' } },
          by(OFFICER_A, '2026-03-13 11:00'),
        ),
      ),
    ).toBe('ACCOUNT_NAME_NEEDS_CONFIRMATION');
  });

  it('counts attempts on: a second refusal is sent a third time under yet another key', () => {
    const claim = aRefusedLumpSum();
    const [second] = claim.redirectRefusedPayout({ bankAccount: CORRECTED_ACCOUNT }, by(OFFICER_A, '2026-03-13 11:00'));
    const secondKey = second?.type === 'PayoutRequested' ? second.lines[0]!.idempotencyKey : '';
    claim.recordTransferRefused(
      { idempotencyKey: secondKey, reason: 'ACCOUNT_DORMANT' },
      by(OFFICER_B, '2026-03-13 11:05'),
    );
    const [third] = claim.redirectRefusedPayout(
      { bankAccount: { ...CORRECTED_ACCOUNT, accountNumber: '1111111111' } },
      by(OFFICER_A, '2026-03-13 12:00'),
    );
    const thirdLine = third?.type === 'PayoutRequested' ? third.lines[0] : undefined;
    expect(thirdLine).toMatchObject({ attempt: 3 });
    expect(new Set([keyOf(aJkmClaim('payout'), 'JKM_LUMP_SUM'), secondKey, thirdLine?.idempotencyKey]).size).toBe(3);
    expect(claim.toSnapshot().payout!.refusedTransfers!.map((refusal) => [refusal.attempt, refusal.reason])).toEqual([
      [1, 'ACCOUNT_CLOSED'],
      [2, 'ACCOUNT_DORMANT'],
    ]);
  });

  it('sends a refused late-payment compensation again once the claim is paid, and closes only after that', () => {
    const claim = aJkmClaim('payout');
    const [, requested] = claim.markPaid({ paidOn: '2026-03-19' }, by(OFFICER_B, '2026-03-19 14:00'));
    const compensationKey = requested?.type === 'LatePaymentCompensationRequested' ? requested.line.idempotencyKey : '';
    claim.recordTransferRefused(
      { idempotencyKey: compensationKey, reason: 'ACCOUNT_CLOSED' },
      by(OFFICER_B, '2026-03-19 14:05'),
    );
    expect(claim.status).toBe('paid');
    expect(claim.acceptsPayoutAccount).toBe(true);
    expect(errorCodeOf(() => claim.close(by(OFFICER_B, '2026-03-19 15:00')))).toBe('PAYOUT_TRANSFER_REFUSED');

    const events = claim.redirectRefusedPayout({ bankAccount: CORRECTED_ACCOUNT }, by(OFFICER_A, '2026-03-20 09:00'));
    expect(events).toEqual([
      expect.objectContaining({
        type: 'LatePaymentCompensationRequested',
        daysLate: 2,
        line: expect.objectContaining({ code: 'LATE_PAYMENT_COMPENSATION', amount: 840_000, attempt: 2 }),
      }),
    ]);
    const line = events[0]?.type === 'LatePaymentCompensationRequested' ? events[0].line : undefined;
    expect(line?.idempotencyKey).not.toBe(compensationKey);
    expect(claim.toSnapshot().lateCompensation).toEqual(line);
    expect(types(claim.close(by(OFFICER_B, '2026-03-20 10:00')))).toEqual(['ClaimClosed']);
  });
});

describe('Claim — the 5-year JKK expiry (RULES.md §2)', () => {
  /** An accident on 2 Jan 2021 reported on `reportedOn`, taken to an assessed one-eye benefit. */
  function anAssessedAccident(reportedOn: string): Claim {
    const claim = Claim.reportAccident(
      anAccidentReport({ incidentDate: '2021-01-02' }),
      by(OFFICER_A, `${reportedOn} 09:00`),
      aClaimPolicy(),
    ).claim;
    claim.recordStageTwo(
      { outcome: { type: 'partial-disability', tableItems: ['EYE_ONE'] }, declaredOn: reportedOn },
      by(OFFICER_A, `${reportedOn} 10:00`),
    );
    claim.completeDocuments(
      { eligibility: ELIGIBLE, provided: JKK_BASE_DOCUMENTS },
      by(OFFICER_A, `${reportedOn} 11:00`),
    );
    claim.verify({ eligibility: ELIGIBLE, otherClaimsOfWorker: [] }, by(OFFICER_A, `${reportedOn} 12:00`));
    claim.assess({ declaredMonthlyIncome: 1_000_000, contributionMonths: 6 }, by(OFFICER_A, `${reportedOn} 13:00`));
    return claim;
  }

  it('blocks the approval of a claim reported more than 5 years after the accident', () => {
    const claim = anAssessedAccident('2026-01-05');
    expect(claim.flags('2026-01-05').claimExpired).toBe(true);
    const refused = domainErrorOf(() =>
      claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(OFFICER_B, '2026-01-06 09:00')),
    );
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused).toMatchObject({ code: 'JKK_CLAIM_EXPIRED', message: expect.stringContaining('RULES.md §2') });
    expect(claim.status).toBe('assessed');
  });

  it('lets a supervisor override it with a recorded reason, after which it is approved and paid', () => {
    const claim = anAssessedAccident('2026-01-05');
    expect(
      errorCodeOf(() => claim.overrideExpiry({ reason: 'late diagnosis' }, by(OFFICER_B, '2026-01-06 08:00'))),
    ).toBe('SUPERVISOR_OVERRIDE_REQUIRED');
    expect(errorCodeOf(() => claim.overrideExpiry({ reason: ' ' }, by(SUPERVISOR, '2026-01-06 08:00')))).toBe(
      'REASON_REQUIRED',
    );

    claim.overrideExpiry(
      { reason: 'Occupational disease diagnosed in 2025; the claim could not be made earlier' },
      by(SUPERVISOR, '2026-01-06 08:30'),
    );
    expect(claim.toSnapshot().expiryOverride).toEqual({
      reason: 'Occupational disease diagnosed in 2025; the claim could not be made earlier',
      by: SUPERVISOR.id,
      at: '2026-01-06T08:30:00+08:00',
    });
    expect(claim.toSnapshot().audit.at(-1)).toMatchObject({
      action: 'overrideExpiry',
      actorId: SUPERVISOR.id,
      fromStatus: 'assessed',
      toStatus: 'assessed',
      reason: expect.stringContaining('Occupational disease'),
    });
    claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(OFFICER_B, '2026-01-06 09:00'));
    const [payout] = claim.requestPayout(
      { bankAccount: { bankCode: 'BRI', accountNumber: '555', holderName: 'SITI AMINAH' } },
      by(OFFICER_B, '2026-01-06 10:00'),
    );
    expect(payout).toMatchObject({ type: 'PayoutRequested', total: 28_000_000 });
  });

  it('has nothing to override on a claim reported within 5 years, nor on JKM', () => {
    const onTime = anAssessedAccident('2025-12-30');
    expect(onTime.flags('2025-12-30').claimExpired).toBe(false);
    expect(
      errorCodeOf(() => onTime.overrideExpiry({ reason: 'just in case' }, by(SUPERVISOR, '2026-01-02 08:00'))),
    ).toBe('CLAIM_NOT_EXPIRED');
    expect(
      errorCodeOf(() => aJkmClaim('assessed').overrideExpiry({ reason: 'x' }, by(SUPERVISOR, '2026-03-12 12:00'))),
    ).toBe('CLAIM_TRANSITION_NOT_ALLOWED');
  });
});
