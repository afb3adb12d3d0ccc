import { matchAccountHolderName, type EligibilityResult } from '../../domain';
import {
  aJkmClaim,
  anAssessedAccidentWithCare,
  by,
  ELIGIBLE,
  OFFICER_B,
  RSUD,
} from '../../domain/testing/claim.builders';
import type { ClaimRecord } from '../ports/claim.store';
import type { PayoutAccountRecord } from '../shared/claim-record';
import { blockedByOf } from './blocked-by';

const NOT_PAID: EligibilityResult = {
  eligible: false,
  reasons: [
    {
      code: 'MONTH_BILLED_UNPAID',
      message: '2026-03 is billed on invoice JRG-7604-202603-01, due 2026-03-16, and not paid yet',
    },
  ],
};

function recordOf(until: Parameters<typeof aJkmClaim>[0], payoutAccount?: PayoutAccountRecord): ClaimRecord {
  return {
    snapshot: aJkmClaim(until).toSnapshot(),
    details: {
      report: { kind: 'death', causeOfDeath: 'stroke', deathCertificateNumber: 'KM-1', reporter: { name: 'Rahma' } },
      documentsReceived: [],
      ...(payoutAccount ? { payoutAccount } : {}),
    },
    version: 1,
  };
}

function widowsAccount(overrides: Partial<PayoutAccountRecord> = {}): PayoutAccountRecord {
  return {
    bankCode: '002',
    accountNumber: '0123456789',
    holderName: 'RAHMAWATI',
    payee: { id: 'rahma', name: 'Rahmawati' },
    source: 'officer',
    setBy: 'officer-a',
    setAt: '2026-03-13T02:00:00.000Z',
    nameCheck: matchAccountHolderName('Rahmawati', 'RAHMAWATI'),
    ...overrides,
  };
}

describe('blockedByOf', () => {
  it('names a missing account of an approved claim, since the approval, cleared by claims staff', () => {
    const record = recordOf('approved');
    const approvedAt = record.snapshot.audit.at(-1)!.at;
    expect(blockedByOf(record, ELIGIBLE)).toMatchObject({
      code: 'PAYOUT_ACCOUNT_MISSING',
      since: approvedAt,
      clearedBy: ['claims-officer', 'claims-supervisor'],
    });
  });

  it('names the second officer an account entered after approval waits for, and who may not confirm it', () => {
    expect(blockedByOf(recordOf('approved', widowsAccount({ enteredAfterApproval: true })), ELIGIBLE)).toMatchObject({
      code: 'ACCOUNT_NEEDS_SECOND_OFFICER',
      since: '2026-03-13T02:00:00.000Z',
      notActor: 'officer-a',
    });
  });

  it('names an incident not covered on a complete claim, for finance and claims, and nothing once covered', () => {
    const complete = recordOf('documents');
    expect(blockedByOf(complete, NOT_PAID)).toMatchObject({
      code: 'CLAIM_NOT_ELIGIBLE',
      since: complete.snapshot.audit.at(-1)!.at,
      clearedBy: ['finance', 'claims-officer'],
      action: expect.stringContaining('verify again'),
    });
    expect(blockedByOf(complete, ELIGIBLE)).toBeUndefined();
  });

  it('says nothing while only the next step of the claim is due', () => {
    expect(blockedByOf(recordOf('heirs'), NOT_PAID)).toBeUndefined();
    expect(blockedByOf(recordOf('assessed'), ELIGIBLE)).toBeUndefined();
  });

  it('does not wait for the worker’s account when every line goes to a partner facility', () => {
    const claim = anAssessedAccidentWithCare({ type: 'recovered' });
    claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(OFFICER_B, '2026-03-11 09:00'));
    const record: ClaimRecord = { ...recordOf('approved'), snapshot: claim.toSnapshot() };
    expect(blockedByOf(record, ELIGIBLE)).toBeUndefined();
  });

  it('names a refused facility transfer, for the operator of the register, never an officer’s account', () => {
    const claim = anAssessedAccidentWithCare({ type: 'recovered' });
    claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(OFFICER_B, '2026-03-11 09:00'));
    claim.requestPayout({ facilities: [RSUD] }, by(OFFICER_B, '2026-03-11 10:00'));
    const [line] = claim.toSnapshot().payout!.lines;
    claim.recordTransferRefused(
      { idempotencyKey: line.idempotencyKey, reason: 'ACCOUNT_CLOSED' },
      by(OFFICER_B, '2026-03-11 10:05'),
    );
    const record: ClaimRecord = { ...recordOf('approved'), snapshot: claim.toSnapshot() };
    expect(blockedByOf(record, ELIGIBLE)).toEqual({
      code: 'FACILITY_ACCOUNT_REFUSED_BY_BANK',
      since: '2026-03-11T10:05:00+08:00',
      clearedBy: ['operator'],
      action: expect.stringContaining('PARTNER_FACILITIES_FILE'),
    });
  });
});
