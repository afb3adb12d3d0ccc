import { aMember, ClaimsTestApp, localDate, OFFICERS, type MemberBuilder } from './support/claims-test-app';

/**
 * What the officer is told when the service refuses (issue 20): the status code says what kind of
 * refusal it is, the message what to do next, and dates that disagree are caught at the report.
 */
describe('claims refusals: status codes, next steps and consistent incident dates (real PostgreSQL and Kafka)', () => {
  const claims = new ClaimsTestApp('claims_answers');
  let officers: typeof OFFICERS;

  beforeAll(async () => {
    await claims.start();
    officers = OFFICERS;
  });

  afterAll(async () => claims.stop());

  const accident = (member: MemberBuilder, fields: object) => ({
    nik: member.nik,
    place: 'Jl. Poros Polewali–Majene km 12',
    cause: 'Ojek hit by a truck',
    circumstances: { category: 'commuting', trafficAccident: true },
    reporter: { name: 'Siti Aminah' },
    ...fields,
  });

  it('refuses an incident instant that falls on another day in the business time zone (400), and accepts one on the date', async () => {
    const worker = await claims.seed(aMember().named('Rusdi Malik'));
    const incidentDate = localDate(-3);
    // 22:45 UTC on the stated date is 06:45 WITA on the next day.
    const nextMorning = await claims
      .act('post', '/v1/claims/accidents', accident(worker, { incidentDate, incidentAt: `${incidentDate}T22:45:00Z` }))
      .expect(400);
    expect(nextMorning.body).toMatchObject({
      error: 'INCIDENT_AT_NOT_ON_INCIDENT_DATE',
      violations: [{ field: 'incidentAt', code: 'INCIDENT_AT_NOT_ON_INCIDENT_DATE' }],
    });
    expect(nextMorning.body.message).toContain(`is ${localDate(-2)} in the business time zone`);

    const sameEvening = await claims
      .act(
        'post',
        '/v1/claims/accidents',
        accident(worker, { incidentDate, incidentAt: `${incidentDate}T22:45:00+08:00` }),
      )
      .expect(201);
    expect(sameEvening.body).toMatchObject({ incidentDate, status: 'reported' });
  });

  it('lists every bad field of a report at once (400), not only the first', async () => {
    const worker = await claims.seed(aMember().named('Rusdi Malik'));
    const tomorrow = localDate(1);
    const refused = await claims
      .act(
        'post',
        '/v1/claims/accidents',
        accident(worker, { incidentDate: tomorrow, incidentAt: `${localDate(-1)}T09:00:00+08:00` }),
      )
      .expect(400);
    expect(refused.body.violations).toEqual([
      expect.objectContaining({ field: 'incidentDate', code: 'INCIDENT_IN_FUTURE' }),
      expect.objectContaining({ field: 'incidentAt', code: 'INCIDENT_AT_NOT_ON_INCIDENT_DATE' }),
    ]);

    const malformed = await claims
      .act('post', '/v1/claims/accidents', { nik: '12', incidentDate: '7.12.2026', place: '', reporter: {} })
      .expect(400);
    const fields = malformed.body.violations.map((violation: { field: string }) => violation.field);
    expect(fields).toEqual(
      expect.arrayContaining(['nik', 'incidentDate', 'place', 'cause', 'circumstances', 'reporter.name']),
    );
  });

  it('answers a call out of order with 409, the claim’s state and what to do next', async () => {
    const worker = await claims.seed(aMember().named('Sudirman').withFamilyMember('spouse', 'Hasnah'));
    const claimId = await claims.reportDeath(worker, localDate(-4));
    const early = await claims.act('post', `/v1/claims/${claimId}/verification`).expect(409);
    expect(early.body).toMatchObject({
      error: 'CLAIM_TRANSITION_NOT_ALLOWED',
      details: { status: 'death-reported', programme: 'JKM' },
    });
    expect(early.body.message).toBe(
      "A JKM claim in status 'death-reported' cannot verify: record the heirs first (POST heirs), then the documents (POST documents, POST documents/complete)",
    );
  });

  it('refuses the verifier’s own approval with 409 naming the role, and a repeated approval with 409 naming the current state', async () => {
    const worker = await claims.seed(aMember().named('Nurdin Lasa').withoutAccount());
    const claimId = await claims.reportAccident(worker, localDate(-10));
    await claims
      .act('post', `/v1/claims/${claimId}/stage-two`, {
        outcome: { type: 'temporary-disability', inabilityMonths: 1 },
        declaredOn: localDate(-1),
      })
      .expect(200);
    await claims.documentVerifyAssess(claimId);

    const own = await claims.act('post', `/v1/claims/${claimId}/approval`, {}, officers.maker).expect(409);
    expect(own.body).toMatchObject({ error: 'MAKER_CHECKER_VIOLATION', details: { conflictingRole: 'reporter' } });
    expect(own.body.message).toContain('ask an officer who did not work on it');

    await claims.act('post', `/v1/claims/${claimId}/approval`, {}, officers.checker).expect(200);
    const again = await claims.act('post', `/v1/claims/${claimId}/approval`, {}, officers.checker).expect(409);
    expect(again.body).toMatchObject({
      error: 'CLAIM_TRANSITION_NOT_ALLOWED',
      details: { status: 'approved', programme: 'JKK' },
    });
    expect(again.body.message).toContain('PUT payout-account');
  });

  it('shows what blocks the money on the claim and in the lists: what, since when, who clears it', async () => {
    const worker = await claims.seed(aMember().named('Hamzah Lawe').withoutAccount());
    const claimId = await claims.reportAccident(worker, localDate(-10));
    await claims
      .act('post', `/v1/claims/${claimId}/stage-two`, {
        outcome: { type: 'temporary-disability', inabilityMonths: 1 },
        declaredOn: localDate(-1),
      })
      .expect(200);
    await claims.documentVerifyAssess(claimId);
    await claims.act('post', `/v1/claims/${claimId}/approval`, {}, officers.checker).expect(200);
    const approvedAt = (await claims.audit(claimId)).find((row) => row.action === 'approve')!.at;

    const claim = await claims.claim(claimId);
    expect(claim).toMatchObject({
      status: 'approved',
      eligibility: { eligible: true },
      blockedBy: {
        code: 'PAYOUT_ACCOUNT_MISSING',
        since: approvedAt,
        clearedBy: ['claims-officer', 'claims-supervisor'],
        action: expect.stringContaining('PUT payout-account'),
      },
    });
    const listed = await claims
      .http()
      .get(`/v1/claims?status=approved&workerId=${worker.workerId}`)
      .set('Authorization', officers.maker)
      .expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        id: claimId,
        eligibility: expect.objectContaining({ eligible: true }),
        blockedBy: expect.objectContaining({ code: 'PAYOUT_ACCOUNT_MISSING', since: approvedAt }),
      }),
    ]);

    await claims
      .act('put', `/v1/claims/${claimId}/payout-account`, {
        bankCode: '002',
        accountNumber: '5550001111',
        holderName: 'HAMZAH LAWE',
      })
      .expect(200);
    expect((await claims.claim(claimId)).blockedBy).toMatchObject({
      code: 'ACCOUNT_NEEDS_SECOND_OFFICER',
      notActor: 'officer-andi',
    });
    await claims
      .act(
        'post',
        `/v1/claims/${claimId}/payout-account/confirmation`,
        { reason: 'Savings book seen' },
        officers.supervisor,
      )
      .expect(200);
    const paid = await claims.until(claimId, 'closed');
    expect(paid.blockedBy).toBeNull();
  });

  it("finds claims by the worker's NIK, part of the worker's name, and the claim number", async () => {
    const worker = await claims.seed(aMember().named('Andi Baso Mappanyukki'));
    const other = await claims.seed(aMember().named('Ismail Rauf'));
    const claimId = await claims.reportAccident(worker, localDate(-2));
    const otherId = await claims.reportAccident(other, localDate(-2));
    const search = async (query: string) =>
      (await claims.http().get(`/v1/claims?${query}`).set('Authorization', officers.maker).expect(200)).body.items.map(
        (item: { id: string }) => item.id,
      );

    expect(await search(`nik=${worker.nik}`)).toEqual([claimId]);
    expect(await search('workerName=mappanyuk')).toEqual([claimId]);
    expect(await search(`claimNumber=${claimId.slice(0, 8)}`)).toEqual([claimId]);
    expect(await search(`claimNumber=${otherId.toUpperCase()}`)).toEqual([otherId]);
    expect(await search('workerName=100%25')).toEqual([]);
    const refused = await claims.http().get('/v1/claims?nik=12&claimNumber=zz').set('Authorization', officers.maker);
    expect(refused.status).toBe(400);
    expect(refused.body.violations.map((violation: { field: string }) => violation.field).sort()).toEqual([
      'claimNumber',
      'nik',
    ]);
  });
});
