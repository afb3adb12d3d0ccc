import { aMember, ClaimsTestApp, localDate, OFFICERS } from './support/claims-test-app';

describe('One accident, one claim (real PostgreSQL and Kafka)', () => {
  const claims = new ClaimsTestApp('claims_accident_once');

  beforeAll(async () => {
    await claims.start();
  });

  afterAll(async () => claims.stop());

  const report = (nik: string, incidentDate: string) =>
    claims.act('post', '/v1/claims/accidents', {
      nik,
      incidentDate,
      place: 'Pelabuhan Tanjung Silopo',
      cause: 'Fell from the boat while unloading fish',
      circumstances: { category: 'at-work', trafficAccident: false },
      reporter: { name: 'Hasnah', relationship: 'wife' },
    });

  async function openClaimsOf(workerId: string): Promise<number> {
    const { body } = await claims
      .http()
      .get(`/v1/claims?workerId=${workerId}`)
      .set('Authorization', OFFICERS.maker)
      .expect(200);
    return body.items.filter((item: { status: string }) => item.status !== 'rejected').length;
  }

  it('refuses a second report of the same worker’s accident that day, and accepts it again once the first is rejected', async () => {
    const worker = await claims.seed(aMember().named('Muhammad Arsyad'));
    const first = await report(worker.nik, localDate(-4)).expect(201);

    const again = await report(worker.nik, localDate(-4)).expect(409);
    expect(again.body).toMatchObject({
      error: 'ACCIDENT_ALREADY_CLAIMED',
      message: expect.stringContaining(first.body.id),
    });
    await report(worker.nik, localDate(-3)).expect(201); // another accident, another day

    await claims
      .act('post', `/v1/claims/${first.body.id}/rejection`, { reason: 'Reported twice by mistake' })
      .expect(200);
    await report(worker.nik, localDate(-4)).expect(201);
    expect(await openClaimsOf(worker.workerId)).toBe(2);
  });

  it('lets exactly one of five officers reporting the same accident at once open the claim', async () => {
    const worker = await claims.seed(aMember().named('Andi Baso'));
    const responses = await Promise.all(Array.from({ length: 5 }, () => report(worker.nik, localDate(-2))));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409]);
    for (const refused of responses.filter((response) => response.status === 409)) {
      expect(refused.body).toMatchObject({ error: 'ACCIDENT_ALREADY_CLAIMED' });
    }
    expect(await openClaimsOf(worker.workerId)).toBe(1);
  });
});
