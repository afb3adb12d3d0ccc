// Bulk-import benchmark of the enrolment service (npm run bench:import). See README.md beside it.
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ALL_TOPICS } from '@jaring/contracts';
import { createKafka, KafkajsPublisher, KafkajsTopicAdmin, Outbox, OutboxRelay } from '@jaring/messaging';
import { ensureDatabase, serviceDataSourceOptions } from '@jaring/persistence';
import { InboxMessageOrmEntity, MessagingTables1764000000000, OutboxMessageOrmEntity } from '@jaring/messaging';
import { ensureKafka } from '../../deploy/local/kafka/kafka-launcher';
import type { ImportFile } from '../../apps/enrolment/src/application/ports/import-file.reader';
import type { ImportJob } from '../../apps/enrolment/src/application/ports/import-job.repository';
import { ImportQueue } from '../../apps/enrolment/src/application/ports/import-queue';
import { RunWorkerImportHandler } from '../../apps/enrolment/src/application/run-worker-import/run-worker-import.handler';
import { StartWorkerImportHandler } from '../../apps/enrolment/src/application/start-worker-import/start-worker-import.handler';
import { EnrolmentConfig } from '../../apps/enrolment/src/enrolment.config';
import { ENROLMENT_PERSISTENCE } from '../../apps/enrolment/src/enrolment.module';
import { SystemClock } from '../../apps/enrolment/src/infrastructure/clock/system-clock';
import { SpreadsheetImportReader } from '../../apps/enrolment/src/infrastructure/imports/spreadsheet-import.reader';
import { TypeormImportJobRepository } from '../../apps/enrolment/src/infrastructure/persistence/typeorm-import-job.repository';
import { TypeormSponsorRepository } from '../../apps/enrolment/src/infrastructure/persistence/typeorm-sponsor.repository';
import { SeedReferenceData } from '../../apps/enrolment/src/infrastructure/reference/seed-reference-data';
import { generateWorkerList, toCsv } from '../../apps/enrolment/test/support/worker-list.generator';

const run = promisify(execFile);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const BIG_ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const REGENCY_ROWS = Number(process.env.BENCH_REGENCY_ROWS ?? 26_000);
/** The enrolment service's defaults (EnrolmentConfig, MessagingRuntime), so the figures are the service's. */
const BATCH_SIZE = Number(process.env.IMPORT_BATCH_SIZE ?? new EnrolmentConfig().IMPORT_BATCH_SIZE);
const RELAY = { service: 'enrolment', batchSize: 500, pollIntervalMs: 100, keepSentForHours: 72 };
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function perSecond(rows: number, ms: number): string {
  return `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s`;
}

/**
 * CPU milliseconds used so far by the server processes serving the benchmark, read from /proc
 * (so only when PostgreSQL runs on this machine; undefined otherwise).
 */
async function postgresCpuMs(dataSource: DataSource): Promise<number | undefined> {
  const rows: { pid: number }[] = await dataSource.query(
    `SELECT pid FROM pg_stat_activity WHERE application_name = 'jaring-bench' AND datname = current_database()`,
  );
  let total = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 10 ms ticks
    } catch {
      return undefined;
    }
  }
  return total;
}

/** The import use case wired by hand to its real adapters (no Nest: tsx emits no decorator metadata). */
class ImportRig {
  readonly outbox: Outbox;
  readonly start: StartWorkerImportHandler;
  private readonly runs = new Map<string, Promise<ImportJob>>();

  constructor(
    readonly dataSource: DataSource,
    topicPrefix: string,
  ) {
    this.outbox = new Outbox('enrolment', topicPrefix);
    const jobs = new TypeormImportJobRepository(dataSource, this.outbox);
    const sponsors = new TypeormSponsorRepository(dataSource);
    const reader = new SpreadsheetImportReader();
    const runImport = new RunWorkerImportHandler(
      jobs,
      reader,
      sponsors,
      SeedReferenceData.load('apps/enrolment/seed'),
      new SystemClock('Asia/Makassar'),
      { batchSize: BATCH_SIZE, maxRows: 100_000 },
    );
    const runs = this.runs;
    const queue = new (class extends ImportQueue {
      enqueue(jobId: string, file: ImportFile): void {
        runs.set(jobId, runImport.execute(jobId, file));
      }
    })();
    this.start = new StartWorkerImportHandler(sponsors, jobs, reader, queue);
  }

  /** Uploads the file and waits until its job has finished; returns the job and the elapsed time. */
  async importFile(content: Buffer): Promise<{ job: ImportJob; ms: number }> {
    const started = performance.now();
    const { job } = await this.start.execute({ tenant: '76.04', content, actor: 'bench' });
    const finished = await this.runs.get(job.id);
    if (!finished) throw new Error('the import was not queued');
    return { job: finished, ms: performance.now() - started };
  }
}

