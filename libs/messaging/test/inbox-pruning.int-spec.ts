import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ensureDatabase, serviceDataSourceOptions } from '@jaring/persistence';
import { testDatabaseUrl, waitFor } from '../../../test/support/test-environment';
import { InboxPruner, MESSAGING_MIGRATIONS } from '../src';
import { silentLog } from './messaging-test-kit';

describe('inbox pruning (real PostgreSQL)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    const databaseUrl = testDatabaseUrl(`inbox_${randomUUID().slice(0, 6)}`);
    await ensureDatabase(databaseUrl);
    dataSource = await new DataSource(
      serviceDataSourceOptions({
        databaseUrl,
        applicationName: 'inbox-pruning-test',
        entities: [],
        migrations: MESSAGING_MIGRATIONS,
        poolSize: 3,
      }),
    ).initialize();
  });

  afterAll(async () => dataSource.destroy());

  beforeEach(async () => dataSource.query('TRUNCATE inbox_message'));

  /** Inbox rows of `consumer` processed `daysAgo` days ago; returns their event ids. */
  async function received(consumer: string, count: number, daysAgo: number): Promise<string[]> {
    const ids = Array.from({ length: count }, () => randomUUID());
    await dataSource.query(
      `INSERT INTO inbox_message (consumer, event_id, event_type, topic, partition, kafka_offset, processed_at)
       SELECT $1, id, 'WorkerRegistered.v1', 'jaring.enrolment.worker.v1', 0, 0, now() - make_interval(days => $3)
         FROM unnest($2::uuid[]) AS t(id)`,
      [consumer, ids, daysAgo],
    );
    return ids;
  }

  const remaining = async (): Promise<string[]> =>
    (await dataSource.query('SELECT event_id FROM inbox_message ORDER BY event_id')).map(
      (row: { event_id: string }) => row.event_id,
    );

  it('deletes only the rows older than the kept days, for every consumer, in batches', async () => {
    await received('billing', 3, 200);
    await received('claims', 2, 188);
    const kept = [
      ...(await received('billing', 2, 186)),
      ...(await received('claims', 1, 10)),
      ...(await received('claims', 1, 0)),
    ];
    const pruner = new InboxPruner(dataSource, { keepDays: 187, batchSize: 2 }, silentLog);

    expect(await pruner.pruneOnce()).toBe(5);
    expect(await remaining()).toEqual(kept.sort());
    expect(await pruner.pruneOnce()).toBe(0);
  });

  it('leaves the work to the replica already pruning', async () => {
    await received('billing', 4, 365);
    const other = dataSource.createQueryRunner();
    await other.startTransaction();
    try {
      await other.query(`SELECT pg_advisory_xact_lock(hashtext('jaring-inbox-pruner'))`);
      expect(await new InboxPruner(dataSource, { keepDays: 187 }, silentLog).pruneOnce()).toBe(0);
    } finally {
      await other.rollbackTransaction();
      await other.release();
    }
    expect(await remaining()).toHaveLength(4);
  });

  it('prunes on its interval once started, until stopped', async () => {
    await received('enrolment', 3, 400);
    const kept = await received('enrolment', 1, 1);
    const pruner = new InboxPruner(dataSource, { keepDays: 187, intervalMs: 100 }, silentLog);
    pruner.start();
    try {
      await waitFor(async () => (await remaining()).length === 1, { what: 'the expired rows pruned' });
    } finally {
      await pruner.stop();
    }
    await received('enrolment', 2, 400);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await remaining()).toHaveLength(3); // stopped: nothing pruned any more
    expect(await remaining()).toEqual(expect.arrayContaining(kept));
  });
});
