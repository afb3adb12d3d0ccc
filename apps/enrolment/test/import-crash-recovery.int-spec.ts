import { Client } from 'pg';
import { testDatabaseUrl, testKafkaBrokers, uniqueTopicPrefix, waitFor } from '../../../test/support/test-environment';
import { buildServices, freePort, ServiceProcess } from '../../../test/support/service-process';
import { bearer, testIssuer } from '../../../test/support/tokens';
import { IMPORT_QUEUE } from '../src/infrastructure/imports/durable-import.queue';
import { generateWorkerList, toCsv, type WorkerList } from './support/worker-list.generator';

interface ImportRow {
  status: string;
  total_rows: number | null;
  processed_rows: number;
  accepted_rows: number;
  rejected_rows: number;
  flagged_rows: number;
  attempt: number;
}

/**
 * The enrolment service as real processes on one database: an import survives `kill -9` of the
 * process running it, and two instances never process one import twice.
 */
describe('durable imports across real service processes (real PostgreSQL and Kafka)', () => {
  let officer: string;
  beforeAll(async () => {
    officer = await bearer('officer-import', 'enrolment-officer');
    buildServices();
  });

  async function instance(databaseUrl: string, topicPrefix: string): Promise<ServiceProcess> {
    return new ServiceProcess('enrolment', await freePort(), {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: testKafkaBrokers(),
      KAFKA_TOPIC_PREFIX: topicPrefix,
      KAFKA_GROUP_ID: `${topicPrefix}enrolment`,
      IMPORT_BATCH_SIZE: '100',
      ACTIVATION_INTERVAL_MS: '0',
      OUTBOX_POLL_INTERVAL_MS: '50',
      OIDC_ISSUER: testIssuer(),
    }).start();
  }

  async function upload(service: ServiceProcess, list: WorkerList, name: string): Promise<string> {
    const form = new FormData();
    form.set('tenant', '76.04');
    form.set('file', new Blob([toCsv(list)], { type: 'text/csv' }), name);
    const response = await fetch(`${service.url}/v1/imports`, {
      method: 'POST',
      headers: { Authorization: officer },
      body: form,
    });
    expect(response.status).toBe(202);
    return ((await response.json()) as { id: string }).id;
  }

  async function importRow(db: Client, id: string): Promise<ImportRow> {
    const { rows } = await db.query<ImportRow>(
      `SELECT status, total_rows, processed_rows, accepted_rows, rejected_rows, flagged_rows, attempt
         FROM import_job WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /** What an uninterrupted run of `list` leaves: counters, each accepted row once with one event, the report. */
  async function expectImportedOnce(db: Client, id: string, list: WorkerList): Promise<void> {
    expect(await importRow(db, id)).toMatchObject({
      status: 'completed',
      total_rows: list.rows.length,
      processed_rows: list.rows.length,
      accepted_rows: list.expected.accepted,
      rejected_rows: list.expected.rejected,
      flagged_rows: list.expected.flagged,
    });
    const { rows: stored } = await db.query<{ workers: number; niks: number; events: number }>(
      `SELECT count(*)::int AS workers, count(DISTINCT w.nik)::int AS niks,
              (SELECT count(*)::int FROM outbox_message o
                 JOIN worker x ON o.message_key = x.id::text WHERE x.import_id = $1) AS events
         FROM worker w WHERE w.import_id = $1`,
      [id],
    );
    expect(stored[0]).toEqual({
      workers: list.expected.accepted,
      niks: list.expected.accepted,
      events: list.expected.accepted,
    });
    const { rows: errors } = await db.query<{ row: number; field: string; code: string }>(
      `SELECT row_number AS row, field, code FROM import_row_error WHERE import_id = $1 ORDER BY seq`,
      [id],
    );
    expect(errors).toEqual(list.expected.errors);
    const { rows: files } = await db.query(`SELECT 1 FROM import_file WHERE import_id = $1`, [id]);
    expect(files).toHaveLength(0);
  }

  describe('kill -9 of the process running an import', () => {
    const databaseUrl = testDatabaseUrl('enrolment_crash');
    const topicPrefix = uniqueTopicPrefix();
    const list = generateWorkerList({ rows: 4_000, invalidEvery: 50, duplicateEvery: 70, probableDuplicateEvery: 90 });
    const db = new Client({ connectionString: databaseUrl });
    let first: ServiceProcess;
    let second: ServiceProcess | undefined;

    afterAll(async () => {
      await first?.kill();
      await second?.stop();
      await db.end();
    });

    it('is finished by a restarted service within a minute: every row once, counters and error report exact', async () => {
      first = await instance(databaseUrl, topicPrefix);
      await db.connect();
      const id = await upload(first, list, 'daftar-4000.csv');
      await waitFor(async () => (await importRow(db, id)).processed_rows >= 600, {
        intervalMs: 10,
        what: 'the import to be under way',
      });
      await first.kill();
      const killedAt = Date.now();
      const atKill = await importRow(db, id);
      expect(atKill.status).toBe('running');
      expect(atKill.processed_rows).toBeLessThan(list.rows.length);

      second = await instance(databaseUrl, topicPrefix);
      await waitFor(async () => (await importRow(db, id)).status === 'completed', {
        timeoutMs: 90_000,
        what: 'the restarted service to finish the import',
      });
      expect(Date.now() - killedAt).toBeLessThan(60_000);
      await expectImportedOnce(db, id, list);
      expect((await importRow(db, id)).attempt).toBeGreaterThan(0);
      expect(second.logged('import finished')).toEqual([
        expect.objectContaining({ importId: id, status: 'completed' }),
      ]);
    });
  });

  describe('two instances on one database', () => {
    const databaseUrl = testDatabaseUrl('enrolment_replicas');
    const topicPrefix = uniqueTopicPrefix();
    const lists = [0, 1, 2].map((n) =>
      generateWorkerList({ rows: 1_500, invalidEvery: 40, duplicateEvery: 60, firstIndex: n * 10_000 }),
    );
    const db = new Client({ connectionString: databaseUrl });
    const instances: ServiceProcess[] = [];

    afterAll(async () => {
      await Promise.all(instances.map((service) => service.stop()));
      await db.end();
    });

    it('process each import exactly once, whichever instance received it', async () => {
      instances.push(await instance(databaseUrl, topicPrefix), await instance(databaseUrl, topicPrefix));
      await db.connect();
      const ids = await Promise.all(lists.map((list, n) => upload(instances[n % 2], list, `daftar-${n}.csv`)));
      await waitFor(
        async () => {
          const { rows } = await db.query(`SELECT 1 FROM import_job WHERE id = ANY($1) AND status = 'completed'`, [
            ids,
          ]);
          return rows.length === ids.length;
        },
        { timeoutMs: 90_000, what: 'every import to finish' },
      );
      for (const [n, id] of ids.entries()) {
        await expectImportedOnce(db, id, lists[n]);
        expect((await importRow(db, id)).attempt).toBe(0); // claimed once, never taken from a live worker
      }
      const finished = instances.flatMap((service) => service.logged('import finished').map((entry) => entry.importId));
      expect(finished.sort()).toEqual([...ids].sort());
      const { rows: jobs } = await db.query<{ key: string; retries: number }>(
        `SELECT singleton_key AS key, retry_count AS retries FROM pgboss.job WHERE name = $1`,
        [IMPORT_QUEUE],
      );
      expect(jobs.map((job) => job.key).sort()).toEqual([...ids].sort());
      expect(jobs.every((job) => job.retries === 0)).toBe(true);
    });
  });
});
