// Bulk-import benchmark of the enrolment service (npm run bench:import). See README.md beside it.
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ALL_TOPICS } from '@jaring/contracts';
import {
  createKafka,
  KafkajsPublisher,
  KafkajsTopicAdmin,
  Outbox,
  OutboxRelay,
  RELAY_BATCH_SIZE,
} from '@jaring/messaging';
import { ensureDatabase } from '@jaring/persistence';
import { platformDataSourceOptions } from '@jaring/platform';
import { ensureKafka } from '../../deploy/local/kafka/kafka-launcher';
import type { ImportJob } from '../../apps/enrolment/src/application/ports/import-job.repository';
import { ImportQueue } from '../../apps/enrolment/src/application/ports/import-queue';
import { RunWorkerImportHandler } from '../../apps/enrolment/src/application/run-worker-import/run-worker-import.handler';
import { StartWorkerImportHandler } from '../../apps/enrolment/src/application/start-worker-import/start-worker-import.handler';
import { EnrolmentConfig } from '../../apps/enrolment/src/enrolment.config';
import { ENROLMENT_PERSISTENCE } from '../../apps/enrolment/src/enrolment.module';
import { SystemClock } from '../../apps/enrolment/src/infrastructure/clock/system-clock';
import { SpreadsheetImportReader } from '../../apps/enrolment/src/infrastructure/imports/spreadsheet-import.reader';
import { PostgresImportFileStore } from '../../apps/enrolment/src/infrastructure/persistence/postgres-import-file.store';
import { TypeormImportJobRepository } from '../../apps/enrolment/src/infrastructure/persistence/typeorm-import-job.repository';
import { TypeormSponsorRepository } from '../../apps/enrolment/src/infrastructure/persistence/typeorm-sponsor.repository';
import { SeedReferenceData } from '../../apps/enrolment/src/infrastructure/reference/seed-reference-data';
import { generateWorkerList, toCsv, type WorkerList } from '../../apps/enrolment/test/support/worker-list.generator';
import { processTicks, TICKS_PER_SECOND } from '../support/cpu';
import { median } from '../support/statistics';
import { TenantContext, TenantScope } from '@jaring/auth';

const run = promisify(execFile);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const BIG_ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const REGENCY_ROWS = Number(process.env.BENCH_REGENCY_ROWS ?? 26_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** The enrolment service's defaults (EnrolmentConfig, MessagingRuntime), so the figures are the service's. */
const BATCH_SIZE = Number(process.env.IMPORT_BATCH_SIZE ?? new EnrolmentConfig().IMPORT_BATCH_SIZE);
const RELAY = {
  service: 'enrolment',
  batchSize: RELAY_BATCH_SIZE,
  pollIntervalMs: new EnrolmentConfig().OUTBOX_POLL_INTERVAL_MS,
  keepSentForHours: 72,
};
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
  let ticks = 0;
  for (const { pid } of rows) {
    const used = processTicks(String(pid));
    if (!used) return undefined;
    ticks += used.ticks;
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
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
    const reader = new SpreadsheetImportReader(new EnrolmentConfig().importFileLimits);
    const files = new PostgresImportFileStore(dataSource);
    const runImport = new RunWorkerImportHandler(
      jobs,
      files,
      reader,
      sponsors,
      SeedReferenceData.load('apps/enrolment/seed'),
      new SystemClock('Asia/Makassar'),
      { batchSize: BATCH_SIZE, maxRows: 100_000, maxQueuedBytes: Number.POSITIVE_INFINITY },
      new EnrolmentConfig().enrolmentWindow,
    );
    const runs = this.runs;
    const queue = new (class extends ImportQueue {
      async hasRoomFor(): Promise<boolean> {
        return true;
      }

      async enqueue(importId: string): Promise<void> {
        runs.set(importId, runImport.execute(importId, { number: 0, isLast: true }));
      }
    })();
    this.start = new StartWorkerImportHandler(sponsors, jobs, files, reader, queue);
  }

  /** Uploads the file and waits until its job has finished; returns the job and the elapsed time. */
  async importFile(content: Buffer): Promise<{ job: ImportJob; ms: number }> {
    const started = performance.now();
    const { job } = await this.start.execute({
      tenant: '76.04',
      content,
      actor: 'bench',
      actorRoles: ['enrolment-officer'],
    });
    const finished = await this.runs.get(job.id);
    if (!finished) throw new Error('the import was not queued');
    return { job: finished, ms: performance.now() - started };
  }
}

