import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { MetricsServer } from '@jaring/observability';
import { DataSource } from 'typeorm';
import { enrolWorker } from '../support/e2e-steps';
import { type RunningServices, startServices } from '../support/service-harness';
import { baseUrlOf, waitFor } from '../support/test-environment';
import { bearer } from '../support/tokens';

describe('walking skeleton: a worker registered in enrolment reaches billing and claims through Kafka', () => {
  let services: RunningServices;
  let enrolment: INestApplication;
  let billing: INestApplication;
  let claims: INestApplication;

  beforeAll(async () => {
    services = await startServices(['enrolment', 'billing', 'claims'], { label: 'skeleton' });
    [enrolment, billing, claims] = [services.get('enrolment'), services.get('billing'), services.get('claims')];
  });

  afterAll(async () => services?.stop());

  it('projects the registered worker in both services within seconds', async () => {
    const workerId = await enrolWorker(enrolment);

    const started = Date.now();
    const inBilling = await waitFor(
      () =>
        billing
          .get(DataSource)
          .query('SELECT status, declared_monthly_income FROM worker_projection WHERE worker_id = $1', [workerId])
          .then((rows) => rows[0]),
      { what: 'the worker in the billing projection' },
    );
    const inClaims = await waitFor(
      () =>
        claims
          .get(DataSource)
          .query('SELECT nik, status FROM member WHERE worker_id = $1', [workerId])
          .then((rows) => rows[0]),
      { what: 'the worker in the claims projection' },
    );
    expect(inBilling).toEqual({ status: 'active', declared_monthly_income: '1000000' });
    expect(inClaims).toEqual({ nik: '7604011205900001', status: 'active' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('rejects a registration without a token, and one with the wrong role', async () => {
    await request(baseUrlOf(enrolment)).post('/v1/workers').send({}).expect(401);
    await request(baseUrlOf(enrolment))
      .post('/v1/workers')
      .set('Authorization', await bearer('officer-finance', 'finance'))
      .send({})
      .expect(403);
  });

  it('reports every service ready on its database, and its Kafka links as a metric', async () => {
    for (const app of [enrolment, billing, claims]) {
      const ready = await request(baseUrlOf(app)).get('/health/ready');
      expect(ready.status).toBe(200);
      expect(Object.keys(ready.body.details).filter((check) => check.startsWith('kafka'))).toEqual([]);
      expect(ready.body.details.database).toMatchObject({ status: 'up' });
    }
    const metrics = await (await fetch(billing.get(MetricsServer).url)).text();
    for (const service of ['enrolment', 'billing', 'claims']) {
      expect(metrics).toContain(`jaring_kafka_link_up{service="${service}",link="kafka-producer"} 1`);
    }
    expect(metrics).toContain('jaring_kafka_link_up{service="billing",link="kafka-consumer"} 1');
  });
});
