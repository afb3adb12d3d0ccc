import { payoutIdempotencyKey } from '../payout/payout-idempotency.rules';
import { domainErrorOf, errorCodeOf } from '../testing/domain-error.helper';
import {
  aClaimPolicy,
  anAccidentReport,
  anAssessedAccidentWithCare,
  by,
  ELIGIBLE,
  JKK_BASE_DOCUMENTS,
  MINIMUM_INCOME_ASSESSMENT,
  OFFICER_A,
  OFFICER_B,
  RSUD,
  RSUD_INVOICE,
  SUPERVISOR,
} from '../testing/claim.builders';
import type { OutcomeInput } from '../benefits/benefit.types';
import { Claim } from './claim.aggregate';
import type { ClaimEvent, PayoutRequested } from './claim.events';

const WORKER_ACCOUNT = { bankCode: '002', accountNumber: '0123456789', holderName: 'SITI AMINAH' };

const ONE_MONTH_OFF_WORK: OutcomeInput = { type: 'temporary-disability', inabilityMonths: 1 };

function approved(claim: Claim, approver = OFFICER_B): Claim {
  claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(approver, '2026-03-11 09:00'));
  return claim;
}

function payoutEvents(events: ClaimEvent[]): PayoutRequested[] {
  return events.filter((event): event is PayoutRequested => event.type === 'PayoutRequested');
}

