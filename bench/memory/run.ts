// `npm run bench:memory`: resident memory (RSS) of each service run as in production (dist/, the
// Dockerfile's node flags and allocator settings, a local OpenID provider): idle one minute after start, peak through a large import (enrolment) or
// billing run (billing), and after the load. See bench/README.md.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Role } from '@jaring/auth';
import { generateWorkerList, toCsv } from '../../apps/enrolment/test/support/worker-list.generator';
import { ensureIdentityProvider } from '../../deploy/local/identity/identity-launcher';
import { issueOfficerToken } from '../../deploy/local/identity/officer-tokens';
import { freePort, SERVICE_GLIBC_TUNABLES, ServiceProcess } from '../../test/support/service-process';

const SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 60);
const AFTER_SECONDS = Number(process.env.BENCH_AFTER_SECONDS ?? 30);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const BILLING_WORKERS = Number(process.env.BENCH_BILLING_WORKERS ?? 1_000_000);
/** Which services to measure (comma-separated); all three by default. */
const ONLY = (process.env.BENCH_SERVICES ?? 'enrolment,billing,claims').split(',');
/** Extra node options for the measured service, e.g. `--heap-prof --heap-prof-dir=/tmp/prof` to profile it. */
const SERVICE_NODE_OPTIONS = process.env.BENCH_SERVICE_NODE_OPTIONS;
const MB = 1024 * 1024;

function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB$/m);
  if (!line) throw new Error(`no RSS for process ${pid}`);
  return (Number(line[1]) * 1024) / MB;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The local OpenID provider the services verify tokens against (started by main). */
let issuer = '';

async function token(...roles: Role[]): Promise<string> {
  return `Bearer ${await issueOfficerToken(issuer, { sub: 'bench-memory', roles })}`;
}

async function withDatabase<T>(name: string, work: (url: string) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  const drop = () => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  try {
    await drop();
    return await work(`${SERVER}/${name}`);
  } finally {
    await drop();
    await admin.end();
  }
}

/** Samples the RSS every 250 ms while `load` runs; returns the highest seen. */
async function peakDuring(pid: number, load: () => Promise<void>): Promise<number> {
  let peak = rssOf(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 250);
  try {
    await load();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, rssOf(pid));
}

/**
 * Waits until `probe` is true. A request that fails on the wire counts as "not yet": on a busy
 * machine the service's event loop can stall for seconds, and a keep-alive connection it closed
 * meanwhile fails the next request (undici's "fetch failed").
 */
async function poll(what: string, probe: () => Promise<boolean>, timeoutMs = 30 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const probeOnce = () =>
    probe().catch((error: unknown) => {
      if (error instanceof TypeError && error.message === 'fetch failed') return false;
      throw error;
    });
  while (!(await probeOnce())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(500);
  }
}

interface Figures {
  service: string;
  load: string;
  idle: number;
  peak?: number;
  after?: number;
}

async function measure(
  app: 'enrolment' | 'billing' | 'claims',
  extra: Record<string, string>,
  load?: { label: string; run: (service: ServiceProcess, databaseUrl: string) => Promise<void> },
): Promise<Figures> {
  return withDatabase(`jaring_bench_memory_${app}`, async (databaseUrl) => {
    const service = await new ServiceProcess(app, await freePort(), {
      // Not 'production': that demands an https OpenID issuer, which a benchmark has not got.
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: BROKERS,
      KAFKA_TOPIC_PREFIX: `bench-memory-${randomUUID().slice(0, 6)}.`,
      OIDC_ISSUER: issuer,
      GLIBC_TUNABLES: SERVICE_GLIBC_TUNABLES, // as the Dockerfile sets it
      ...(SERVICE_NODE_OPTIONS ? { NODE_OPTIONS: SERVICE_NODE_OPTIONS } : {}),
      ...extra,
    }).start();
    try {
      const pid = service.pid as number;
      await sleep(IDLE_SECONDS * 1000);
      const figures: Figures = { service: app, load: load?.label ?? '-', idle: rssOf(pid) };
      process.stdout.write(`${app}: ${figures.idle.toFixed(0)} MB RSS ${IDLE_SECONDS} s after start\n`);
      if (load) {
        figures.peak = await peakDuring(pid, () => load.run(service, databaseUrl));
        await sleep(AFTER_SECONDS * 1000);
        figures.after = rssOf(pid);
      }
      return figures;
    } catch (error) {
      process.stderr.write(`${app}'s last log lines:\n${service.lines.slice(-30).join('\n')}\n`);
      throw error;
    } finally {
      await service.stop();
    }
  });
}

