import { OpenApiContract } from '../../../test/support/openapi-contract';
import { aMember, ClaimsTestApp, localDate, OFFICERS, type MemberBuilder } from './support/claims-test-app';

describe('JKM death claim: heirs, one death paid once, payout to the heir (real PostgreSQL, Kafka, sandbox bank)', () => {
  const claims = new ClaimsTestApp('claims_jkm');
  const contract = new OpenApiContract('claims');
  let worker: MemberBuilder;
  let claimId: string;
  let accidentId: string;

  beforeAll(async () => {
    await claims.start();
    worker = await claims.seed(
      aMember()
        .named('Sudirman')
        .withFamilyMember('spouse', 'Hasnah', '1987-02-01')
        .withFamilyMember('child', 'Nur Aisyah', '2012-07-17')
        .withFamilyMember('parent', 'Indo Tang', '1955-01-01'),
    );
  });

  afterAll(async () => claims.stop());

  const deathReport = (member: MemberBuilder) => ({
    nik: member.nik,
    dateOfDeath: localDate(-5),
    causeOfDeath: 'heart failure',
    deathCertificateNumber: '7604-KM-0001',
    reporter: { name: 'Hasnah', relationship: 'wife' },
  });

  it('opens the JKM claim for the death and refuses a second claim for the same death under JKM or JKK', async () => {
    const reported = await claims.act('post', '/v1/claims/deaths', deathReport(worker)).expect(201);
    expect(reported.body).toMatchObject({
      programme: 'JKM',
      status: 'death-reported',
      worker: { id: worker.workerId },
    });
    claimId = reported.body.id;
    expect(contract.violations('POST /v1/claims/deaths', 201, reported.body)).toEqual([]);

    const again = await claims.act('post', '/v1/claims/deaths', deathReport(worker), OFFICERS.checker).expect(409);
    expect(again.body).toMatchObject({ error: 'DEATH_ALREADY_CLAIMED' });

    const accident = await claims
      .act('post', '/v1/claims/accidents', {
        workerId: worker.workerId,
        incidentDate: localDate(-6),
        place: 'Pasar Sentral Polewali',
        cause: 'Collapsed while unloading',
        circumstances: { category: 'sudden-death-at-work', trafficAccident: false },
        reporter: { name: 'Hasnah' },
      })
      .expect(201);
    accidentId = accident.body.id;
    const asDeath = await claims
      .act('post', `/v1/claims/${accident.body.id}/stage-two`, {
        outcome: { type: 'death' },
        declaredOn: localDate(-5),
        dateOfDeath: localDate(-5),
      })
      .expect(409);
    expect(asDeath.body).toMatchObject({ error: 'DEATH_ALREADY_CLAIMED' });
  });

  it('refuses a payee from a lower heir class while a higher one exists', async () => {
    const preview = await claims
      .http()
      .get(`/v1/claims/${claimId}/heirs`)
      .set('Authorization', OFFICERS.maker)
      .expect(200);
    expect(JSON.stringify(preview.body)).toContain(worker.member('spouse').memberId);

    const parent = worker.member('parent').memberId;
    const refused = await claims
      .act('post', `/v1/claims/${claimId}/heirs`, { heirStatementMemberIds: [parent], payeeId: parent })
      .expect(400);
    expect(refused.body).toMatchObject({ error: 'PAYEE_FROM_LOWER_HEIR_CLASS' });
    expect((await claims.claim(claimId)).status).toBe('death-reported');
  });

  it('pays the chosen heir once the heirs, documents, verification, assessment and approval are done', async () => {
    const spouse = worker.member('spouse');
    const child = worker.member('child');
    const heirs = await claims
      .act('post', `/v1/claims/${claimId}/heirs`, {
        heirStatementMemberIds: [spouse.memberId, child.memberId],
        payeeId: spouse.memberId,
        consents: [{ memberId: child.memberId, consentedOn: localDate(-1) }],
      })
      .expect(200);
    expect(heirs.body.status).toBe('heirs-determined');
    expect(contract.violations('POST /v1/claims/{id}/heirs', 200, heirs.body)).toEqual([]);

    await claims.completeDocuments(claimId);
    await claims.act('post', `/v1/claims/${claimId}/verification`).expect(200);
    const [confirmed] = await claims.outbox('DeathConfirmed', claimId);
    expect(confirmed.payload).toMatchObject({ workerId: worker.workerId, dateOfDeath: localDate(-5) });

    const assessed = await claims.act('post', `/v1/claims/${claimId}/assessment`).expect(200);
    expect(assessed.body.assessment.payableTotal).toBe(42_000_000);
    expect(contract.violations('POST /v1/claims/{id}/assessment', 200, assessed.body)).toEqual([]);

    const approved = await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', payoutBlockedBy: 'PAYOUT_ACCOUNT_MISSING' });
    expect(contract.violations('POST /v1/claims/{id}/approval', 200, approved.body)).toEqual([]);
    const account = { bankCode: '009', accountNumber: '0123456789', holderName: 'HASNAH' };
    await claims.act('put', `/v1/claims/${claimId}/payout-account`, account).expect(200);
    // Entered after approval: nobody else has seen it, so no money moves before a second officer confirms it.
    const waiting = await claims.claim(claimId);
    expect(waiting).toMatchObject({ status: 'approved', payouts: [] });
    await claims
      .act('post', `/v1/claims/${claimId}/payout-account/confirmation`, { reason: 'Checked' })
      .expect(409, /account-enterer/);
    await claims
      .act(
        'post',
        `/v1/claims/${claimId}/payout-account/confirmation`,
        { reason: 'Buku tabungan checked' },
        OFFICERS.confirmer,
      )
      .expect(200);

    const paid = await claims.until(claimId, 'closed');
    expect(
      paid.payouts.every((payout: { payeeId: string; status: string }) => payout.payeeId === spouse.memberId),
    ).toBe(true);
    expect(paid.payouts.reduce((sum: number, payout: { amount: number }) => sum + payout.amount, 0)).toBe(42_000_000);
    const transfers = claims.bank
      .listTransfers()
      .filter((transfer) => transfer.reference.includes(claimId.slice(0, 8)));
    expect(transfers).toHaveLength(paid.payouts.length);
    expect(new Set(transfers.map((transfer) => transfer.beneficiary.accountNumber))).toEqual(new Set(['0123456789']));
    expect(await claims.outbox('ClaimPaid', claimId)).toHaveLength(1);
  });

  it('lists claims by programme and shows no overdue claim when everything was paid on time', async () => {
    const list = await claims.http().get('/v1/claims?programme=JKM').set('Authorization', OFFICERS.maker).expect(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: claimId, status: 'closed' }] });
    const overdue = await claims.http().get('/v1/claims/overdue').set('Authorization', OFFICERS.maker).expect(200);
    expect(overdue.body).toMatchObject({ asOf: localDate(), total: 0, items: [] });
  });

  it('answers as apps/claims/openapi.json documents, which is the document it serves at /docs', async () => {
    expect((await claims.http().get('/docs-json').expect(200)).body).toEqual(contract.document);
    const get = async (path: string, status = 200) =>
      (await claims.http().get(path).set('Authorization', OFFICERS.maker).expect(status)).body;
    const answers: [string, unknown][] = [
      ['GET /v1/claims', await get('/v1/claims')],
      ['GET /v1/claims/overdue', await get('/v1/claims/overdue')],
      ['GET /v1/claims/{id}', await get(`/v1/claims/${claimId}`)],
      ['GET /v1/claims/{id}', await get(`/v1/claims/${accidentId}`)],
      ['GET /v1/claims/{id}/audit', await get(`/v1/claims/${claimId}/audit`)],
      ['GET /v1/claims/{id}/payouts', await get(`/v1/claims/${claimId}/payouts`)],
      ['GET /v1/claims/{id}/documents', await get(`/v1/claims/${claimId}/documents`)],
      ['GET /v1/claims/{id}/heirs', await get(`/v1/claims/${claimId}/heirs`)],
      ['GET /v1/claims/{id}/scholarships', await get(`/v1/claims/${claimId}/scholarships`)],
    ];
    for (const [route, body] of answers) {
      expect({ route, violations: contract.violations(route, 200, body) }).toEqual({ route, violations: [] });
    }
    const refused = await claims.act('post', `/v1/claims/${claimId}/verification`).expect(409);
    expect(contract.violations('POST /v1/claims/{id}/verification', 409, refused.body)).toEqual([]);
  });
});
