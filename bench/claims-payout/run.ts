// Claims payout benchmark: approvals at a steady rate against the claims service (in process, real
// PostgreSQL, Kafka and the sandbox bank); each latency runs from sending POST /approval to the
// claim's PayoutRequested event read back from Kafka. Prints p50/p95/p99 (target p99 ≤ 250 ms).
// The service runs as `npm start` runs it (the built dist, as a child process): needs `npm run build`,
// a broker (npm run kafka -- start) and the local PostgreSQL.
//   npm run bench:claims [-- <claims per second> [<seconds>]]
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import request from 'supertest';
import { spawn } from 'node:child_process';
import { DataSource } from 'typeorm';
import { PayoutRequested } from '@jaring/contracts';
import { dropTestDatabase } from '@jaring/persistence';
import { SandboxBank } from '../../apps/sandbox-bank/src/sandbox-bank';
import { ensureIdentityProvider } from '../../deploy/local/identity/identity-launcher';
import { issueOfficerToken } from '../../deploy/local/identity/officer-tokens';
import { waitUntilReady } from '../support/service-process';

const RATE = Number(process.argv[2] ?? 20);
const SECONDS = Number(process.argv[3] ?? 60);
const CLAIMS = RATE * SECONDS;
const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const PORT = Number(process.env.BENCH_CLAIMS_PORT ?? 3903);
const URL = `http://127.0.0.1:${PORT}`;
const id = randomUUID().slice(0, 8);
const DATABASE_URL = `${SERVER}/jaring_claims_bench_test_${id}`;
const PREFIX = `bench-${id}.`;
let MAKER = '';
let CHECKER = '';
const INCIDENT = '2026-03-20';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)];

/** Runs `work` over `items` with at most `limit` in flight. */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

