// `npm run chaos` (about ten minutes) or `npm run chaos -- --short` (a couple of minutes, CI): the
// system as separate processes — enrolment, billing and claims from dist/, a private Kafka broker,
// the sandbox bank — under a mixed load (a worker-list import, billing runs with payments, accident
// claims through to payout at a bank that times out and answers twice) while services are killed
// with SIGKILL at random points, the broker is restarted once and PostgreSQL (a cluster of the run's
// own) once, and a few malformed events are put on a consumed topic. Then it checks and prints the
// invariants and exits non-zero if one fails.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { Client } from 'pg';
import type { Role } from '@jaring/auth';
import { deadLetterTopicOf, TOPICS } from '@jaring/contracts';
import { DLT_HEADERS } from '@jaring/messaging';
import type { IncomingRecord } from '../../libs/messaging/src/kafka/kafka-records';
import { readWholeTopic } from '../../libs/messaging/src/kafka/topic-reader';
import { SandboxBank } from '../../apps/sandbox-bank/src/sandbox-bank';
import { generateWorkerList, toCsv } from '../../apps/enrolment/test/support/worker-list.generator';
import { ensureIdentityProvider, type RunningIdentityProvider } from '../../deploy/local/identity/identity-launcher';
import { issueOfficerToken } from '../../deploy/local/identity/officer-tokens';
import { ensureKafka, type RunningKafka } from '../../deploy/local/kafka/kafka-launcher';
import { graceMonthsBackTo } from '../support/business-dates';
import { freePort, ServiceProcess } from '../support/service-process';
import { PrivatePostgres } from './private-postgres';

const SHORT = process.argv.includes('--short');
const PLAN = SHORT
  ? { rows: 3_000, months: ['2026-02', '2026-03'], claims: 20, killsEach: 1 }
  : { rows: 60_000, months: ['2026-01', '2026-02', '2026-03'], claims: 200, killsEach: 3 };
const BROKER_PORT = Number(process.env.CHAOS_KAFKA_PORT ?? 19_692);
const POSTGRES_PORT = Number(process.env.CHAOS_POSTGRES_PORT ?? 19_632);
/** The Polewali Mandar sponsor every service knows (seeded by enrolment's migrations). */
const SPONSOR_ID = '9d1e2f30-4a5b-4c6d-8e7f-a0b1c2d3e4f5';
/** PP 44/2015 as the rule set prices Rp1,000,000 of declared income for an APBD sponsor: JKK + JKM. */
const CONTRIBUTION_PER_WORKER = 16_800;
const SERVICES = ['enrolment', 'billing', 'claims'] as const;
type ServiceName = (typeof SERVICES)[number];
/** Which topics each service's consumer group reads (as deploy/k8s provisions them). */
const SUBSCRIPTIONS: Record<ServiceName, string[]> = {
  enrolment: [TOPICS.billingCoverage.name, TOPICS.claimsClaim.name],
  billing: [TOPICS.enrolmentWorker.name, TOPICS.claimsClaim.name],
  claims: [TOPICS.enrolmentWorker.name, TOPICS.billingCoverage.name],
};

const runId = randomUUID().slice(0, 8);
const prefix = `chaos-${runId}.`;
const postgres = new PrivatePostgres(POSTGRES_PORT, join(tmpdir(), `jaring-chaos-${runId}-postgres`));
const databaseOf = (service: ServiceName) => `${postgres.url}/jaring_chaos_${service}_test_${runId}`;
/** Officers' bearer tokens from the local OpenID provider (issued by main, 12 h lifetime). */
const tokens = { officer: '', finance: '', maker: '', checker: '' };

