import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { generateWorkerList, toCsv } from '../../apps/enrolment/test/support/worker-list.generator';
import { firstOfBusinessMonth } from '../support/business-dates';
import { type RunningServices, startServices } from '../support/service-harness';
import { baseUrlOf, waitFor } from '../support/test-environment';
import { bearer } from '../support/tokens';

/**
 * A Pemkab list imported in enrolment reaches billing (who is billed) and claims (who is covered)
 * through the outbox and Kafka: every accepted row, and none of the rejected ones.
 */
describe('bulk import end to end: imported workers appear in the billing and claims projections', () => {
  let services: RunningServices;
  let enrolment: INestApplication;
  let billing: INestApplication;
  let claims: INestApplication;
  let officer: string;
  const list = generateWorkerList({ rows: 2_000, invalidEvery: 50, duplicateEvery: 100, firstIndex: 50_000 });

  beforeAll(async () => {
    services = await startServices(['enrolment', 'billing', 'claims'], { label: 'import' });
    [enrolment, billing, claims] = [services.get('enrolment'), services.get('billing'), services.get('claims')];
    officer = await bearer('officer-enrolment', 'enrolment-officer');
  });

  afterAll(async () => services?.stop());

  const count = (app: INestApplication, sql: string) =>
    app
      .get(DataSource)
      .query(sql)
      .then((rows: { n: number }[]) => rows[0].n);

  it('projects every accepted row in billing and claims, with the status and coverage start enrolment decided', async () => {
    const upload = await request(baseUrlOf(enrolment))
      .post('/v1/imports')
      .set('Authorization', officer)
      .field('tenant', '76.04')
      .attach('file', Buffer.from(toCsv(list)), 'daftar-polman.csv')
      .expect(202);

    const job = await waitFor(
      async () => {
        const response = await request(baseUrlOf(enrolment))
          .get(`/v1/imports/${upload.body.id}`)
          .set('Authorization', officer);
        return response.body.status === 'completed' ? response.body : undefined;
      },
      { timeoutMs: 60_000, what: 'the import to complete' },
    );
    expect(job).toMatchObject({ accepted: list.expected.accepted, rejected: list.expected.rejected });
    expect(list.expected).toMatchObject({ accepted: 1_940, rejected: 60 });

    const started = Date.now();
    await waitFor(async () => (await count(billing, 'SELECT count(*)::int AS n FROM worker_projection')) === 1_940, {
      timeoutMs: 60_000,
      what: 'all imported workers in the billing projection',
    });
    await waitFor(async () => (await count(claims, 'SELECT count(*)::int AS n FROM member')) === 1_940, {
      timeoutMs: 60_000,
      what: 'all imported workers in the claims projection',
    });
    expect(Date.now() - started).toBeLessThan(30_000);

    const [stored] = await enrolment
      .get(DataSource)
      .query(`SELECT id, nik FROM worker WHERE import_id = $1 ORDER BY nik LIMIT 1`, [upload.body.id]);
    const [inBilling] = await billing
      .get(DataSource)
      .query(
        `SELECT status, coverage_start_date::text AS coverage, tenant FROM worker_projection WHERE worker_id = $1`,
        [stored.id],
      );
    const [inClaims] = await claims
      .get(DataSource)
      .query(`SELECT nik, status FROM member WHERE worker_id = $1`, [stored.id]);
    expect(inBilling).toEqual({ status: 'active', coverage: firstOfBusinessMonth(), tenant: '76.04' });
    expect(inClaims).toEqual({ nik: stored.nik, status: 'active' });

    // Rows rejected for a mistake (not repeats) never reach claims, even when their NIK looks valid.
    const rejectedNiks = list.expected.errors
      .filter((error) => error.code !== 'NIK_REPEATED_IN_FILE')
      .map((error) => list.rows[error.row - 2][0])
      .filter((nik) => /^\d{16}$/.test(nik));
    expect(rejectedNiks.length).toBeGreaterThan(10);
    const leaked = await claims
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM member WHERE nik = ANY($1)`, [rejectedNiks]);
    expect(leaked).toEqual([{ n: 0 }]);
  });
});