async function importList(service: ServiceProcess): Promise<void> {
  const form = new FormData();
  form.set('tenant', '76.04');
  form.set('file', new Blob([toCsv(generateWorkerList({ rows: IMPORT_ROWS, invalidEvery: 50 }))]), 'bench.csv');
  const officer = await token('enrolment-officer');
  const started = await fetch(`${service.url}/v1/imports`, {
    method: 'POST',
    headers: { Authorization: officer },
    body: form,
  });
  if (started.status !== 202) throw new Error(`upload answered ${started.status}: ${await started.text()}`);
  const { id } = (await started.json()) as { id: string };
  await poll('the import', async () => {
    const job = (await (
      await fetch(`${service.url}/v1/imports/${id}`, { headers: { Authorization: officer } })
    ).json()) as {
      status: string;
    };
    if (job.status === 'failed') throw new Error('the import failed');
    return job.status === 'completed';
  });
}

async function billingRun(service: ServiceProcess, databaseUrl: string): Promise<void> {
  const sponsorId = randomUUID();
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO worker_projection (worker_id, sponsor_id, tenant, status, declared_monthly_income, coverage_start_date, updated_at)
       SELECT gen_random_uuid(), $1, '76.04', 'active', 1000000, '2025-10-06', now() FROM generate_series(1, $2)`,
      [sponsorId, BILLING_WORKERS],
    );
    await db.query(`INSERT INTO sponsor_account (sponsor_id, tenant, sponsor_type) VALUES ($1, '76.04', 'APBD')`, [
      sponsorId,
    ]);
    await db.query('VACUUM ANALYZE worker_projection');
  } finally {
    await db.end();
  }
  const finance = await token('finance');
  const started = await fetch(`${service.url}/v1/billing-runs`, {
    method: 'POST',
    headers: { Authorization: finance, 'Content-Type': 'application/json' },
    body: JSON.stringify({ sponsorId, month: '2026-03' }),
  });
  if (started.status !== 202) throw new Error(`billing run answered ${started.status}: ${await started.text()}`);
  const { id } = (await started.json()) as { id: string };
  await poll('the billing run', async () => {
    const run = (await (
      await fetch(`${service.url}/v1/billing-runs/${id}`, { headers: { Authorization: finance } })
    ).json()) as {
      status: string;
    };
    if (run.status === 'failed') throw new Error('the billing run failed');
    return run.status === 'completed';
  });
}

async function main(): Promise<void> {
  const identity = await ensureIdentityProvider({ port: 0 });
  issuer = identity.issuer;
  try {
    await measureAll();
  } finally {
    await identity.stop();
  }
}

async function measureAll(): Promise<void> {
  const loads: Record<string, () => Promise<Figures>> = {
    enrolment: () =>
      measure(
        'enrolment',
        { ACTIVATION_INTERVAL_MS: '0' },
        { label: `import of ${IMPORT_ROWS.toLocaleString('en-US')} rows`, run: importList },
      ),
    billing: () =>
      measure(
        'billing',
        { BILLING_SCHEDULE_INTERVAL_MS: '0' },
        { label: `billing run of ${BILLING_WORKERS.toLocaleString('en-US')} workers`, run: billingRun },
      ),
    claims: () => measure('claims', {}),
  };
  const results: Figures[] = [];
  for (const service of ONLY) results.push(await loads[service]());
  const cell = (value?: number) => (value === undefined ? '-' : `${value.toFixed(0)} MB`).padStart(8);
  process.stdout.write(
    `\n${'service'.padEnd(10)} ${'idle'.padStart(8)} ${'peak'.padStart(8)} ${'after'.padStart(8)}  load\n`,
  );
  for (const row of results) {
    process.stdout.write(
      `${row.service.padEnd(10)} ${cell(row.idle)} ${cell(row.peak)} ${cell(row.after)}  ${row.load}\n`,
    );
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`bench:memory failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