async function main(): Promise<void> {
  const identity = await ensureIdentityProvider({ port: 0 });
  const officer = async (sub: string) =>
    `Bearer ${await issueOfficerToken(identity.issuer, { sub, roles: ['claims-officer'] })}`;
  [MAKER, CHECKER] = [await officer('bench-maker'), await officer('bench-checker')];
  const bank = new SandboxBank();
  const service = spawn(process.execPath, ['dist/apps/claims/src/main.js'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      LOG_LEVEL: 'warn',
      DATABASE_URL,
      KAFKA_BROKERS: BROKERS,
      KAFKA_TOPIC_PREFIX: PREFIX,
      KAFKA_GROUP_ID: `${PREFIX}claims`,
      PAYOUT_BANK_URL: await bank.listen(0),
      OIDC_ISSUER: identity.issuer,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const http = () => request(URL);
  let database: DataSource | undefined;
  const kafka = new Kafka({ clientId: 'bench-claims', brokers: BROKERS.split(','), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `${PREFIX}bench` });
  try {
    await waitUntilReady(URL, 'claims');
    database = await new DataSource({ type: 'postgres', url: DATABASE_URL }).initialize();
    // The projections as enrolment's and billing's events would have built them: March paid.
    await database.query(
      `WITH m AS (
         INSERT INTO member (worker_id, sponsor_id, tenant, nik, full_name, birth_date, sex, status, declared_monthly_income,
                             enrolment_date, coverage_start_date, updated_at, payout_bank_code, payout_account_number,
                             payout_holder_name)
         SELECT gen_random_uuid(), gen_random_uuid(), '76.04', '760401120385' || lpad(n::text, 4, '0'), 'Pekerja ' || n,
                '1985-03-12', 'L', 'active', 1000000, '2026-01-01', '2026-01-01', now(), '002', '1234' || n, 'PEKERJA ' || n
           FROM generate_series(1, $1) AS n
         RETURNING worker_id, sponsor_id)
       , i AS (INSERT INTO member_income (worker_id, effective_from, declared_monthly_income)
               SELECT worker_id, '2026-01-01', 1000000 FROM m)
       INSERT INTO covered_month (worker_id, month, invoice_id, sponsor_id, paid_at)
       SELECT worker_id, '2026-03', gen_random_uuid(), sponsor_id, '2026-03-10T02:00:00Z' FROM m`,
      [CLAIMS],
    );
    const workerIds: string[] = (await database.query(`SELECT worker_id FROM member`)).map(
      (row: { worker_id: string }) => row.worker_id,
    );

    process.stdout.write(`preparing ${CLAIMS} assessed claims...\n`);
    const claimIds: string[] = [];
    await inParallel(workerIds, 16, async (workerId) => {
      const post = (path: string, body: object = {}) =>
        http().post(path).set('Authorization', MAKER).send(body).expect(200);
      const reported = await http()
        .post('/v1/claims/accidents')
        .set('Authorization', MAKER)
        .send({
          workerId,
          incidentDate: INCIDENT,
          place: 'Polewali',
          cause: 'bench',
          circumstances: { category: 'at-work', trafficAccident: false },
          reporter: { name: 'bench' },
        })
        .expect(201);
      const claimId: string = reported.body.id;
      await post(`/v1/claims/${claimId}/stage-two`, {
        outcome: { type: 'temporary-disability', inabilityMonths: 1 },
        declaredOn: '2026-04-20',
      });
      const checklist = (await http().get(`/v1/claims/${claimId}/documents`).set('Authorization', MAKER).expect(200))
        .body as Array<{ accepts: string[] }>;
      await post(`/v1/claims/${claimId}/documents`, {
        documents: checklist.map((item) => ({ code: item.accepts[0] })),
      });
      await post(`/v1/claims/${claimId}/documents/complete`);
      await post(`/v1/claims/${claimId}/verification`);
      await post(`/v1/claims/${claimId}/assessment`);
      claimIds.push(claimId);
    });

    const sentAt = new Map<string, bigint>();
    const latencies: number[] = [];
    let allSeen!: () => void;
    const done = new Promise<void>((resolve) => (allSeen = resolve));
    await consumer.connect();
    await consumer.subscribe({ topic: PREFIX + PayoutRequested.topic.name, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const seen = process.hrtime.bigint();
        const envelope = JSON.parse(message.value?.toString() ?? '{}') as { eventType: string; aggregateId: string };
        const started = envelope.eventType === PayoutRequested.type ? sentAt.get(envelope.aggregateId) : undefined;
        if (started === undefined) return;
        sentAt.delete(envelope.aggregateId);
        latencies.push(Number(seen - started) / 1e6);
        if (latencies.length === claimIds.length) allSeen();
      },
    });

    process.stdout.write(`approving ${RATE} claims/s for ${SECONDS} s...\n`);
    const start = Date.now();
    const approvals = claimIds.map(async (claimId, index) => {
      await new Promise((resolve) => setTimeout(resolve, start + (index * 1000) / RATE - Date.now()));
      sentAt.set(claimId, process.hrtime.bigint());
      await http().post(`/v1/claims/${claimId}/approval`).set('Authorization', CHECKER).send({}).expect(200);
    });
    await Promise.all(approvals);
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 30_000))]);

    const sorted = [...latencies].sort((a, b) => a - b);
    const format = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${ms.toFixed(1)} ms`);
    process.stdout.write(
      `approval → PayoutRequested on Kafka, ${sorted.length}/${claimIds.length} seen at ${RATE}/s for ${SECONDS} s:\n` +
        `  p50 ${format(percentile(sorted, 0.5))}  p95 ${format(percentile(sorted, 0.95))}  ` +
        `p99 ${format(percentile(sorted, 0.99))}  max ${format(sorted.at(-1))}  (target p99 ≤ 250 ms)\n` +
        `  bank transfers executed: ${bank.stats().executedTransfers}\n`,
    );
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await database?.destroy();
    service.kill('SIGTERM');
    await new Promise((resolve) => service.once('exit', resolve));
    await bank.close();
    await dropTestDatabase(DATABASE_URL);
    await identity.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`claims payout bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