async function issueTokens(issuer: string): Promise<void> {
  const issue = async (sub: string, role: Role) => `Bearer ${await issueOfficerToken(issuer, { sub, roles: [role] })}`;
  tokens.officer = await issue('chaos-enrolment', 'enrolment-officer');
  tokens.finance = await issue('chaos-finance', 'finance');
  tokens.maker = await issue('chaos-maker', 'claims-officer');
  tokens.checker = await issue('chaos-checker', 'claims-officer');
}
const started = Date.now();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = (min: number, max: number) => min + Math.random() * (max - min);
const say = (line: string) =>
  process.stdout.write(`[chaos ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

/** One query on a fresh connection, retried while PostgreSQL restarts. */
async function sql<T = Record<string, unknown>>(
  service: ServiceName,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  for (let attempt = 1; ; attempt += 1) {
    const client = new Client({ connectionString: databaseOf(service) });
    try {
      await client.connect();
      return (await client.query(text, values)).rows as T[];
    } catch (error) {
      if (attempt >= 60) throw error;
      await sleep(1_000);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 10 * 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await probe();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(500);
  }
}

/** What the load is doing: the monkey kills each service at most once per phase. */
type Phase = 'import' | 'billing' | 'claims' | 'settling';

/** The workers' enrolment date: before the months the run bills and the accidents it reports. */
const WORKERS_ENROLLED_ON = '2025-12-01';

class Services {
  readonly processes = new Map<ServiceName, ServiceProcess>();
  /** The phases each service was killed in, in order. */
  readonly kills = new Map<ServiceName, Phase[]>(SERVICES.map((name) => [name, []]));

  async start(brokers: string, bankUrl: string, issuer: string): Promise<void> {
    for (const name of SERVICES) {
      const extra: Record<ServiceName, Record<string, string>> = {
        // The run replays fixed months (billed 2026-01 to 03): its enrolment window reaches back to them.
        enrolment: {
          IMPORT_BATCH_SIZE: '500',
          ENROLMENT_BACKDATING_GRACE_MONTHS: String(graceMonthsBackTo(WORKERS_ENROLLED_ON)),
        },
        // The supplementary pass its registrations ask for runs within the run (default: 45 minutes on),
        // so "every job finished" holds it to account like any other job.
        billing: { BILLING_SCHEDULE_INTERVAL_MS: '0', SUPPLEMENTARY_BILLING_DELAY_SECONDS: '5' },
        claims: {
          PAYOUT_BANK_URL: bankUrl,
          PAYOUT_BANK_TIMEOUT_MS: '2000',
          PAYOUT_RETRY_BASE_MS: '500',
          PAYOUT_RETRY_MAX_MS: '5000',
        },
      };
      const process = new ServiceProcess(name, await freePort(), {
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATABASE_URL: databaseOf(name),
        KAFKA_BROKERS: brokers,
        KAFKA_TOPIC_PREFIX: prefix,
        KAFKA_GROUP_ID: `${prefix}${name}`,
        OUTBOX_POLL_INTERVAL_MS: '50',
        OIDC_ISSUER: issuer,
        ...extra[name],
      });
      this.processes.set(name, await process.start(120_000));
    }
  }

  get(name: ServiceName): ServiceProcess {
    return this.processes.get(name) as ServiceProcess;
  }

  /** SIGKILL, then a new process at once, as Kubernetes restarts a crashed container. */
  async killAndRestart(name: ServiceName, phase: Phase): Promise<void> {
    const service = this.get(name);
    await service.kill();
    const kills = this.kills.get(name) as Phase[];
    kills.push(phase);
    say(`kill -9 ${name} (#${kills.length}, during ${phase})`);
    await sleep(between(200, 1_500));
    // A service cannot start while the broker is down (it connects at boot): start it again, as
    // Kubernetes restarts a container that exited, until it stays up.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await service.start(120_000);
        return;
      } catch (error) {
        if (attempt >= 60) throw error;
        say(`${name} exited at start (${String(error).split('\n')[1] ?? error}); starting it again`);
        await sleep(2_000);
      }
    }
  }

  async stop(): Promise<void> {
    await Promise.all([...this.processes.values()].map((service) => service.stop()));
  }
}

/**
 * Kills services at random moments until each was killed `killsEach` times, each service at most
 * once per phase of the load while it runs, so the kills fall into the import, the billing runs and
 * the claims alike; kills still due when the load is done fall while payouts settle.
 */
async function monkey(services: Services, phaseNow: () => Phase): Promise<void> {
  const due = () => SERVICES.filter((name) => (services.kills.get(name) as Phase[]).length < PLAN.killsEach);
  while (due().length > 0) {
    await sleep(
      phaseNow() === 'settling' ? between(500, 3_000) : between(SHORT ? 3_000 : 5_000, SHORT ? 10_000 : 20_000),
    );
    const phase = phaseNow();
    const candidates = due().filter(
      (name) => phase === 'settling' || !(services.kills.get(name) as Phase[]).includes(phase),
    );
    if (candidates.length === 0) continue;
    await services.killAndRestart(candidates[Math.floor(Math.random() * candidates.length)], phase);
  }
}

