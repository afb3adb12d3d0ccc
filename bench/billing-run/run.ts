// Billing-run benchmark: the monthly billing run of one sponsor with 1,000,000 workers (lines
// stored with INSERT ... SELECT from the worker projection, InvoiceIssued published to Kafka),
// against a PostgreSQL COPY of the same lines into a table of the same shape, in the same run.
// Then a full payment of that invoice: 1,000 CoverageGranted batches staged and published.
// Needs a broker (npm run kafka -- start) and a local PostgreSQL the bench may COPY files into.
//   npm run bench:billing [-- <workers>]
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { ALL_TOPICS, type EventEnvelope } from '@jaring/contracts';
import { KafkajsPublisher, KafkajsTopicAdmin, Outbox, OutboxRelay, RELAY_BATCH_SIZE } from '@jaring/messaging';
import { dropTestDatabase, ensureDatabase } from '@jaring/persistence';
import { platformDataSourceOptions } from '@jaring/platform';
import { BillingRunQueue } from '../../apps/billing/src/application/ports/billing-run-queue';
import { RecordPaymentHandler } from '../../apps/billing/src/application/record-payment/record-payment.handler';
import { ExecuteBillingRunHandler } from '../../apps/billing/src/application/run-billing/execute-billing-run.handler';
import { StartBillingRunHandler } from '../../apps/billing/src/application/run-billing/start-billing-run.handler';
import { BillingConfig } from '../../apps/billing/src/billing.config';
import { BILLING_PERSISTENCE, billingSettingsFrom } from '../../apps/billing/src/billing.module';
import { SystemClock } from '../../apps/billing/src/infrastructure/clock/system-clock';
import { SqlBillingStore } from '../../apps/billing/src/infrastructure/persistence/sql-billing.store';
import { TenantContext, TenantScope } from '@jaring/auth';

const run = promisify(execFile);
const WORKERS = Number(process.argv[2] ?? 1_000_000);
const CHUNK = Number(process.env.BENCH_CHUNK ?? new BillingConfig().BILLING_RUN_CHUNK_SIZE);
const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const id = randomUUID().slice(0, 8);
const DATABASE_URL = `${SERVER}/jaring_bench_test_${id}`;
const PREFIX = `bench-${id}.`;
const SPONSOR = { sponsorId: randomUUID(), tenant: '76.04' };
const MONTH = '2026-03';
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = process.hrtime.bigint();
  const result = await work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(`${label}: ${seconds.toFixed(2)} s\n`);
  return { result, seconds };
}

class CollectingQueue extends BillingRunQueue {
  readonly runs: string[] = [];
  async enqueue(runId: string): Promise<void> {
    this.runs.push(runId);
  }
}

