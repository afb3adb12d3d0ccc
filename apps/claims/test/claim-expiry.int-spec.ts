import { aMember, ClaimsTestApp, localDate, OFFICERS } from './support/claims-test-app';

describe('the 5-year JKK expiry blocks payment unless a supervisor overrides it (RULES.md §2; real PostgreSQL and Kafka)', () => {
  const claims = new ClaimsTestApp('claims_expiry');

  beforeAll(async () => {
    await claims.start();
  });

  afterAll(async () => claims.stop());

  it('refuses to approve an accident of 2020 reported now, until a supervisor records why it must be paid', async () => {
    const worker = await claims.seed(aMember().named('Muhammad Arsyad').paidFor(['2020-02', '2020-03', '2020-04']));
    const claimId = await claims.reportAccident(worker, '2020-03-10');
    await claims
      .act('post', `/v1/claims/${claimId}/stage-two`, {
        outcome: { type: 'partial-disability', tablePercent: 35 },
        declaredOn: '2020-06-01',
        doctorName: 'dr. Rahmat',
      })
      .expect(200);
    await claims.documentVerifyAssess(claimId);
    expect((await claims.claim(claimId)).flags.claimExpired).toBe(true);

    const refused = await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(409);
    expect(refused.body).toMatchObject({ error: 'JKK_CLAIM_EXPIRED' });
    expect(refused.body.message).toContain('RULES.md §2');

    const override = { reason: 'Occupational disease first diagnosed in 2025 (doctor statement on file)' };
    await claims.act('post', `/v1/claims/${claimId}/expiry-override`, override, OFFICERS.checker).expect(403);
    await claims.act('post', `/v1/claims/${claimId}/expiry-override`, { reason: '' }, OFFICERS.supervisor).expect(400);
    const overridden = await claims
      .act('post', `/v1/claims/${claimId}/expiry-override`, override, OFFICERS.supervisor)
      .expect(200);
    expect(overridden.body).toMatchObject({
      status: 'assessed',
      expiryOverride: { reason: override.reason, by: 'supervisor-citra' },
    });

    const approved = await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(200);
    expect(approved.body.status).toMatch(/approved|payout-requested/);
    const audit = await claims.audit(claimId);
    expect(audit.find((entry) => entry.action === 'overrideExpiry')).toMatchObject({
      actorId: 'supervisor-citra',
      reason: override.reason,
    });
  });

  it('has nothing to override on a claim reported within 5 years', async () => {
    const worker = await claims.seed(aMember().named('Rusdi'));
    const claimId = await claims.reportAccident(worker, localDate(-1));
    const response = await claims
      .act('post', `/v1/claims/${claimId}/expiry-override`, { reason: 'just in case' }, OFFICERS.supervisor)
      .expect(409);
    expect(response.body).toMatchObject({ error: 'CLAIM_NOT_EXPIRED' });
  });
});