/** A malformed message the run puts on a consumed topic, and what each consumer must make of it. */
interface Poison {
  what: string;
  partition: number;
  offset: string;
  errorClass: string;
  /** The dead letter's reason, where the consumer words it without quoting the message. */
  reason?: string;
}

/** The topic the poison goes to: billing and claims both consume it. */
const POISONED_TOPIC = TOPICS.enrolmentWorker.name;

/**
 * Puts four messages no consumer can apply on the worker topic, built from an event enrolment
 * really published: a cut-off value, one without eventType, one whose payload is empty, one for a
 * regency the services do not serve. Each consumer group of the topic must dead-letter each once.
 */
async function poison(brokers: string): Promise<Poison[]> {
  const topic = prefix + POISONED_TOPIC;
  const [sent] = await sql<{ envelope: string; key: string }>(
    'enrolment',
    `SELECT envelope::text AS envelope, message_key AS key FROM outbox_message
      WHERE topic = $1 AND event_type = 'WorkerRegistered' AND sent_at IS NOT NULL ORDER BY id LIMIT 1`,
    [topic],
  );
  const event = JSON.parse(sent.envelope) as Record<string, unknown>;
  const variant = (change: Record<string, unknown>) => JSON.stringify({ ...event, eventId: randomUUID(), ...change });
  const poisons = [
    {
      what: 'cut-off value',
      value: sent.envelope.slice(0, sent.envelope.length >> 1),
      errorClass: 'InvalidMessage',
      reason: 'message value is not JSON',
    },
    {
      what: 'no eventType',
      value: variant({ eventType: undefined }),
      errorClass: 'InvalidMessage',
      reason: 'message has no eventType',
    },
    { what: 'empty payload', value: variant({ payload: {} }), errorClass: 'InvalidEvent' },
    { what: 'unserved regency', value: variant({ tenant: '11.01' }), errorClass: 'UnservedTenant' },
  ];
  const kafka = new Kafka({ clientId: 'chaos-poison', brokers: [brokers], logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    const placed: Poison[] = [];
    for (const { value, ...expected } of poisons) {
      const [meta] = await producer.send({ topic, messages: [{ key: sent.key, value }] });
      placed.push({ ...expected, partition: meta.partition, offset: String(meta.baseOffset) });
    }
    say(`poisoned ${topic} with ${placed.length} messages: ${placed.map((p) => p.what).join(', ')}`);
    return placed;
  } finally {
    await producer.disconnect();
  }
}

/**
 * An HTTP call that survives the service being killed: network errors and 5xx are retried. A 409
 * after an attempt whose outcome was unknown means that attempt took effect (`undefined` is returned).
 */
async function call(
  service: ServiceProcess,
  method: string,
  path: string,
  options: { auth: string; body?: unknown; form?: () => FormData; headers?: Record<string, string> },
): Promise<any> {
  let uncertain = false;
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      const response = await fetch(`${service.url}${path}`, {
        method,
        headers: {
          Authorization: options.auth,
          ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...options.headers,
        },
        body: options.form ? options.form() : options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(60_000),
      });
      const text = await response.text();
      if (response.ok) return text ? JSON.parse(text) : undefined;
      if (response.status === 409 && uncertain) return undefined;
      if (response.status < 500) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith(`${method} ${path} answered`)) throw error;
    }
    uncertain = true;
    if (Date.now() > deadline) throw new Error(`${method} ${path} did not get through in 5 minutes`);
    await sleep(500);
  }
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

interface Approved {
  claimId: string;
  payable: number;
}

async function importWorkers(services: Services, list: ReturnType<typeof generateWorkerList>): Promise<void> {
  const csv = toCsv(list);
  const job = await call(services.get('enrolment'), 'POST', '/v1/imports', {
    auth: tokens.officer,
    form: () => {
      const form = new FormData();
      form.set('tenant', '76.04');
      form.set('file', new Blob([csv], { type: 'text/csv' }), 'chaos.csv');
      return form;
    },
  });
  say(`import ${job.id} of ${PLAN.rows.toLocaleString('en-US')} rows accepted`);
  await until('the import to finish', async () => {
    const [row] = await sql<{ status: string }>('enrolment', `SELECT status FROM import_job WHERE id = $1`, [job.id]);
    return row?.status === 'completed' || row?.status === 'failed';
  });
  say('import finished');
  for (const name of ['billing', 'claims'] as const) {
    const table = name === 'billing' ? 'worker_projection' : 'member';
    await until(`the workers in ${name}'s projection`, async () => {
      const [row] = await sql<{ n: number }>(name, `SELECT count(*)::int AS n FROM ${table}`);
      return row.n >= list.expected.accepted;
    });
  }
  say('workers projected in billing and claims');
}

