import { aMember, ClaimsTestApp, localDate } from './support/claims-test-app';

const BY_STATE = 'jaring_claims_by_state';

describe('The jaring_claims_by_state gauge (real PostgreSQL and Kafka)', () => {
  const claims = new ClaimsTestApp('claims_by_state');

  beforeAll(async () => {
    await claims.start();
  });

  afterAll(async () => claims.stop());

  const count = (programme: string, status: string) => claims.metric(BY_STATE, { programme, status });

  it('follows the claims through their transitions, read from the database at every scrape', async () => {
    const first = await claims.reportAccident(await claims.seed(aMember().named('Ahmad Yusuf')), localDate(-3));
    const second = await claims.reportAccident(await claims.seed(aMember().named('Baharuddin')), localDate(-3));
    const death = await claims.reportDeath(await claims.seed(aMember().named('Sudirman')), localDate(-2));
    expect([await count('JKK', 'reported'), await count('JKM', 'death-reported')]).toEqual([2, 1]);

    await claims
      .act('post', `/v1/claims/${second}/stage-two`, {
        outcome: { type: 'temporary-disability', inabilityMonths: 1 },
        declaredOn: localDate(-1),
      })
      .expect(200);
    await claims.completeDocuments(second);
    await claims.act('post', `/v1/claims/${second}/verification`).expect(200);
    await claims.act('post', `/v1/claims/${death}/rejection`, { reason: 'Death certificate is forged' }).expect(200);
    await claims.act('post', `/v1/claims/${first}/rejection`, { reason: 'Not at work' }).expect(200);

    expect({
      reported: await count('JKK', 'reported'),
      stageTwo: await count('JKK', 'stage-ii-recorded'),
      verified: await count('JKK', 'verified'),
      jkkRejected: await count('JKK', 'rejected'),
      deathReported: await count('JKM', 'death-reported'),
      jkmRejected: await count('JKM', 'rejected'),
    }).toEqual({ reported: 0, stageTwo: 0, verified: 1, jkkRejected: 1, deathReported: 0, jkmRejected: 1 });
  });
});