async function openDatabase(name: string): Promise<DataSource> {
  const url = `${POSTGRES_URL}/${name}`;
  await ensureDatabase(url);
  const dataSource = new DataSource(platformDataSourceOptions('jaring-bench', url, ENROLMENT_PERSISTENCE));
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

interface ImportRound {
  importMs: number;
  nodeCpuMs: number;
  postgresCpuMs?: number;
  /** Into the worker table of a fresh enrolment database: the reference of the ratio. */
  workerTableCopyMs: number;
  /** Into CREATE TABLE … (LIKE worker INCLUDING …): indexes and CHECKs, but no foreign key. */
  likeTableCopyMs: number;
  bareCopyMs: number;
}

/** A generated list with its CSV text, made once for every round. */
interface BenchList {
  list: WorkerList;
  csv: string;
}

function benchList(options: Parameters<typeof generateWorkerList>[0]): BenchList {
  const list = generateWorkerList(options);
  return { list, csv: toCsv(list) };
}

/**
 * Imports the big list into a fresh database, then COPYs exactly the stored (valid) rows into the
 * worker table of another fresh database, a LIKE-made table and a bare one.
 */
async function bigImportAgainstCopy(
  database: string,
  topicPrefix: string,
  { list, csv }: BenchList,
): Promise<ImportRound> {
  const dataSource = await openDatabase(database);
  try {
    const rig = new ImportRig(dataSource, topicPrefix);
    const content = Buffer.from(csv); // a new upload each round: the reader caches decoded text per Buffer
    const postgresBefore = await postgresCpuMs(dataSource);
    const nodeBefore = process.cpuUsage();
    const { job, ms } = await rig.importFile(content);
    const nodeCpu = process.cpuUsage(nodeBefore);
    const postgresAfter = await postgresCpuMs(dataSource);
    const [{ events }] = await dataSource.query(`SELECT count(*)::int AS events FROM outbox_message`);
    if (
      job.status !== 'completed' ||
      job.acceptedRows !== list.expected.accepted ||
      job.rejectedRows !== list.expected.rejected ||
      events !== list.expected.accepted
    ) {
      throw new Error(
        `unexpected outcome: ${JSON.stringify(job)}, ${events} events (expected ${JSON.stringify(list.expected)})`,
      );
    }

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
      // The reference: the worker table itself, as the service's migrations create it (indexes,
      // CHECK constraints and the foreign key to sponsor), in an empty database of its own.
      const fresh = await openDatabase(`${database}_copy`);
      await fresh.query('CHECKPOINT');
      await fresh.destroy();
      try {
        return {
          importMs: ms,
          nodeCpuMs: (nodeCpu.user + nodeCpu.system) / 1000,
          ...(postgresBefore === undefined || postgresAfter === undefined
            ? {}
            : { postgresCpuMs: postgresAfter - postgresBefore }),
          workerTableCopyMs: await copyWithPsql(`${database}_copy`, `worker ${columns}`, file),
          likeTableCopyMs: await copyWithPsql(database, `copy_same_shape ${columns}`, file),
          bareCopyMs: await copyWithPsql(database, `copy_bare ${columns}`, file),
        };
      } finally {
        await dropDatabase(`${database}_copy`);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    await dataSource.destroy();
  }
}

interface EndToEndRound {
  storedMs: number;
  lastEventMs: number;
}

/** A Polewali-Mandar-size list, from upload until every event is acknowledged by Kafka. */
async function regencyImportEndToEnd(
  database: string,
  topicPrefix: string,
  brokers: string,
  { list, csv }: BenchList,
): Promise<EndToEndRound> {
  const dataSource = await openDatabase(database);
  const kafka = createKafka(brokers.split(','), 'jaring-bench', quiet);
  const publisher = new KafkajsPublisher(kafka);
  const relay = new OutboxRelay(dataSource, publisher, RELAY, quiet);
  try {
    await publisher.connect();
    relay.start();
    const rig = new ImportRig(dataSource, topicPrefix);
    const content = Buffer.from(csv);
    const started = performance.now();
    const { job, ms: storedMs } = await rig.importFile(content);
    for (;;) {
      const [{ unsent }] = await dataSource.query(
        `SELECT count(*)::int AS unsent FROM outbox_message WHERE sent_at IS NULL`,
      );
      if (unsent === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const lastEventMs = performance.now() - started;
    const [{ published }] = await dataSource.query(
      `SELECT count(*)::int AS published FROM outbox_message WHERE sent_at IS NOT NULL AND envelope->>'correlationId' = $1`,
      [job.id],
    );
    if (job.acceptedRows !== list.expected.accepted || published !== list.expected.accepted) {
      throw new Error(`unexpected outcome: ${JSON.stringify(job)}, ${published} published`);
    }
    return { storedMs, lastEventMs };
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
  const databases: string[] = [];
  const big = benchList({ rows: BIG_ROWS, invalidEvery: 50, duplicateEvery: 100 });
  const regency = benchList({
    rows: REGENCY_ROWS,
    invalidEvery: 50,
    duplicateEvery: 100,
    firstIndex: 200_000,
  });
  print(`Enrolment bulk-import benchmark: PostgreSQL ${POSTGRES_URL}, Kafka ${brokers}, Node ${process.version}`);
  print(
    `${ROUNDS} interleaved rounds, each into fresh databases: the ${BIG_ROWS.toLocaleString('en')}-row import and its COPYs, then the ${REGENCY_ROWS.toLocaleString('en')}-row list end to end`,
  );
  print();
  const admin = new KafkajsTopicAdmin(createKafka(brokers.split(','), 'jaring-bench', quiet));
  await admin.ensureTopics(
    ALL_TOPICS.map((topic) => ({ name: topicPrefix + topic.name, partitions: topic.partitions.dev })),
  );
  await admin.disconnect();
  const imports: ImportRound[] = [];
  const endToEnd: EndToEndRound[] = [];
  try {
    for (let round = 1; round <= ROUNDS; round += 1) {
      databases.push(`jaring_bench_import_${runId}_${round}`, `jaring_bench_e2e_${runId}_${round}`);
      const result = await bigImportAgainstCopy(databases.at(-2) as string, topicPrefix, big);
      imports.push(result);
      const cpu = `CPU Node ${seconds(result.nodeCpuMs)}, PostgreSQL ${result.postgresCpuMs === undefined ? '–' : seconds(result.postgresCpuMs)}`;
      print(
        `round ${round}: import ${seconds(result.importMs)} (${cpu}); COPY into worker ${seconds(result.workerTableCopyMs)}, LIKE worker ${seconds(result.likeTableCopyMs)}, bare ${seconds(result.bareCopyMs)}; ratio ${(result.workerTableCopyMs / result.importMs).toFixed(2)}x`,
      );
      const regencyRound = await regencyImportEndToEnd(databases.at(-1) as string, topicPrefix, brokers, regency);
      endToEnd.push(regencyRound);
      print(
        `         ${REGENCY_ROWS.toLocaleString('en')} rows end to end: stored after ${seconds(regencyRound.storedMs)}, last event acknowledged after ${seconds(regencyRound.lastEventMs)}`,
      );
    }
  } finally {
    if (process.env.BENCH_KEEP_DATABASES !== 'true') for (const name of databases) await dropDatabase(name);
    if (kafka?.startedByUs) await kafka.stop();
  }

  const importMs = median(imports.map((round) => round.importMs));
  const workerTableMs = median(imports.map((round) => round.workerTableCopyMs));
  const likeTableMs = median(imports.map((round) => round.likeTableCopyMs));
  const bareMs = median(imports.map((round) => round.bareCopyMs));
  const stored = big.list.expected.accepted;
  print();
  print(
    `1. Import of ${BIG_ROWS.toLocaleString('en')} rows (2% invalid, 1% duplicate), CSV ${(Buffer.byteLength(big.csv) / 1e6).toFixed(1)} MB, batches of ${BATCH_SIZE},`,
  );
  print('   through StartWorkerImport + RunWorkerImport and the TypeORM adapters; the outbox relay is not running');
  print(
    `   accepted ${stored.toLocaleString('en')}, rejected ${big.list.expected.rejected.toLocaleString('en')}, one WorkerRegistered in the outbox per accepted row (checked every round)`,
  );
  print(
    `   median time ${seconds(importMs)}: ${perSecond(BIG_ROWS, importMs)} read; ${perSecond(stored, importMs)} stored`,
  );
  print();
  print(`2. COPY of the same ${stored.toLocaleString('en')} valid rows (psql \\copy, time of the COPY alone), medians`);
  const rows = (label: string, ms: number) => `${label}${seconds(ms)}, ${perSecond(stored, ms)}`;
  print(rows('   into the worker table of a fresh enrolment database (all its indexes, CHECKs, FK): ', workerTableMs));
  print(rows('   into CREATE TABLE … (LIKE worker INCLUDING …): the same without the foreign key:    ', likeTableMs));
  print(rows('   into a bare table (no index, no constraint):                                        ', bareMs));
  print(
    `   RATIO import/COPY (stored rows per second, into the worker table): ${(workerTableMs / importMs).toFixed(2)}x of the medians   (target >= 0.30x)`,
  );
  print(
    `   ratio against the LIKE-table COPY (the reference until 2026-12-06): ${(likeTableMs / importMs).toFixed(2)}x`,
  );
  print(`   ratio against the bare-table COPY:                                  ${(bareMs / importMs).toFixed(2)}x`);
  print();
  print(
    `3. End to end: ${REGENCY_ROWS.toLocaleString('en')} rows (Polewali Mandar: 25,714 workers), upload to the last event acknowledged by Kafka,`,
  );
  print(
    `   outbox relay running as in the service (batches of ${RELAY.batchSize}, poll ${RELAY.pollIntervalMs} ms); topics ${topicPrefix}*`,
  );
  print(
    `   accepted ${regency.list.expected.accepted.toLocaleString('en')}, rejected ${regency.list.expected.rejected.toLocaleString('en')}, every WorkerRegistered published (checked every round)`,
  );
  print(
    `   median: stored after ${seconds(median(endToEnd.map((round) => round.storedMs)))}; last event acknowledged after ${seconds(median(endToEnd.map((round) => round.lastEventMs)))}; slowest round ${seconds(Math.max(...endToEnd.map((round) => round.lastEventMs)))}   (target < 5 s)`,
  );
}

// The benchmark drives the use cases directly, as the job queue does: for every regency.
TenantContext.run(TenantScope.system(), main).catch((error: unknown) => {
  process.stderr.write(
    `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