async function billAndPay(services: Services, month: string): Promise<void> {
  const run = await call(services.get('billing'), 'POST', '/v1/billing-runs', {
    auth: tokens.finance,
    body: { sponsorId: SPONSOR_ID, month },
  });
  const runId =
    run?.id ??
    (await sql<{ id: string }>('billing', `SELECT id FROM billing_run WHERE month = $1 AND kind = 'main'`, [month]))[0]
      .id;
  const done = await until(`the ${month} billing run`, async () => {
    const [row] = await sql<{ status: string; invoice_id: string }>(
      'billing',
      `SELECT status, invoice_id FROM billing_run WHERE id = $1`,
      [runId],
    );
    return row?.status === 'completed' && row;
  });
  const invoice = await call(services.get('billing'), 'GET', `/v1/invoices/${done.invoice_id}`, {
    auth: tokens.finance,
  });
  await call(services.get('billing'), 'POST', '/v1/payments', {
    auth: tokens.finance,
    headers: { 'Idempotency-Key': `chaos-${runId}-${month}` },
    body: { amount: invoice.totals.total, invoiceNumber: invoice.invoiceNumber, paidAt: `${month}-10T02:00:00Z` },
  });
  say(`${month} billed (${invoice.lineCount ?? '?'} lines) and paid`);
}

async function claimToApproval(services: Services, workerId: string): Promise<Approved> {
  const claims = services.get('claims');
  let reported = await call(claims, 'POST', '/v1/claims/accidents', {
    auth: tokens.maker,
    body: {
      workerId,
      incidentDate: '2026-03-20',
      place: 'Polewali',
      cause: 'chaos run',
      circumstances: { category: 'at-work', trafficAccident: false },
      reporter: { name: 'chaos' },
    },
  });
  // A report whose answer was lost to a kill: the claim it created is the one to continue.
  reported ??= (await sql<{ id: string }>('claims', `SELECT id FROM claim WHERE worker_id = $1`, [workerId]))[0];
  const claimId: string = reported.id;
  const step = (path: string, body: object = {}, auth = tokens.maker) =>
    call(claims, 'POST', `/v1/claims/${claimId}${path}`, { auth, body });
  await step('/stage-two', { outcome: { type: 'temporary-disability', inabilityMonths: 1 }, declaredOn: '2026-04-20' });
  const checklist = (await call(claims, 'GET', `/v1/claims/${claimId}/documents`, { auth: tokens.maker })) as {
    accepts: string[];
  }[];
  await step('/documents', { documents: checklist.map((item) => ({ code: item.accepts[0] })) });
  await step('/documents/complete');
  await step('/verification');
  await step('/assessment');
  const claim = await call(claims, 'GET', `/v1/claims/${claimId}`, { auth: tokens.maker });
  await step('/approval', {}, tokens.checker);
  return { claimId, payable: claim.assessment.payableTotal };
}

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

