import { ROLES } from '@jaring/auth';
import {
  assertNoServerErrors,
  deeplyNestedJson,
  expectDeepJsonRefusedEverywhere,
  expectPagingBoundedEverywhere,
} from '../../../test/support/hostile-requests';
import { aMember, aNik, bearer, ClaimsTestApp, localDate } from './support/claims-test-app';

/** Generated requests per route in the property test. */
const GENERATED_REQUESTS = 40;

/** Requests an attacker would send: each one a clear 4xx, never a 500. */
describe('claims: hostile requests get a 4xx, lists mask NIKs (real PostgreSQL and Kafka)', () => {
  const claims = new ClaimsTestApp('claims_hostile');
  let officer: string;
  let everyRole: string;

  beforeAll(async () => {
    await claims.start();
    officer = await bearer('officer-andi', 'claims-officer');
    everyRole = await bearer('officer-every-role', ...ROLES);
  });

  afterAll(() => claims.stop());

  it('refuses JSON nested 1,800 levels deep on every route that takes a body, the bank webhook without a token too', async () => {
    await expectDeepJsonRefusedEverywhere(claims.app, claims.url, everyRole, [
      'post /v1/bank/notifications',
      'post /v1/benefits/quote',
      'post /v1/claims/deaths',
    ]);
    const webhook = await claims
      .http()
      .post('/v1/bank/notifications')
      .set('Content-Type', 'application/json')
      .send(deeplyNestedJson());
    expect(webhook.status).toBe(400);
    expect(webhook.body.error).toBe('BODY_TOO_DEEP');
  });

  it('bounds offset and limit of /v1/claims and /v1/claims/overdue (bigint overflow in PostgreSQL)', async () => {
    await expectPagingBoundedEverywhere(claims.app, claims.url, everyRole, [
      '/v1/claims?offset',
      '/v1/claims?limit',
      '/v1/claims/overdue?offset',
    ]);
  });

  it('refuses a benefit quote for 30 February with 400 naming the field', async () => {
    const response = await claims
      .http()
      .post('/v1/benefits/quote')
      .set('Authorization', officer)
      .send({
        programme: 'JKK',
        incidentDate: '2025-02-03',
        declaredMonthlyIncome: 1_000_000,
        contributionMonths: 14,
        outcome: { type: 'death' },
        scholarshipAssessmentDate: '2025-02-30',
      })
      .expect(400);
    expect(response.body.violations).toEqual([
      {
        field: 'scholarshipAssessmentDate',
        code: 'isLocalDate',
        message: 'scholarshipAssessmentDate must be a real date written YYYY-MM-DD',
      },
    ]);
  });

  it('lists the funeral arranger and payee with masked NIKs; the claim itself shows them in full', async () => {
    const member = await claims.seed(aMember());
    const claimId = await claims.reportDeath(member, localDate(-3));
    const arranger = { nik: aNik(), name: 'Kepala Desa' };
    await claims
      .act('post', `/v1/claims/${claimId}/heirs`, {
        heirStatementMemberIds: [],
        funeralArranger: arranger,
        payeeId: arranger.nik,
      })
      .expect(200);

    const masked = `${arranger.nik.slice(0, 4)}********${arranger.nik.slice(-4)}`;
    for (const list of ['/v1/claims', '/v1/claims/overdue']) {
      const listed = await claims.http().get(list).set('Authorization', officer).expect(200);
      expect(JSON.stringify(listed.body)).not.toContain(arranger.nik);
    }
    const listed = await claims.http().get('/v1/claims').set('Authorization', officer).expect(200);
    const item = listed.body.items.find((claim: { id: string }) => claim.id === claimId);
    expect(JSON.stringify(item)).toContain(masked);
    expect(JSON.stringify(item)).toContain(member.workerId);
    expect(JSON.stringify(await claims.claim(claimId))).toContain(arranger.nik);
  });

  it('never answers 500 to requests generated from every route schema (fast-check)', async () => {
    await assertNoServerErrors(claims.app, claims.url, everyRole, GENERATED_REQUESTS);
  });
});

describe('claims: expensive routes are rate-limited per subject', () => {
  const claims = new ClaimsTestApp('claims_rate_limit', { EXPENSIVE_REQUESTS_PER_MINUTE: '3' });
  let busyOfficer: string;
  let otherOfficer: string;

  beforeAll(async () => {
    await claims.start();
    busyOfficer = await bearer('officer-dewi', 'claims-officer');
    otherOfficer = await bearer('officer-eka', 'claims-officer');
  });

  afterAll(() => claims.stop());

  it('rate-limits the benefit quote per subject: the fourth in a minute is 429 with Retry-After', async () => {
    const quote = (token: string) =>
      claims.http().post('/v1/benefits/quote').set('Authorization', token).send({
        programme: 'JKM',
        incidentDate: '2026-03-02',
        declaredMonthlyIncome: 1_000_000,
        contributionMonths: 14,
      });
    for (let call = 0; call < 3; call += 1) await quote(busyOfficer).expect(200);
    const refused = await quote(busyOfficer).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.body).toMatchObject({ statusCode: 429, error: 'TOO_MANY_REQUESTS' });
    await quote(otherOfficer).expect(200);
  });
});