async function main(): Promise<void> {
  await ensureDatabase(DATABASE_URL);
  const dataSource = await new DataSource(
    platformDataSourceOptions('bench-billing', DATABASE_URL, BILLING_PERSISTENCE),
  ).initialize();
  const kafka = new Kafka({ clientId: 'bench-billing', brokers: BROKERS, logLevel: logLevel.NOTHING });
  const admin = new KafkajsTopicAdmin(kafka);
  await admin.ensureTopics(
    ALL_TOPICS.map((topic) => ({ name: PREFIX + topic.name, partitions: topic.partitions.dev })),
  );
  await admin.disconnect();
  const publisher = new KafkajsPublisher(kafka);
  await publisher.connect();
  const copyFolder = mkdtempSync(join(tmpdir(), 'jaring-bench-'));
  chmodSync(copyFolder, 0o777); // the PostgreSQL server process writes and reads the COPY file

  try {
    await timed(`seeded ${WORKERS} workers in the projection (not measured)`, async () => {
      await dataSource.query(
        `INSERT INTO worker_projection (worker_id, sponsor_id, tenant, status, declared_monthly_income, coverage_start_date, updated_at)
         SELECT gen_random_uuid(), $1, $2, 'active', 1000000, '2025-10-06', now() FROM generate_series(1, $3)`,
        [SPONSOR.sponsorId, SPONSOR.tenant, WORKERS],
      );
      await dataSource.query(`INSERT INTO sponsor_account (sponsor_id, tenant, sponsor_type) VALUES ($1, $2, 'APBD')`, [
        SPONSOR.sponsorId,
        SPONSOR.tenant,
      ]);
      await dataSource.query('VACUUM ANALYZE worker_projection');
    });

    const config = Object.assign(new BillingConfig(), { BILLING_RUN_CHUNK_SIZE: CHUNK });
    const settings = billingSettingsFrom(config);
    const clock = new SystemClock(config.BUSINESS_TIME_ZONE);
    const store = new SqlBillingStore(dataSource, new Outbox('billing', PREFIX));
    const queue = new CollectingQueue();
    const relay = new OutboxRelay(
      dataSource,
      publisher,
      { service: 'billing', batchSize: RELAY_BATCH_SIZE, pollIntervalMs: 10, keepSentForHours: 1 },
      silent,
    );
    const drain = async () => {
      while ((await relay.relayOnce()) > 0);
    };

    // 1. The billing run as the service does it, then the relay publishing what it staged.
    const lines = await timed('billing run: lines stored, invoice issued', async () => {
      const { run: started } = await new StartBillingRunHandler(store, queue, settings, clock).execute({
        sponsorId: SPONSOR.sponsorId,
        month: MONTH,
        trigger: 'api',
        requestedBy: 'bench',
      });
      const finished = await new ExecuteBillingRunHandler(store, settings, clock).execute(started.id);
      if (finished?.status !== 'completed')
        throw new Error(`billing run ended ${finished?.status}: ${finished?.error}`);
      return finished;
    });
    const published = await timed('billing run: InvoiceIssued published to Kafka', drain);
    const billingSeconds = lines.seconds + published.seconds;
    const invoiceId = lines.result.invoiceId as string;
    const [invoice] = await dataSource.query(`SELECT line_count, total FROM invoice WHERE id = $1`, [invoiceId]);
    if (invoice.line_count !== WORKERS || Number(invoice.total) !== WORKERS * 16_800) {
      throw new Error(`invoice has ${invoice.line_count} lines totalling ${invoice.total}`);
    }

    // 2. COPY of the same lines into a table of the same shape (same primary key and index).
    const file = join(copyFolder, 'lines.csv');
    await dataSource.query(
      `COPY (SELECT * FROM invoice_line WHERE invoice_id = '${invoiceId}' ORDER BY worker_id) TO '${file}' WITH (FORMAT csv)`,
    );
    await dataSource.query(`CREATE TABLE invoice_line_copy (LIKE invoice_line INCLUDING ALL)`);
    await dataSource.query('CHECKPOINT');
    const copy = await timed('COPY of the same lines (server-side file)', () =>
      dataSource.query(`COPY invoice_line_copy FROM '${file}' WITH (FORMAT csv)`),
    );
    let clientCopySeconds: number | undefined;
    try {
      await dataSource.query(`CREATE TABLE invoice_line_copy2 (LIKE invoice_line INCLUDING ALL)`);
      const clientCopy = await timed('COPY of the same lines (psql \\copy from the client)', () =>
        run('psql', [DATABASE_URL, '-q', '-c', `\\copy invoice_line_copy2 FROM '${file}' WITH (FORMAT csv)`]),
      );
      clientCopySeconds = clientCopy.seconds;
    } catch (error) {
      process.stdout.write(`client-side COPY skipped: ${(error as Error).message.split('\n')[0]}\n`);
    }

    // 3. The invoice paid in full: 1,000 CoverageGranted batches staged and published.
    const payment = await timed('full payment: allocation and coverage batches staged', () =>
      new RecordPaymentHandler(store, clock, { shortPaymentPolicy: 'hold-invoice' }).execute({
        idempotencyKey: `bench-${id}`,
        amount: WORKERS * 16_800,
        invoiceId,
        paidAt: new Date().toISOString(),
        source: 'api',
        recordedBy: 'bench',
        origin: { correlationId: id, causationId: id },
      }),
    );
    const coverage = await timed('full payment: coverage batches published to Kafka', drain);
    const [{ batches, workers }] = await dataSource.query(
      `SELECT count(*)::int AS batches, COALESCE(sum(json_array_length(envelope->'payload'->'workerIds')), 0)::int AS workers
         FROM outbox_message WHERE event_type = 'CoverageGranted' AND sent_at IS NOT NULL`,
    );
    if (workers !== WORKERS) throw new Error(`coverage published for ${workers} workers, expected ${WORKERS}`);
    const [issuedEvent] = await dataSource.query<{ envelope: EventEnvelope }[]>(
      `SELECT envelope FROM outbox_message WHERE event_type = 'InvoiceIssued' AND sent_at IS NOT NULL`,
    );
    if (!issuedEvent) throw new Error('InvoiceIssued was not published');

    const rate = (seconds: number) => Math.round(WORKERS / seconds).toLocaleString('en-US');
    process.stdout.write(
      [
        '',
        `workers / invoice lines:        ${WORKERS.toLocaleString('en-US')} (chunks of ${CHUNK.toLocaleString('en-US')})`,
        `invoice total:                  Rp${Number(invoice.total).toLocaleString('en-US')}`,
        `billing run (lines + event):    ${rate(billingSeconds)} rows/s (${billingSeconds.toFixed(2)} s)`,
        `COPY, server-side file:         ${rate(copy.seconds)} rows/s (${copy.seconds.toFixed(2)} s)`,
        ...(clientCopySeconds === undefined
          ? []
          : [`COPY, psql \\copy:               ${rate(clientCopySeconds)} rows/s (${clientCopySeconds.toFixed(2)} s)`]),
        `billing run / COPY:             ${(copy.seconds / billingSeconds).toFixed(2)}x (target >= 0.5x)`,
        ...(clientCopySeconds === undefined
          ? []
          : [`billing run / psql \\copy:       ${(clientCopySeconds / billingSeconds).toFixed(2)}x`]),
        `full payment → coverage:        ${batches} CoverageGranted batches for ${workers.toLocaleString('en-US')} workers, ` +
          `${(payment.seconds + coverage.seconds).toFixed(2)} s (staged ${payment.seconds.toFixed(2)} s, published ${coverage.seconds.toFixed(2)} s)`,
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(copyFolder, { recursive: true, force: true });
    await publisher.disconnect();
    await dataSource.destroy();
    await dropTestDatabase(DATABASE_URL);
  }
}

// The benchmark drives the use cases directly, as the job queue does: for every regency.
TenantContext.run(TenantScope.system(), main).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