async function lagAndDeadLetters(brokers: string, poisons: Poison[]): Promise<Check[]> {
  const kafka = new Kafka({ clientId: 'chaos-check', brokers: [brokers], logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const checks: Check[] = [];
    for (const service of SERVICES) {
      let lag = 0;
      for (const topic of SUBSCRIPTIONS[service].map((name) => prefix + name)) {
        const ends = await admin.fetchTopicOffsets(topic);
        const [committed] = await admin.fetchOffsets({ groupId: `${prefix}${service}`, topics: [topic] });
        for (const end of ends) {
          const done = committed.partitions.find((partition) => partition.partition === end.partition)?.offset ?? '-1';
          lag += Number(end.high) - (Number(done) < 0 ? Number(end.low) : Number(done));
        }
      }
      checks.push({ name: `${service} consumed every event (lag 0)`, ok: lag === 0, detail: `lag ${lag}` });
    }
    const deadLetterTopics = (await admin.listTopics()).filter(
      (topic) => topic.startsWith(prefix) && topic.endsWith('.dlt'),
    );
    const letters = (await Promise.all(deadLetterTopics.map((topic) => readWholeTopic(kafka, topic)))).flat();
    checks.push(deadLettersAsPoisoned(letters, poisons));
    return checks;
  } finally {
    await admin.disconnect();
  }
}

/**
 * The dead-letter topics hold exactly the poisoned messages: each once per consumer group of its
 * topic, from that topic, with the reason and error class that poison calls for, and nothing else.
 * A consumer killed after publishing a dead letter and before committing past its message publishes
 * it again (at least once), so copies of the same letter are counted apart, not failed.
 */
function deadLettersAsPoisoned(letters: IncomingRecord[], poisons: Poison[]): Check {
  const consumers = SERVICES.filter((service) => SUBSCRIPTIONS[service].includes(POISONED_TOPIC));
  const expected = new Map<string, { poison: Poison; consumer: string }>(
    poisons.flatMap((poison) =>
      consumers.map((consumer) => [`${consumer}@${poison.partition}/${poison.offset}`, { poison, consumer }] as const),
    ),
  );
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { headers, topic } of letters) {
    const where = `${headers[DLT_HEADERS.consumer]}@${headers[DLT_HEADERS.originalPartition]}/${headers[DLT_HEADERS.originalOffset]}`;
    const match = expected.get(where);
    const reason = headers[DLT_HEADERS.reason] ?? '';
    if (
      !match ||
      topic !== deadLetterTopicOf(prefix + POISONED_TOPIC) ||
      headers[DLT_HEADERS.originalTopic] !== prefix + POISONED_TOPIC ||
      headers[DLT_HEADERS.errorClass] !== match.poison.errorClass ||
      reason === '' ||
      (match.poison.reason !== undefined && reason !== match.poison.reason)
    ) {
      problems.push(`unexpected ${where} on ${topic} (${headers[DLT_HEADERS.errorClass]}: ${reason})`);
      continue;
    }
    seen.add(where);
  }
  const missing = [...expected.keys()].filter((where) => !seen.has(where));
  const byClass = new Map<string, number>();
  for (const where of seen) {
    const errorClass = (expected.get(where) as { poison: Poison }).poison.errorClass;
    byClass.set(errorClass, (byClass.get(errorClass) ?? 0) + 1);
  }
  return {
    name: 'dead-letter topics hold exactly the poisoned messages, with reasons',
    ok: problems.length === 0 && missing.length === 0 && poisons.length > 0,
    detail:
      `${letters.length} dead letters for ${poisons.length} poisoned × ${consumers.join(' and ')}: ` +
      `${seen.size} of ${expected.size} expected (${[...byClass].map(([name, n]) => `${name} ${n}`).join(', ')}), ` +
      `${letters.length - seen.size - problems.length} repeated, ${problems.length} unexpected, ${missing.length} missing` +
      (problems.length + missing.length > 0
        ? `: ${[...problems, ...missing.map((where) => `missing ${where}`)].join('; ')}`
        : ''),
  };
}