describe('Claim — care at a partner facility, paid to the facility', () => {
  it('assesses the invoice on its own line for the facility, uncapped, beside the worker’s cash benefit', () => {
    const assessment = anAssessedAccidentWithCare(ONE_MONTH_OFF_WORK).toSnapshot().assessment!;
    expect(assessment.payable).toEqual([
      expect.objectContaining({ code: 'JKK_STMB_FULL_RATE', amount: 1_000_000 }),
      expect.objectContaining({
        code: 'JKK_PARTNER_FACILITY_CARE',
        amount: 35_000_000,
        payee: { kind: 'partner-facility', facilityCode: 'PLKK-7604-001' },
        invoiceReferences: ['INV/RSUD/0113'],
        rule: expect.stringContaining('RULES.md §2'),
      }),
    ]);
    expect(assessment.payableTotal).toBe(36_000_000);
  });

  it('approves all lines together: the facility’s care counts towards the supervisor threshold', () => {
    const claim = anAssessedAccidentWithCare(ONE_MONTH_OFF_WORK, [{ ...RSUD_INVOICE, amount: 60_000_000 }]);
    expect(
      errorCodeOf(() =>
        claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(OFFICER_B, '2026-03-11 09:00')),
      ),
    ).toBe('SUPERVISOR_APPROVAL_REQUIRED');
    approved(claim, SUPERVISOR);
    expect(claim.status).toBe('approved');
  });

  it('requests one payout per payee: the worker’s line to the worker, the facility’s to the register’s account', () => {
    const claim = approved(anAssessedAccidentWithCare(ONE_MONTH_OFF_WORK));
    expect(claim.needsPayeeAccount).toBe(true);
    expect(claim.facilityCodes).toEqual(['PLKK-7604-001']);
    const events = payoutEvents(
      claim.requestPayout({ bankAccount: WORKER_ACCOUNT, facilities: [RSUD] }, by(OFFICER_B, '2026-03-11 10:00')),
    );
    expect(events).toEqual([
      expect.objectContaining({ payeeId: 'worker-1', bankCode: '002', total: 1_000_000 }),
      expect.objectContaining({
        payeeId: 'facility:PLKK-7604-001',
        payeeName: 'RSUD Polewali Mandar',
        facilityCode: 'PLKK-7604-001',
        bankCode: '126',
        accountNumber: '1260010000001',
        total: 35_000_000,
      }),
    ]);
    const facilityLine = events[1].lines[0];
    expect(facilityLine).toMatchObject({ code: 'JKK_PARTNER_FACILITY_CARE', facility: RSUD });
    expect(facilityLine.idempotencyKey).toBe(
      payoutIdempotencyKey({
        claimId: 'claim-jkk-1',
        payeeId: 'facility:PLKK-7604-001',
        componentCode: 'JKK_PARTNER_FACILITY_CARE',
      }),
    );
    expect(facilityLine.idempotencyKey).not.toBe(events[0].lines[0].idempotencyKey);
    expect(claim.toSnapshot().payout).toMatchObject({ total: 36_000_000, bankAccount: WORKER_ACCOUNT });
  });

  it('pays a claim of facility care only without any account of the worker', () => {
    const claim = approved(anAssessedAccidentWithCare({ type: 'recovered' }));
    expect(claim.needsPayeeAccount).toBe(false);
    const events = payoutEvents(claim.requestPayout({ facilities: [RSUD] }, by(OFFICER_B, '2026-03-11 10:00')));
    expect(events).toEqual([expect.objectContaining({ payeeId: 'facility:PLKK-7604-001', total: 35_000_000 })]);
    expect(claim.toSnapshot().payout!.bankAccount).toBeUndefined();
  });

  it('refuses to pay a facility the register does not list, and a worker’s line without the worker’s account', () => {
    const claim = approved(anAssessedAccidentWithCare(ONE_MONTH_OFF_WORK));
    expect(
      errorCodeOf(() => claim.requestPayout({ bankAccount: WORKER_ACCOUNT }, by(OFFICER_B, '2026-03-11 10:00'))),
    ).toBe('PARTNER_FACILITY_NOT_REGISTERED');
    expect(
      domainErrorOf(() => claim.requestPayout({ facilities: [RSUD] }, by(OFFICER_B, '2026-03-11 10:00'))),
    ).toMatchObject({ code: 'BANK_ACCOUNT_INVALID' });
    expect(claim.status).toBe('approved');
  });

  it('owes late-payment compensation on the worker’s cash only, dated by the worker’s transfer', () => {
    // Complete on Tue 10 Mar: 7 working days → due Thu 19 Mar. The worker's transfer lands Sat 21 Mar
    // (2 calendar days late), the facility's a day later: that day is not the worker's.
    const claim = approved(anAssessedAccidentWithCare(ONE_MONTH_OFF_WORK));
    claim.requestPayout({ bankAccount: WORKER_ACCOUNT, facilities: [RSUD] }, by(OFFICER_B, '2026-03-11 10:00'));
    const onTime = claim.toSnapshot().documents!.paymentDueOn!;
    expect(onTime).toBe('2026-03-19');
    const events = claim.markPaid(
      { paidOn: '2026-03-22', payeePaidOn: '2026-03-21' },
      by(OFFICER_B, '2026-03-22 14:00'),
    );
    expect(events).toEqual([
      expect.objectContaining({ type: 'ClaimPaid', paidOn: '2026-03-22', total: 36_000_000 }),
      expect.objectContaining({
        type: 'LatePaymentCompensationRequested',
        payeeId: 'worker-1',
        daysLate: 2,
        line: expect.objectContaining({ amount: 20_000 }), // 2 × 1% of Rp1,000,000, nothing on the Rp35,000,000 invoice
      }),
    ]);
  });

  it('owes no compensation on a claim of facility care only', () => {
    const claim = approved(anAssessedAccidentWithCare({ type: 'recovered' }));
    claim.requestPayout({ facilities: [RSUD] }, by(OFFICER_B, '2026-03-11 10:00'));
    expect(
      claim.markPaid({ paidOn: '2026-03-25' }, by(OFFICER_B, '2026-03-25 14:00')).map((event) => event.type),
    ).toEqual(['ClaimPaid']);
  });

  it('never sends a refused facility line to the worker’s account; only to a corrected register account', () => {
    const claim = approved(anAssessedAccidentWithCare(ONE_MONTH_OFF_WORK));
    claim.requestPayout({ bankAccount: WORKER_ACCOUNT, facilities: [RSUD] }, by(OFFICER_B, '2026-03-11 10:00'));
    const refusedKey = claim.toSnapshot().payout!.lines[1].idempotencyKey;
    const [refusal] = claim.recordTransferRefused(
      { idempotencyKey: refusedKey, reason: 'ACCOUNT_CLOSED' },
      by(OFFICER_B, '2026-03-11 10:05'),
    );
    expect(refusal).toMatchObject({ payeeId: 'facility:PLKK-7604-001' });
    expect(claim.needsPayeeAccount).toBe(false);

    // The register still has the refused account: nothing is sent, nothing is recorded.
    const auditLength = claim.toSnapshot().audit.length;
    expect(claim.redirectRefusedPayout({ facilities: [RSUD] }, by(OFFICER_B, '2026-03-11 11:00'))).toEqual([]);
    expect(claim.toSnapshot().audit).toHaveLength(auditLength);

    const corrected = { ...RSUD, bankAccount: { ...RSUD.bankAccount, accountNumber: '1260010000099' } };
    const events = payoutEvents(
      claim.redirectRefusedPayout(
        { bankAccount: WORKER_ACCOUNT, facilities: [corrected] },
        by(OFFICER_B, '2026-03-12 09:00'),
      ),
    );
    expect(events).toEqual([
      expect.objectContaining({ payeeId: 'facility:PLKK-7604-001', accountNumber: '1260010000099', total: 35_000_000 }),
    ]);
    const resent = claim.toSnapshot().payout!.lines[1];
    expect(resent).toMatchObject({ attempt: 2, facility: corrected });
    expect(resent.idempotencyKey).not.toBe(refusedKey);
    expect(claim.toSnapshot().payout!.lines[0].rejection).toBeUndefined();
    expect(claim.hasRefusedTransfer).toBe(false);
  });

  it('needs the facility’s invoice among the documents, declared before it is assessed', () => {
    const { claim } = Claim.reportAccident(anAccidentReport(), by(OFFICER_A, '2026-03-02 15:00'), aClaimPolicy());
    claim.recordStageTwo(
      { outcome: { type: 'recovered' }, declaredOn: '2026-03-09' },
      by(OFFICER_A, '2026-03-09 09:00'),
    );
    const withoutInvoice = () =>
      claim.completeDocuments(
        { eligibility: ELIGIBLE, provided: JKK_BASE_DOCUMENTS, reimbursementsClaimed: ['partner-facility-care'] },
        by(OFFICER_A, '2026-03-10 10:00'),
      );
    expect(errorCodeOf(withoutInvoice)).toBe('DOCUMENTS_MISSING');
    claim.completeDocuments({ eligibility: ELIGIBLE, provided: JKK_BASE_DOCUMENTS }, by(OFFICER_A, '2026-03-10 10:00'));
    claim.verify({ eligibility: ELIGIBLE, otherClaimsOfWorker: [] }, by(OFFICER_A, '2026-03-10 11:00'));
    expect(
      domainErrorOf(() =>
        claim.assess({ ...MINIMUM_INCOME_ASSESSMENT, partnerCare: [RSUD_INVOICE] }, by(OFFICER_A, '2026-03-10 12:00')),
      ),
    ).toMatchObject({ code: 'REIMBURSEMENT_WITHOUT_RECEIPTS', field: 'partnerCare' });
  });
});
