import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { generateSealingKeyFile } from '@jaring/contracts';
import { ROLES } from '@jaring/auth';
import { MetricsServer } from '@jaring/observability';
import { MAX_BODY_BYTES } from '@jaring/platform';
import {
  assertNoServerErrors,
  expectDeepJsonRefusedEverywhere,
  expectPagingBoundedEverywhere,
} from '../../../test/support/hostile-requests';
import { bearer as bearerFor } from '../../../test/support/tokens';
import { baseUrlOf } from '../../../test/support/test-environment';
import { aRegistration } from '../src/domain/testing/enrolment.builders';
import { bearer, EnrolmentTestApp } from './support/enrolment-test-app';

/** Generated requests per route in the property test. */
const GENERATED_REQUESTS = 40;

/** Requests an attacker would send: each one a clear 4xx, never a 500. */
describe('enrolment: hostile requests get a 4xx (real PostgreSQL and Kafka)', () => {
  const service = new EnrolmentTestApp('enrolment_hostile', { ACTIVATION_INTERVAL_MS: '0' });
  let url: string;
  let officer: string;
  let everyRole: string;

  beforeAll(async () => {
    await service.start();
    url = baseUrlOf(service.app);
    officer = bearer('enrolment-officer');
    everyRole = await bearerFor('officer-every-role', ...ROLES);
  });

  afterAll(() => service.stop());

  const register = (payload: object) => request(url).post('/v1/workers').set('Authorization', officer).send(payload);

  it('refuses JSON nested 1,800 levels deep on every route that takes a body, before anything walks it', async () => {
    await expectDeepJsonRefusedEverywhere(service.app, url, everyRole, [
      'post /v1/workers',
      'post /v1/sponsors',
      'patch /v1/workers/{id}',
    ]);
  });

  it('answers 400 for a body that is not JSON and 413 for one above the limit, without echoing it', async () => {
    const malformed = await request(url)
      .post('/v1/workers')
      .set('Authorization', officer)
      .set('Content-Type', 'application/json')
      .send('{"nik":"7604011205900001",')
      .expect(400);
    expect(malformed.body).toEqual({
      statusCode: 400,
      error: 'BODY_NOT_JSON',
      message: 'the request body is not valid JSON',
    });
    const huge = await register({
      ...aRegistration().build(),
      tenant: '76.04',
      addressLine: 'x'.repeat(MAX_BODY_BYTES),
    });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ error: 'BODY_TOO_LARGE', message: expect.stringContaining(`${MAX_BODY_BYTES}`) });
  });

  it('answers 400 naming the field for a worker with "kk": null or "payoutAccount": null', async () => {
    for (const field of ['kk', 'payoutAccount']) {
      const response = await register({ tenant: '76.04', ...aRegistration().build(), [field]: null }).expect(400);
      expect(response.body.violations).toEqual([
        { field, code: 'notNull', message: 'must be left out rather than null' },
      ]);
    }
    const { body: worker } = await register({ tenant: '76.04', ...aRegistration().build() }).expect(201);
    const update = await request(url)
      .patch(`/v1/workers/${worker.id}`)
      .set('Authorization', officer)
      .send({ payoutAccount: null })
      .expect(400);
    expect(update.body.violations).toEqual([expect.objectContaining({ field: 'payoutAccount', code: 'notNull' })]);
  });

  it('answers 400 for a sponsor without its agreement', async () => {
    const response = await request(url)
      .post('/v1/sponsors')
      .set('Authorization', bearer('admin'))
      .send({ name: 'Pemerintah Kabupaten Majene', tenant: '76.05', programmes: ['JKK', 'JKM'] })
      .expect(400);
    expect(response.body.violations).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'agreement', code: 'isObject' })]),
    );
  });

  it('bounds every paging parameter of every list route (1e308 and 2^63 overflowed the database)', async () => {
    await expectPagingBoundedEverywhere(
      service.app,
      url,
      everyRole,
      ['/v1/workers?page', '/v1/workers?pageSize'],
      (response, name) =>
        expect(response.body.violations).toEqual([expect.objectContaining({ field: name, code: 'max' })]),
    );
    await request(url).get('/v1/workers').query({ page: 50_001 }).set('Authorization', officer).expect(200);
  });

  it('never answers 500 to requests generated from every route schema (fast-check)', async () => {
    await assertNoServerErrors(service.app, url, everyRole, GENERATED_REQUESTS);
  });
});

/** Production refuses development key ids (dev-, test-, fixture): this run's own production-like key. */
function productionSealingKeyFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'jaring-sealing-')), 'keys.json');
  writeFileSync(path, generateSealingKeyFile('hostile-production-check'), { mode: 0o600 });
  return path;
}

describe('enrolment in production: no API map, metrics only on their own port', () => {
  const service = new EnrolmentTestApp('enrolment_production_mode', {
    NODE_ENV: 'production',
    EVENT_SEALING_KEYS_FILE: productionSealingKeyFile(),
    // Production wants an https issuer; these routes are public, no token is ever checked.
    OIDC_ISSUER: 'https://sso.example.test/realms/jaring',
    ACTIVATION_INTERVAL_MS: '0',
  });
  let url: string;

  beforeAll(async () => {
    await service.start();
    url = baseUrlOf(service.app);
  });

  afterAll(() => service.stop());

  it('serves no /docs and no /metrics on the API port, and the metrics on METRICS_PORT', async () => {
    await request(url).get('/docs').expect(404);
    await request(url).get('/docs-json').expect(404);
    await request(url).get('/metrics').expect(404);
    await request(url).get('/health/live').expect(200);
    const metrics = service.app.get(MetricsServer).url;
    expect(new URL(metrics).port).not.toBe(new URL(url).port);
    const scrape = await fetch(metrics);
    expect(scrape.status).toBe(200);
    expect(await scrape.text()).toContain('jaring_http_request_duration_seconds');
    expect((await fetch(metrics.replace('/metrics', '/v1/workers'))).status).toBe(404);
  });
});