async function invariants(
  list: ReturnType<typeof generateWorkerList>,
  approved: Approved[],
  bank: SandboxBank,
  brokers: string,
  poisons: Poison[],
): Promise<Check[]> {
  const checks: Check[] = [];
  const expected = list.expected;
  const [imported] = await sql<{ status: string; accepted: number; rejected: number; workers: number; niks: number }>(
    'enrolment',
    `SELECT j.status, j.accepted_rows AS accepted, j.rejected_rows AS rejected,
            (SELECT count(*)::int FROM worker w WHERE w.import_id = j.id) AS workers,
            (SELECT count(DISTINCT nik)::int FROM worker w WHERE w.import_id = j.id) AS niks
       FROM import_job j`,
  );
  checks.push({
    name: 'every valid row enrolled once',
    ok:
      imported.status === 'completed' &&
      imported.accepted === expected.accepted &&
      imported.workers === expected.accepted &&
      imported.niks === expected.accepted &&
      imported.rejected === expected.rejected,
    detail: `${imported.status}: ${imported.workers} workers, ${imported.niks} NIKs, counters ${imported.accepted}/${imported.rejected}; expected ${expected.accepted}/${expected.rejected}`,
  });

  for (const month of PLAN.months) {
    const [invoice] = await sql<{
      invoices: number;
      lines: number;
      workers: number;
      total: string;
      sum: string;
      paid: string;
    }>(
      'billing',
      `SELECT count(DISTINCT i.id)::int AS invoices, count(l.*)::int AS lines, count(DISTINCT l.worker_id)::int AS workers,
              max(i.total)::text AS total, coalesce(sum(l.amount), 0)::text AS sum, max(i.payment_status) AS paid
         FROM invoice i LEFT JOIN invoice_line l ON l.invoice_id = i.id WHERE i.month = $1`,
      [month],
    );
    const exact = String(expected.accepted * CONTRIBUTION_PER_WORKER);
    checks.push({
      name: `${month}: every worker billed once, invoice total exact, paid`,
      ok:
        invoice.invoices === 1 &&
        invoice.lines === expected.accepted &&
        invoice.workers === expected.accepted &&
        invoice.total === exact &&
        invoice.sum === exact &&
        invoice.paid === 'paid',
      detail: `${invoice.invoices} invoice, ${invoice.lines} lines for ${invoice.workers} workers, total ${invoice.total} (lines ${invoice.sum}, expected ${exact}), ${invoice.paid}`,
    });
  }

  const instructions = await sql<{ key: string; claim_id: string; amount: string; status: string }>(
    'claims',
    `SELECT idempotency_key AS key, claim_id, amount::text, status FROM payout_instruction`,
  );
  const transfers = bank.listTransfers();
  const transfersByKey = new Map(transfers.map((transfer) => [transfer.idempotencyKey, transfer]));
  const approvedIds = new Set(approved.map((claim) => claim.claimId));
  const wrong = approved.filter((claim) => {
    const own = instructions.filter((instruction) => instruction.claim_id === claim.claimId);
    const paid = own.map((instruction) => transfersByKey.get(instruction.key));
    return (
      own.length === 0 ||
      own.reduce((sum, instruction) => sum + Number(instruction.amount), 0) !== claim.payable ||
      paid.some(
        (transfer, index) =>
          !transfer || transfer.status !== 'completed' || transfer.amount !== Number(own[index].amount),
      )
    );
  });
  const keysOfApproved = new Set(
    instructions.filter((instruction) => approvedIds.has(instruction.claim_id)).map((instruction) => instruction.key),
  );
  const unapproved = transfers.filter((transfer) => !keysOfApproved.has(transfer.idempotencyKey));
  checks.push({
    name: 'every approved claim paid once at the bank with the approved amount',
    ok: approved.length === PLAN.claims && wrong.length === 0 && transfers.length === keysOfApproved.size,
    detail: `${approved.length} approved, ${transfers.length} transfers for ${keysOfApproved.size} payout keys, ${wrong.length} wrong; bank executions ${bank.stats().executedTransfers}`,
  });
  checks.push({
    name: 'nothing paid that was not approved',
    ok: unapproved.length === 0,
    detail: `${unapproved.length} unapproved transfers`,
  });

  checks.push(...(await lagAndDeadLetters(brokers, poisons)));

  const unfinished = [
    ...(await sql<{ what: string }>(
      'enrolment',
      `SELECT 'import ' || status AS what FROM import_job WHERE status <> 'completed'`,
    )),
    ...(await sql<{ what: string }>(
      'enrolment',
      `SELECT 'enrolment job ' || state AS what FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`,
    )),
    ...(await sql<{ what: string }>(
      'billing',
      `SELECT 'billing run ' || status AS what FROM billing_run WHERE status <> 'completed'`,
    )),
    ...(await sql<{ what: string }>(
      'billing',
      `SELECT 'billing job ' || state AS what FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`,
    )),
  ];
  checks.push({
    name: 'every job finished',
    ok: unfinished.length === 0,
    detail: unfinished.map((row) => row.what).join(', ') || 'none pending',
  });

  for (const service of SERVICES) {
    const [outbox] = await sql<{ n: number }>(
      service,
      `SELECT count(*)::int AS n FROM outbox_message WHERE sent_at IS NULL`,
    );
    checks.push({ name: `${service}'s outbox drained`, ok: outbox.n === 0, detail: `${outbox.n} unsent` });
  }
  return checks;
}