async function openDatabase(name: string): Promise<DataSource> {
  const url = `${POSTGRES_URL}/${name}`;
  await ensureDatabase(url);
  const dataSource = new DataSource(
    serviceDataSourceOptions({
      databaseUrl: url,
      applicationName: 'jaring-bench',
      entities: [OutboxMessageOrmEntity, InboxMessageOrmEntity, ...ENROLMENT_PERSISTENCE.entities],
      migrations: [MessagingTables1764000000000, ...ENROLMENT_PERSISTENCE.migrations],
    }),
  );
  return dataSource.initialize();
}

async function dropDatabase(name: string): Promise<void> {
  if (!/^jaring_bench_[a-z0-9_]+$/.test(name)) throw new Error(`refusing to drop ${name}`);
  const client = new Client({ connectionString: `${POSTGRES_URL}/postgres` });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** COPY through psql's \copy (client-side COPY FROM STDIN); returns the time psql measured for the COPY alone. */
async function copyWithPsql(database: string, table: string, file: string): Promise<number> {
  const { stdout } = await run(
    'psql',
    [
      `${POSTGRES_URL}/${database}`,
      '-X',
      '-q',
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      '\\timing on',
      '-c',
      `\\copy ${table} FROM '${file}'`,
    ],
    { maxBuffer: 1 << 20 },
  );
  const match = /Time: ([\d.]+) ms/.exec(stdout);
  if (!match) throw new Error(`psql printed no timing: ${stdout}`);
  return Number(match[1]);
}

/** Imports BIG_ROWS rows, then COPYs exactly the stored (valid) rows into scratch tables of the same shape. */
async function bigImportAgainstCopy(database: string, topicPrefix: string): Promise<void> {
  const dataSource = await openDatabase(database);
  try {
    const rig = new ImportRig(dataSource, topicPrefix);
    const list = generateWorkerList({ rows: BIG_ROWS, invalidEvery: 50, duplicateEvery: 100 });
    const content = Buffer.from(toCsv(list));
    print(
      `1. Import of ${BIG_ROWS.toLocaleString('en')} rows (2% invalid, 1% duplicate), CSV ${(content.length / 1e6).toFixed(1)} MB, batches of ${BATCH_SIZE}`,
    );
    print('   through StartWorkerImport + RunWorkerImport and the TypeORM adapters; the outbox relay is not running');
    const postgresBefore = await postgresCpuMs(dataSource);
    const nodeBefore = process.cpuUsage();
    const { job, ms } = await rig.importFile(content);
    const nodeCpu = process.cpuUsage(nodeBefore);
    const postgresAfter = await postgresCpuMs(dataSource);
    if (
      job.status !== 'completed' ||
      job.acceptedRows !== list.expected.accepted ||
      job.rejectedRows !== list.expected.rejected
    ) {
      throw new Error(`unexpected outcome: ${JSON.stringify(job)} (expected ${JSON.stringify(list.expected)})`);
    }
    const [{ events }] = await dataSource.query(`SELECT count(*)::int AS events FROM outbox_message`);
    print(
      `   accepted ${job.acceptedRows.toLocaleString('en')}, rejected ${job.rejectedRows.toLocaleString('en')}, outbox events ${events.toLocaleString('en')}`,
    );
    print(`   time ${seconds(ms)}: ${perSecond(BIG_ROWS, ms)} read; ${perSecond(job.acceptedRows, ms)} stored`);
    const postgresCpu =
      postgresBefore === undefined || postgresAfter === undefined
        ? 'not measurable (remote server)'
        : seconds(postgresAfter - postgresBefore);
    print(
      `   CPU: Node ${seconds((nodeCpu.user + nodeCpu.system) / 1000)} (read, validate, build rows and events), PostgreSQL ${postgresCpu}`,
    );

    const folder = mkdtempSync(join(tmpdir(), 'jaring-bench-'));
    try {
      const file = join(folder, 'workers.tsv');
      const [{ tsv }] = await dataSource.query(
        `SELECT string_agg(concat_ws(E'\\t', id, sponsor_id, tenant, nik, full_name, birth_date, sex, address_line, desa_code,
                  occupation, coalesce(phone, '\\N'), coalesce(kk_number, '\\N'), coalesce(kk_since::text, '\\N'),
                  coalesce(bank_code, '\\N'), coalesce(account_number, '\\N'), coalesce(account_holder, '\\N'),
                  declared_monthly_income, enrolment_date, coverage_start_date, status, duplicate_key,
                  probable_duplicate_of::text), E'\\n') AS tsv
           FROM worker`,
      );
      writeFileSync(file, `${tsv}\n`);
      const columns =
        `(id, sponsor_id, tenant, nik, full_name, birth_date, sex, address_line, desa_code, occupation, phone,
        kk_number, kk_since, bank_code, account_number, account_holder, declared_monthly_income, enrolment_date,
        coverage_start_date, status, duplicate_key, probable_duplicate_of)`.replace(/\s+/g, ' ');
      await dataSource.query(
        `CREATE TABLE copy_same_shape (LIKE worker INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
      );
      await dataSource.query(`CREATE TABLE copy_bare (LIKE worker INCLUDING DEFAULTS)`);
      await dataSource.query('CHECKPOINT');
      const sameShape = await copyWithPsql(database, `copy_same_shape ${columns}`, file);
      const bare = await copyWithPsql(database, `copy_bare ${columns}`, file);
      const rows = job.acceptedRows;
      print();
      print(`2. COPY of the same ${rows.toLocaleString('en')} valid rows (psql \\copy, time of the COPY alone)`);
      print(
        `   into a table of the same shape (columns, constraints, indexes): ${seconds(sameShape)}, ${perSecond(rows, sameShape)}`,
      );
      print(
        `   into a bare table (no index, no constraint):                     ${seconds(bare)}, ${perSecond(rows, bare)}`,
      );
      print(
        `   RATIO import/COPY (stored rows per second, same-shape table): ${(sameShape / ms).toFixed(2)}x   (target >= 0.30x)`,
      );
      print(`   ratio against the bare-table COPY:                             ${(bare / ms).toFixed(2)}x`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    await dataSource.destroy();
  }
}

/** A Polewali-Mandar-size list, from upload until every event is acknowledged by Kafka. */
async function regencyImportEndToEnd(database: string, topicPrefix: string, brokers: string): Promise<void> {
  const dataSource = await openDatabase(database);
  const kafka = createKafka(brokers.split(','), 'jaring-bench', quiet);
  const publisher = new KafkajsPublisher(kafka);
  const relay = new OutboxRelay(dataSource, publisher, RELAY, quiet);
  try {
    const admin = new KafkajsTopicAdmin(kafka);
    await admin.ensureTopics(
      ALL_TOPICS.map((topic) => ({ name: topicPrefix + topic.name, partitions: topic.partitions.dev })),
    );
    await admin.disconnect();
    await publisher.connect();
    relay.start();

    const rig = new ImportRig(dataSource, topicPrefix);
    const list = generateWorkerList({ rows: REGENCY_ROWS, invalidEvery: 50, duplicateEvery: 100, firstIndex: 200_000 });
    const content = Buffer.from(toCsv(list));
    print();
    print(
      `3. End to end: ${REGENCY_ROWS.toLocaleString('en')} rows (Polewali Mandar: 25,714 workers), upload to the last event acknowledged by Kafka`,
    );
    print(
      `   outbox relay running as in the service (batches of ${RELAY.batchSize}, poll ${RELAY.pollIntervalMs} ms); topics ${topicPrefix}*`,
    );
    const started = performance.now();
    const { job, ms: importMs } = await rig.importFile(content);
    for (;;) {
      const [{ unsent }] = await dataSource.query(
        `SELECT count(*)::int AS unsent FROM outbox_message WHERE sent_at IS NULL`,
      );
      if (unsent === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const totalMs = performance.now() - started;
    const [{ published }] = await dataSource.query(
      `SELECT count(*)::int AS published FROM outbox_message WHERE sent_at IS NOT NULL AND envelope->>'correlationId' = $1`,
      [job.id],
    );
    print(
      `   accepted ${job.acceptedRows.toLocaleString('en')}, rejected ${job.rejectedRows.toLocaleString('en')}, WorkerRegistered published ${published.toLocaleString('en')}`,
    );
    print(
      `   rows stored after ${seconds(importMs)}; last event acknowledged after ${seconds(totalMs)}   (target < 5 s)`,
    );
  } finally {
    await relay.stop();
    await publisher.disconnect();
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const kafka = process.env.KAFKA_BROKERS ? undefined : await ensureKafka({ log: () => undefined });
  const brokers = process.env.KAFKA_BROKERS ?? kafka?.brokers ?? '127.0.0.1:9092';
  const runId = randomBytes(3).toString('hex');
  const topicPrefix = `bench-${runId}.`;
  const databases = [`jaring_bench_import_${runId}`, `jaring_bench_e2e_${runId}`];
  print(`Enrolment bulk-import benchmark: PostgreSQL ${POSTGRES_URL}, Kafka ${brokers}, Node ${process.version}`);
  print();
  try {
    await bigImportAgainstCopy(databases[0], topicPrefix);
    await regencyImportEndToEnd(databases[1], topicPrefix, brokers);
  } finally {
    if (process.env.BENCH_KEEP_DATABASES !== 'true') for (const name of databases) await dropDatabase(name);
    if (kafka?.startedByUs) await kafka.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
