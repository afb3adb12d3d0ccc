import { DEVELOPMENT_WEBHOOK_SECRET, signWebhook, WEBHOOK_SIGNATURE_HEADER } from '@jaring/kernel';
import { aMember, ClaimsTestApp, localDate, OFFICERS, type MemberBuilder } from './support/claims-test-app';

describe('JKK accident claim from stage I to payout (real PostgreSQL, Kafka and the sandbox bank)', () => {
  const claims = new ClaimsTestApp('claims_jkk');

  beforeAll(async () => {
    await claims.start();
  });

  afterAll(async () => claims.stop());

  /** Stage I → stage II → documents → verified → assessed, by the maker; returns the claim id. */
  async function assessedAccident(member: MemberBuilder, outcome: object): Promise<string> {
    const claimId = await claims.reportAccident(member, localDate(-20));
    expect(await claims.claim(claimId)).toMatchObject({
      programme: 'JKK',
      status: 'reported',
      worker: { id: member.workerId },
    });
    await claims
      .act('post', `/v1/claims/${claimId}/stage-two`, { outcome, declaredOn: localDate(-1), doctorName: 'dr. Rahmat' })
      .expect(200);
    await claims.completeDocuments(claimId);
    await claims.act('post', `/v1/claims/${claimId}/verification`).expect(200);
    await claims.act('post', `/v1/claims/${claimId}/assessment`).expect(200);
    return claimId;
  }

  it('pays a recovered worker’s temporary-inability benefit to the worker, exactly once', async () => {
    const worker = await claims.seed(aMember().named('Ahmad Yusuf'));
    const claimId = await assessedAccident(worker, { type: 'temporary-disability', inabilityMonths: 2 });

    const assessed = await claims.claim(claimId);
    expect(assessed.assessment.payableTotal).toBe(2_000_000);
    expect(assessed.assessment.payable[0]).toMatchObject({ amount: 2_000_000, rule: expect.stringMatching(/PP/) });

    const approved = await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(200);
    expect(approved.body).toMatchObject({ status: 'payout-requested', payoutBlockedBy: null });

    const paid = await claims.until(claimId, 'closed');
    expect(paid).toMatchObject({ paidOn: localDate(), resolution: 'paid' });
    expect(paid.payouts).toEqual([
      expect.objectContaining({ payeeId: worker.workerId, amount: 2_000_000, status: 'confirmed', attempts: 1 }),
    ]);
    const transfers = claims.bank
      .listTransfers()
      .filter((transfer) => transfer.reference.includes(claimId.slice(0, 8)));
    expect(transfers).toHaveLength(1);
    expect(transfers[0]).toMatchObject({ amount: 2_000_000, beneficiary: { name: 'AHMAD YUSUF' } });

    expect(await claims.outbox('PayoutRequested', claimId)).toHaveLength(1);
    expect(await claims.outbox('ClaimPaid', claimId)).toHaveLength(1);

    // A replayed notification finds the payout settled and changes nothing; an unsigned, wrongly
    // signed or stale one is refused before anything is looked up.
    const key = paid.payouts[0].idempotencyKey;
    const body = JSON.stringify({ idempotencyKey: key, status: 'completed' });
    const notify = (signature?: string) => {
      const call = claims.http().post('/v1/bank/notifications').set('content-type', 'application/json');
      return (signature ? call.set(WEBHOOK_SIGNATURE_HEADER, signature) : call).send(body);
    };
    await notify().expect(401);
    await notify(signWebhook('not-the-banks-secret-but-32-characters', body)).expect(401);
    await notify(signWebhook(DEVELOPMENT_WEBHOOK_SECRET, body, new Date(Date.now() - 10 * 60_000))).expect(401);
    await notify(signWebhook(DEVELOPMENT_WEBHOOK_SECRET, body)).expect(200, { outcome: 'settled' });
    const audit = await claims.audit(claimId);
    expect(audit.map((row) => row.toStatus)).toEqual(
      expect.arrayContaining([
        'reported',
        'stage-ii-recorded',
        'documents-complete',
        'verified',
        'assessed',
        'approved',
        'paid',
      ]),
    );
    expect(audit.find((row) => row.toStatus === 'verified')).toMatchObject({
      actorId: 'officer-andi',
      fromStatus: 'documents-complete',
      before: expect.any(Object),
      after: expect.any(Object),
    });
  });

  it('pays once when the bank times out after executing and the transfer is reconciled by its key', async () => {
    const worker = await claims.seed(aMember().named('Baharuddin'));
    const claimId = await assessedAccident(worker, { type: 'temporary-disability', inabilityMonths: 1 });
    // The bank executes the transfer and then holds its answer past our 500 ms timeout.
    claims.bank.injectFault({ mode: 'timeout', delayMs: 1_500 });
    claims.bank.setWebhook(undefined); // only the worker's own reconciliation may settle it here

    await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(200);
    const paid = await claims.until(claimId, 'closed');
    claims.bank.setWebhook(`${claims.url}/v1/bank/notifications`);

    expect(paid.payouts).toEqual([expect.objectContaining({ status: 'confirmed', amount: 1_000_000 })]);
    expect(paid.payouts[0].attempts).toBeGreaterThanOrEqual(2);
    const transfers = claims.bank
      .listTransfers()
      .filter((transfer) => transfer.reference.includes(claimId.slice(0, 8)));
    expect(transfers).toHaveLength(1);
    expect(await claims.outbox('ClaimPaid', claimId)).toHaveLength(1);
  });

  it('pays once when the bank refuses service first and then answers twice', async () => {
    const worker = await claims.seed(aMember().named('Daeng Malik'));
    const claimId = await assessedAccident(worker, { type: 'temporary-disability', inabilityMonths: 1 });
    claims.bank.injectFault({ mode: 'fail' });
    claims.bank.injectFault({ mode: 'answer-twice' });

    await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(200);
    await claims.until(claimId, 'closed');
    await new Promise((resolve) => setTimeout(resolve, 300)); // both notifications arrive

    const transfers = claims.bank
      .listTransfers()
      .filter((transfer) => transfer.reference.includes(claimId.slice(0, 8)));
    expect(transfers).toHaveLength(1);
    expect(await claims.outbox('ClaimPaid', claimId)).toHaveLength(1);
  });

  it('refuses approval by the officer who verified, and above the threshold by anyone but a supervisor', async () => {
    const worker = await claims.seed(aMember().named('Muhammad Arif'));
    const claimId = await assessedAccident(worker, { type: 'total-disability' });
    expect((await claims.claim(claimId)).assessment.payableTotal).toBe(68_000_000);

    const sameOfficer = await claims.act('post', `/v1/claims/${claimId}/approval`).expect(409);
    expect(sameOfficer.body).toMatchObject({ error: 'MAKER_CHECKER_VIOLATION' });
    const notSupervisor = await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(403);
    expect(notSupervisor.body).toMatchObject({ error: 'SUPERVISOR_APPROVAL_REQUIRED' });
    expect((await claims.claim(claimId)).status).toBe('assessed');

    await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.supervisor).expect(200);
    const paid = await claims.until(claimId, 'closed');
    expect(paid.payouts.reduce((sum: number, payout: { amount: number }) => sum + payout.amount, 0)).toBe(68_000_000);
  });

  it('waits for a second officer when the account holder name does not match the worker', async () => {
    const worker = await claims.seed(aMember().named('Nurdin Lasa').withoutAccount());
    const claimId = await assessedAccident(worker, { type: 'temporary-disability', inabilityMonths: 1 });
    const approved = await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', payoutBlockedBy: 'PAYOUT_ACCOUNT_MISSING' });

    const account = { bankCode: '002', accountNumber: '123401000123507', holderName: 'Hasnah' };
    const set = await claims.act('put', `/v1/claims/${claimId}/payout-account`, account).expect(200);
    expect(set.body).toMatchObject({
      status: 'approved',
      details: { payoutAccount: { nameCheck: { result: expect.not.stringMatching(/^match$/) } } },
    });
    const sameOfficer = await claims
      .act('post', `/v1/claims/${claimId}/payout-account/name-confirmation`, { reason: 'Account of his wife' })
      .expect(409);
    expect(sameOfficer.body).toMatchObject({
      error: 'MAKER_CHECKER_VIOLATION',
      details: { conflictingRole: 'account-enterer' },
    });

    await claims
      .act(
        'post',
        `/v1/claims/${claimId}/payout-account/name-confirmation`,
        { reason: 'Buku tabungan checked' },
        OFFICERS.confirmer,
      )
      .expect(200);
    const paid = await claims.until(claimId, 'closed');
    expect(paid.payouts).toEqual([
      expect.objectContaining({ bankAccount: expect.objectContaining({ holderName: 'Hasnah' }) }),
    ]);
  });

  it('rejects with a reason and reopens, keeping the history', async () => {
    const worker = await claims.seed(aMember().named('La Ode Hamid'));
    const reported = await claims
      .act('post', '/v1/claims/accidents', {
        workerId: worker.workerId,
        incidentDate: localDate(-3),
        place: 'TPI Polewali',
        cause: 'Fell from the boat',
        circumstances: { category: 'at-work', trafficAccident: false },
        reporter: { name: 'La Ode Hamid' },
      })
      .expect(201);
    const claimId = reported.body.id;
    await claims.act('post', `/v1/claims/${claimId}/rejection`, {}).expect(400);
    const rejected = await claims.act('post', `/v1/claims/${claimId}/rejection`, { reason: 'Not at work' }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejection: { reason: 'Not at work' } });
    const reopened = await claims
      .act('post', `/v1/claims/${claimId}/reopening`, { reason: 'Witnesses confirm' }, OFFICERS.checker)
      .expect(200);
    expect(reopened.body.status).not.toBe('rejected');
    const audit = await claims.audit(claimId);
    expect(audit.map((row) => row.reason)).toEqual(expect.arrayContaining(['Not at work', 'Witnesses confirm']));
  });

  it('needs a claims role and a known worker', async () => {
    await claims.http().get('/v1/claims').expect(401);
    await claims
      .http()
      .post('/v1/claims/accidents')
      .set('Authorization', OFFICERS.maker)
      .send({
        nik: '7604011203859999',
        incidentDate: localDate(-1),
        place: 'x',
        cause: 'y',
        circumstances: { category: 'at-work', trafficAccident: false },
        reporter: { name: 'z' },
      })
      .expect(404);
  });
});
