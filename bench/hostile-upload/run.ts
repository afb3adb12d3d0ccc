// Hostile upload benchmark: the enrolment service (the built dist, as `npm start` runs it, as a
// child process on a throwaway database) is sent a ~2 MB XLSX shared-strings bomb (800 MiB and
// ~49 million strings once inflated) and a ~2 MB worksheet-padding bomb (2 GiB inflated). Prints,
// per bomb, the answer, the time to it, and the service's resident memory (VmRSS, sampled every
// 5 ms from /proc) before and at its highest while the upload was handled.
// Targets: refused within 2 s, RSS growth < 100 MB. Needs a broker and the local PostgreSQL.
//   npm run bench:upload [-- <runs per bomb>]
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { dropTestDatabase } from '@jaring/persistence';
import { type BombKind, xlsxBomb } from '../../apps/enrolment/test/support/xlsx-bomb';
import { ensureIdentityProvider } from '../../deploy/local/identity/identity-launcher';
import { issueOfficerToken } from '../../deploy/local/identity/officer-tokens';
import { median } from '../support/statistics';
import { rssOf, waitUntilReady } from '../support/service-process';

const RUNS = Number(process.argv[2] ?? 5);
const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const PORT = Number(process.env.BENCH_ENROLMENT_PORT ?? 3901);
const URL = `http://127.0.0.1:${PORT}`;
const id = randomUUID().slice(0, 8);
const DATABASE_URL = `${SERVER}/jaring_enrolment_upload_bench_test_${id}`;
const PREFIX = `bench-${id}.`;
const MIB = 1024 * 1024;

interface Measurement {
  status: number;
  error: string;
  ms: number;
  rssBefore: number;
  rssGrowth: number;
}

/** Uploads `file` and samples the service's RSS until the answer arrives. */
async function measure(pid: number, file: Buffer, officer: string): Promise<Measurement> {
  const rssBefore = rssOf(pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, rssOf(pid));
  }, 5);
  const form = new FormData();
  form.append('tenant', '76.04');
  form.append('file', new Blob([new Uint8Array(file)]), 'daftar.xlsx');
  const started = performance.now();
  try {
    const response = await fetch(`${URL}/v1/imports`, {
      method: 'POST',
      headers: { Authorization: officer },
      body: form,
    });
    const ms = performance.now() - started;
    const body = (await response.json()) as { error?: string };
    rssPeak = Math.max(rssPeak, rssOf(pid));
    return { status: response.status, error: body.error ?? '', ms, rssBefore, rssGrowth: rssPeak - rssBefore };
  } finally {
    clearInterval(sampler);
  }
}

async function main(): Promise<void> {
  const identity = await ensureIdentityProvider({ port: 0 });
  const officer = `Bearer ${await issueOfficerToken(identity.issuer, { sub: 'bench-officer', roles: ['enrolment-officer'] })}`;
  const service = spawn(process.execPath, ['dist/apps/enrolment/src/main.js'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      LOG_LEVEL: 'warn',
      DATABASE_URL,
      KAFKA_BROKERS: BROKERS,
      KAFKA_TOPIC_PREFIX: PREFIX,
      KAFKA_GROUP_ID: `${PREFIX}enrolment`,
      ACTIVATION_INTERVAL_MS: '0',
      OIDC_ISSUER: identity.issuer,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitUntilReady(URL, 'enrolment');
    const pid = service.pid as number;
    for (const kind of ['shared-strings', 'worksheet-padding'] as BombKind[]) {
      const bomb = xlsxBomb(kind);
      const runs: Measurement[] = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await measure(pid, bomb, officer));
      const answers = [...new Set(runs.map((run) => `${run.status} ${run.error}`))].join(', ');
      process.stdout.write(
        `${kind} bomb, ${(bomb.length / 1e6).toFixed(2)} MB: ${answers}; ` +
          `time to answer median ${median(runs.map((run) => run.ms)).toFixed(0)} ms, ` +
          `max ${Math.max(...runs.map((run) => run.ms)).toFixed(0)} ms; ` +
          `RSS before ${(runs[0].rssBefore / MIB).toFixed(0)} MiB, growth median ` +
          `${(median(runs.map((run) => run.rssGrowth)) / MIB).toFixed(1)} MiB, ` +
          `max ${(Math.max(...runs.map((run) => run.rssGrowth)) / MIB).toFixed(1)} MiB (${RUNS} runs)\n`,
      );
    }
  } finally {
    service.kill('SIGTERM');
    await new Promise((resolve) => service.once('exit', resolve));
    await dropTestDatabase(DATABASE_URL);
    await identity.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