async function main(): Promise<number> {
  say(
    `${SHORT ? 'short' : 'full'} run ${runId}: ${PLAN.rows} rows, ${PLAN.months.length} months, ${PLAN.claims} claims, ${PLAN.killsEach} kills per service`,
  );
  const dataDir = join(tmpdir(), `jaring-chaos-${runId}`);
  const bank = new SandboxBank();
  const services = new Services();
  let broker: RunningKafka | undefined;
  let identity: RunningIdentityProvider | undefined;
  let postgresStarted = false;
  try {
    postgres.start();
    postgresStarted = true;
    say(`PostgreSQL of the run's own on :${POSTGRES_PORT}`);
    broker = await ensureKafka({ port: BROKER_PORT, dataDir });
    const { brokers } = broker;
    identity = await ensureIdentityProvider({ port: 0 });
    await issueTokens(identity.issuer);
    const bankUrl = await bank.listen(0);
    await services.start(brokers, bankUrl, identity.issuer);
    say('services started');

    const list = generateWorkerList({
      rows: PLAN.rows,
      invalidEvery: 50,
      duplicateEvery: 100,
      enrolmentDate: WORKERS_ENROLLED_ON,
    });
    let phase: Phase = 'import';
    const chaos = monkey(services, () => phase);
    const approved: Approved[] = [];
    let poisons: Poison[] = [];
    const load = (async () => {
      await importWorkers(services, list);
      poisons = await poison(brokers);
      phase = 'billing';
      for (const [index, month] of PLAN.months.entries()) {
        await billAndPay(services, month);
        if (index === 0) {
          say('restarting the Kafka broker');
          await broker?.restart();
        }
      }
      const covered = await until('March covered in the claims projection', async () => {
        const rows = await sql<{ worker_id: string }>(
          'claims',
          `SELECT worker_id FROM covered_month WHERE month = '2026-03' LIMIT $1`,
          [PLAN.claims],
        );
        return rows.length === PLAN.claims && rows;
      });
      bank.injectFault({ mode: 'timeout', delayMs: 3_000 }, 3);
      bank.injectFault({ mode: 'answer-twice' }, 3);
      phase = 'claims';
      let restartedPostgres = false;
      await inParallel(covered, 6, async ({ worker_id }) => {
        approved.push(await claimToApproval(services, worker_id));
        if (!restartedPostgres && approved.length >= PLAN.claims / 2) {
          restartedPostgres = true;
          say('restarting PostgreSQL (immediate shutdown: a crash, then recovery)');
          postgres.restart();
        }
      });
      say(`${approved.length} claims approved`);
    })().finally(() => (phase = 'settling'));
    await Promise.all([load, chaos]);

    await until('every approved claim settled', async () => {
      const [row] = await sql<{ open: number }>(
        'claims',
        `SELECT count(*)::int AS open FROM payout_instruction WHERE status IN ('requested', 'sent')`,
      );
      return row.open === 0;
    });
    await until('the outboxes drained', async () => {
      for (const service of SERVICES) {
        const [row] = await sql<{ n: number }>(
          service,
          `SELECT count(*)::int AS n FROM outbox_message WHERE sent_at IS NULL`,
        );
        if (row.n > 0) return false;
      }
      return true;
    });
    await sleep(5_000); // consumers commit after their transactions: give the last commits a moment
    const checks = await invariants(list, approved, bank, brokers, poisons);
    const killed = (name: ServiceName) => services.kills.get(name) as Phase[];
    process.stdout.write(
      `\nkills: ${SERVICES.map((name) => `${name} ${killed(name).length} (${killed(name).join(', ')})`).join(', ')}; broker restarted once; PostgreSQL restarted once\n`,
    );
    for (const check of checks) process.stdout.write(`${check.ok ? 'PASS' : 'FAIL'}  ${check.name}: ${check.detail}\n`);
    const failed = checks.filter((check) => !check.ok).length;
    process.stdout.write(
      `${failed === 0 ? 'all invariants hold' : `${failed} invariant(s) failed`} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
    );
    return failed === 0 ? 0 : 1;
  } finally {
    await services.stop();
    await bank.close();
    await broker?.stop();
    await identity?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    if (postgresStarted) postgres.stop();
    postgres.remove();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`chaos run failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
