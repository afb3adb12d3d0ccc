import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_WEBHOOK_SECRET, signWebhook, WEBHOOK_SIGNATURE_HEADER } from '@jaring/kernel';
import { waitFor } from '../../../test/support/test-environment';
import { aMember, ClaimsTestApp, localDate, OFFICERS, type MemberBuilder } from './support/claims-test-app';

/** The example register shipped with the service: RSUD Polewali Mandar is PLKK-7604-001, paid at bank 126. */
const REGISTER = join(__dirname, '../seed/partner-facilities.example.csv');
const RSUD = {
  payeeId: 'facility:PLKK-7604-001',
  payeeName: 'RSUD Polewali Mandar (example)',
  bankAccount: { bankCode: '126', accountNumber: '1260010000001', holderName: 'RSUD POLEWALI MANDAR' },
};
const RSUD_INVOICE = { facilityCode: 'PLKK-7604-001', amount: 35_000_000, invoiceReference: 'INV/RSUD-PM/2026/0113' };

describe('JKK care at a partner facility: the facility and the worker paid separately (real PostgreSQL, Kafka and the sandbox bank)', () => {
  const claims = new ClaimsTestApp('claims_partner_facility', { PARTNER_FACILITIES_FILE: REGISTER });

  beforeAll(async () => {
    await claims.start();
  });

  afterEach(() => claims.bank.clearFaults());

  afterAll(async () => claims.stop());

  /** Stage I and II, documents with the facility's invoice, verified by the maker; returns the claim id. */
  async function verifiedAccidentWithCare(member: MemberBuilder, outcome: object): Promise<string> {
    const claimId = await claims.reportAccident(member, localDate(-20));
    await claims
      .act('post', `/v1/claims/${claimId}/stage-two`, { outcome, declaredOn: localDate(-1), doctorName: 'dr. Rahmat' })
      .expect(200);
    await claims.completeDocuments(claimId, {
      reimbursementsClaimed: ['partner-facility-care'],
      documents: [{ code: 'FACILITY_INVOICE', reference: RSUD_INVOICE.invoiceReference }],
    });
    await claims.act('post', `/v1/claims/${claimId}/verification`).expect(200);
    return claimId;
  }

  function transfersOf(claimId: string) {
    return claims.bank.listTransfers().filter((transfer) => transfer.reference.includes(claimId.slice(0, 8)));
  }

  it('pays the facility and the worker exactly once each, the bank timing out on one and answering the other twice', async () => {
    const worker = await claims.seed(aMember().named('Ahmad Yusuf'));
    const claimId = await verifiedAccidentWithCare(worker, { type: 'temporary-disability', inabilityMonths: 1 });

    // A facility the register does not list is refused at the assessment, naming the field.
    const unknown = await claims
      .act('post', `/v1/claims/${claimId}/assessment`, {
        partnerCare: [{ ...RSUD_INVOICE, facilityCode: 'PLKK-9999-999' }],
      })
      .expect(400);
    expect(unknown.body.violations).toEqual([
      expect.objectContaining({ field: 'partnerCare.0.facilityCode', code: 'PARTNER_FACILITY_UNKNOWN' }),
    ]);

    const assessed = await claims
      .act('post', `/v1/claims/${claimId}/assessment`, { partnerCare: [RSUD_INVOICE] })
      .expect(200);
    expect(assessed.body.assessment.payableTotal).toBe(36_000_000);
    expect(assessed.body.assessment.payable).toEqual([
      expect.objectContaining({ code: 'JKK_STMB_FULL_RATE', amount: 1_000_000 }),
      expect.objectContaining({
        code: 'JKK_PARTNER_FACILITY_CARE',
        amount: 35_000_000,
        rule: expect.stringContaining('RULES.md §2'),
        payee: { kind: 'partner-facility', facilityCode: 'PLKK-7604-001' },
        invoiceReferences: [RSUD_INVOICE.invoiceReference],
      }),
    ]);

    // The first transfer the bank executes answers twice; the second executes and its answer comes too late.
    claims.bank.injectFault({ mode: 'answer-twice' });
    claims.bank.injectFault({ mode: 'timeout', delayMs: 1_500 });
    const requestsBefore = claims.bank.stats().transferRequests;
    const approved = await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(200);
    expect(approved.body).toMatchObject({ status: 'payout-requested', payoutBlockedBy: null });

    const paid = await claims.until(claimId, 'closed');
    expect(paid).toMatchObject({ resolution: 'paid', blockedBy: null });
    expect(paid.lateCompensation).toBeUndefined();
    expect(paid.payouts).toHaveLength(2);
    expect(paid.payouts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          payeeId: worker.workerId,
          componentCode: 'JKK_STMB_FULL_RATE',
          amount: 1_000_000,
          bankAccount: worker.account,
          status: 'confirmed',
        }),
        expect.objectContaining({
          ...RSUD,
          componentCode: 'JKK_PARTNER_FACILITY_CARE',
          amount: 35_000_000,
          status: 'confirmed',
        }),
      ]),
    );

    // The timed-out transfer was settled by asking the bank for its key, never by sending it again.
    expect(claims.bank.stats().transferRequests - requestsBefore).toBe(2);
    const transfers = transfersOf(claimId);
    expect(transfers.map((transfer) => [transfer.beneficiary.accountNumber, transfer.amount]).sort()).toEqual([
      [RSUD.bankAccount.accountNumber, 35_000_000],
      [worker.account!.accountNumber, 1_000_000],
    ]);
    expect(new Set(transfers.map((transfer) => transfer.idempotencyKey))).toEqual(
      new Set(paid.payouts.map((payout: { idempotencyKey: string }) => payout.idempotencyKey)),
    );

    // One PayoutRequested per payee, the facility's marked as such; the claim paid once.
    const requested = await claims.outbox('PayoutRequested', claimId);
    expect(
      requested.map((envelope) => [envelope.payload.payeeKind, envelope.payload.payeeId, envelope.payload.total]),
    ).toEqual([
      ['worker', worker.workerId, 1_000_000],
      ['partner-facility', RSUD.payeeId, 35_000_000],
    ]);
    expect(await claims.outbox('ClaimPaid', claimId)).toHaveLength(1);

    // A replayed notification of the facility's transfer finds it settled.
    const facilityKey = paid.payouts.find(
      (payout: { payeeId: string }) => payout.payeeId === RSUD.payeeId,
    ).idempotencyKey;
    const body = JSON.stringify({ idempotencyKey: facilityKey, status: 'completed' });
    await claims
      .http()
      .post('/v1/bank/notifications')
      .set('content-type', 'application/json')
      .set(WEBHOOK_SIGNATURE_HEADER, signWebhook(DEVELOPMENT_WEBHOOK_SECRET, body))
      .send(body)
      .expect(200, { outcome: 'settled' });
    expect(transfersOf(claimId)).toHaveLength(2);
  });

  it('pays care at a partner facility alone without waiting for an account of the worker', async () => {
    const worker = await claims.seed(aMember().named('Nurdin Lasa').withoutAccount());
    const claimId = await verifiedAccidentWithCare(worker, { type: 'recovered' });
    await claims.act('post', `/v1/claims/${claimId}/assessment`, { partnerCare: [RSUD_INVOICE] }).expect(200);

    const approved = await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(200);
    expect(approved.body).toMatchObject({ status: 'payout-requested', payoutBlockedBy: null });
    const paid = await claims.until(claimId, 'closed');
    expect(paid.payouts).toEqual([
      expect.objectContaining({ ...RSUD, amount: 35_000_000, status: 'confirmed', attempts: 1 }),
    ]);
    expect(transfersOf(claimId)).toHaveLength(1);
  });

  // Last: it restarts the service with a corrected register.
  it('waits for the register when the bank refuses the facility’s account, then pays the corrected account once', async () => {
    const worker = await claims.seed(aMember().named('La Ode Hamid').withoutAccount());
    const claimId = await verifiedAccidentWithCare(worker, { type: 'recovered' });
    await claims.act('post', `/v1/claims/${claimId}/assessment`, { partnerCare: [RSUD_INVOICE] }).expect(200);
    claims.bank.injectFault({ mode: 'reject', reason: 'ACCOUNT_CLOSED' });
    await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(200);

    const refused = await waitFor(
      async () => {
        const claim = await claims.claim(claimId);
        return claim.blockedBy?.code === 'FACILITY_ACCOUNT_REFUSED_BY_BANK' ? claim : undefined;
      },
      { what: 'the refused facility transfer on the claim' },
    );
    expect(refused).toMatchObject({ status: 'payout-requested', blockedBy: { clearedBy: ['operator'] } });
    // No officer's account can take the facility's money: the worker's account is never asked for.
    expect(refused.payouts).toEqual([expect.objectContaining({ ...RSUD, status: 'failed' })]);

    // The operator ends the closed account's row yesterday and adds the new account from today.
    const corrected = join(mkdtempSync(join(tmpdir(), 'jaring-facilities-')), 'partner-facilities.csv');
    writeFileSync(
      corrected,
      [
        'code,name,regency,bank_code,account_number,account_holder,effective_from,effective_until,source',
        `PLKK-7604-001,RSUD Polewali Mandar (example),76.04,126,1260010000001,RSUD POLEWALI MANDAR,2025-10-06,${localDate(-1)},Example row`,
        `PLKK-7604-001,RSUD Polewali Mandar (example),76.04,002,0020099000001,RSUD POLEWALI MANDAR,${localDate()},,Example row: new account`,
      ].join('\n'),
    );
    await claims.restart({ PARTNER_FACILITIES_FILE: corrected });

    const paid = await claims.until(claimId, 'closed');
    expect(paid.payouts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ...RSUD, status: 'failed' }),
        expect.objectContaining({
          payeeId: RSUD.payeeId,
          bankAccount: { ...RSUD.bankAccount, bankCode: '002', accountNumber: '0020099000001' },
          amount: 35_000_000,
          status: 'confirmed',
        }),
      ]),
    );
    expect(paid.payouts).toHaveLength(2);
    expect(transfersOf(claimId).map((transfer) => [transfer.beneficiary.accountNumber, transfer.status])).toEqual([
      [RSUD.bankAccount.accountNumber, 'rejected'],
      ['0020099000001', 'completed'],
    ]);
  });
});
