import { TenantContext, TenantScope } from '@jaring/auth';
import { randomUUID } from 'node:crypto';
import { AssessArrearsHandler } from '../src/application/assess-arrears/assess-arrears.handler';
import { BillingReads } from '../src/application/ports/billing-reads';
import { BillingRunQueue } from '../src/application/ports/billing-run-queue';
import { Clock } from '../src/application/ports/clock';
import { ExecuteBillingRunHandler } from '../src/application/run-billing/execute-billing-run.handler';
import { StartBillingRunHandler } from '../src/application/run-billing/start-billing-run.handler';
import { StartSupplementaryBillingRunHandler } from '../src/application/run-billing/start-supplementary-billing-run.handler';
import { BillingScheduler } from '../src/infrastructure/scheduling/billing.scheduler';
import { BILLING_RUN_QUEUE, DurableBillingRunQueue } from '../src/infrastructure/scheduling/durable-billing-run.queue';
import { waitFor } from '../../../test/support/test-environment';
import { bearer, BillingTestApp } from './support/billing-test-app';

/** Two and a half chunks of the smallest chunk size allowed. */
const WORKERS = 2_500;

describe('billing runs that stop, collide or fail (real PostgreSQL and Kafka)', () => {
  const billing = new BillingTestApp('billing_run_recovery', { BILLING_RUN_CHUNK_SIZE: '1000' });

  beforeAll(async () => {
    await billing.start();
  });

  afterAll(async () => billing.stop());

  const queue = () => billing.app.get(DurableBillingRunQueue);
  /** A run executed directly, as the queue executes it: for whichever regency it bills. */
  const asBillingQueue = <T>(work: () => Promise<T>) => TenantContext.run(TenantScope.system(), work);

  async function aSponsor(tenant: string): Promise<string> {
    const sponsorId = randomUUID();
    await billing.seedWorkers({ sponsorId, tenant, count: WORKERS });
    return sponsorId;
  }

  /** A run stored as StartBillingRun stores it, not yet queued anywhere. */
  async function aStoredRun(sponsorId: string, month: string): Promise<string> {
    const id = randomUUID();
    await billing.query(
      `INSERT INTO billing_run (id, sponsor_id, month, status, trigger, requested_by, started_at)
       VALUES ($1, $2, $3, 'running', 'api', 'officer-finance', now())`,
      [id, sponsorId, month],
    );
    return id;
  }

  /** What a pod stopped by SIGTERM leaves behind: the run 'running' after its first chunk. */
  async function aRunStoppedAfterOneChunk(sponsorId: string, month: string): Promise<string> {
    const id = await aStoredRun(sponsorId, month);
    let boundaries = 0;
    await asBillingQueue(() => billing.app.get(ExecuteBillingRunHandler).execute(id, () => ++boundaries > 1));
    const [state] = await billing.query(
      `SELECT r.status, r.lines_written, i.status AS invoice FROM billing_run r JOIN invoice i ON i.id = r.invoice_id
        WHERE r.id = $1`,
      [id],
    );
    expect(state).toEqual({ status: 'running', lines_written: 1_000, invoice: 'generating' });
    return id;
  }

  /** Holds the run lock as the pod still working on the run does, until release() is called. */
  async function lockedByAnotherPod(runId: string): Promise<{ release(): Promise<void> }> {
    const runner = billing.dataSource.createQueryRunner();
    await runner.connect();
    await runner.query(`SELECT pg_advisory_lock(7102, hashtext($1))`, [`billing-run:${runId}`]);
    return {
      release: async () => {
        await runner.query(`SELECT pg_advisory_unlock(7102, hashtext($1))`, [`billing-run:${runId}`]);
        await runner.release();
      },
    };
  }

  async function runById(id: string) {
    return (await billing.http().get(`/v1/billing-runs/${id}`).set('Authorization', bearer('finance')).expect(200))
      .body;
  }

  async function expectIssuedInFull(runId: string): Promise<void> {
    const run = await runById(runId);
    expect(run).toMatchObject({
      status: 'completed',
      outcome: 'issued',
      progress: { workersExpected: WORKERS, linesWritten: WORKERS },
    });
    const [invoice] = await billing.query(`SELECT status, line_count FROM invoice WHERE id = $1`, [run.invoiceId]);
    expect(invoice).toEqual({ status: 'issued', line_count: WORKERS });
  }

  describe("a run left 'running' is resumed", () => {
    it('when it is requested again', async () => {
      const sponsorId = await aSponsor('73.01');
      const runId = await aRunStoppedAfterOneChunk(sponsorId, '2026-03');

      const again = await billing
        .http()
        .post('/v1/billing-runs')
        .set('Authorization', bearer('finance'))
        .send({ sponsorId, month: '2026-03' })
        .expect(200);
      expect(again.body.id).toBe(runId);
      await queue().idle();

      await expectIssuedInFull(runId);
    });

    it('once the process still holding its run lock lets go (its job is retried meanwhile)', async () => {
      const sponsorId = await aSponsor('73.02');
      const runId = await aRunStoppedAfterOneChunk(sponsorId, '2026-03');

      const oldPod = await lockedByAnotherPod(runId);
      await queue().enqueue(runId);
      await waitFor(
        async () => {
          const [job] = await billing.query<{ retry_count: number }>(
            `SELECT retry_count FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry', 'active')`,
            [BILLING_RUN_QUEUE, runId],
          );
          return job !== undefined && job.retry_count >= 1;
        },
        { what: 'the job to be retried while the lock is held' },
      );
      expect((await runById(runId)).status).toBe('running');
      await oldPod.release(); // SIGTERM: the old pod stops at a chunk boundary, the run still 'running'
      await queue().idle();

      await expectIssuedInFull(runId);
    });

    it("by the scheduler's next pass, when its queueing was cut off", async () => {
      const sponsorId = await aSponsor('73.04');
      const runId = await aRunStoppedAfterOneChunk(sponsorId, '2026-03');

      const app = billing.app;
      const scheduler = new BillingScheduler(
        app.get(StartBillingRunHandler),
        app.get(StartSupplementaryBillingRunHandler),
        app.get(AssessArrearsHandler),
        app.get(BillingReads),
        app.get(Clock),
        // A schedule on, on a day no month is due, so the pass only resumes and assesses.
        Object.assign(Object.create(Object.getPrototypeOf(billing.config)), billing.config, {
          BILLING_SCHEDULE_INTERVAL_MS: 3_600_000,
          BILLING_RUN_DAY_OF_MONTH: 28,
        }),
        app.get(BillingRunQueue),
      );
      scheduler.onApplicationBootstrap(); // the first pass runs at once
      await scheduler.beforeApplicationShutdown(); // waits for that pass
      await queue().idle();

      await expectIssuedInFull(runId);
    });
  });

  it('numbers the invoices of two runs billing one regency and month at the same time apart', async () => {
    const [first, second] = [await aSponsor('73.03'), await aSponsor('73.03')];
    const runs = [await aStoredRun(first, '2026-04'), await aStoredRun(second, '2026-04')];

    // Hold both runs between choosing an invoice number and inserting the invoice, so the race
    // happens every time rather than now and then.
    const gate = billing.dataSource.createQueryRunner();
    await gate.connect();
    await gate.startTransaction();
    await gate.query(`LOCK TABLE invoice IN SHARE ROW EXCLUSIVE MODE`);
    const execute = billing.app.get(ExecuteBillingRunHandler);
    const both = Promise.allSettled(runs.map((id) => asBillingQueue(() => execute.execute(id))));
    await waitFor(
      async () => {
        const [row] = await billing.query<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_locks
            WHERE NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        );
        return row.waiting === 2;
      },
      { what: 'both runs to wait at the invoice' },
    );
    await gate.rollbackTransaction();
    await gate.release();
    await both;

    const invoices = await billing.query<{ status: string; invoice_number: string }>(
      `SELECT r.status, i.invoice_number FROM billing_run r LEFT JOIN invoice i ON i.id = r.invoice_id
        WHERE r.id = ANY($1::uuid[]) ORDER BY i.invoice_number`,
      [runs],
    );
    expect(invoices).toEqual([
      { status: 'completed', invoice_number: 'JRG-7303-202604-01' },
      { status: 'completed', invoice_number: 'JRG-7303-202604-02' },
    ]);
  });

  it("shows API callers why a run failed without the database's own text, and resumes it when started again", async () => {
    const sponsorId = await aSponsor('73.04');
    await billing.query(`
      CREATE FUNCTION refuse_invoice() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'relation "invoice_internal" refused this row'; END $$`);
    await billing.query(
      `CREATE TRIGGER refuse_invoice BEFORE INSERT ON invoice FOR EACH ROW
         WHEN (NEW.sponsor_id = '${sponsorId}') EXECUTE FUNCTION refuse_invoice()`,
    );
    const started = await billing
      .http()
      .post('/v1/billing-runs')
      .set('Authorization', bearer('finance'))
      .send({ sponsorId, month: '2026-05' })
      .expect(202);
    await queue().idle();

    const failed = await runById(started.body.id);
    expect(failed.status).toBe('failed');
    expect(failed.error).not.toMatch(/invoice_internal|relation|refused/);
    expect(failed.error).toMatch(/start it again/);

    await billing.query(`DROP TRIGGER refuse_invoice ON invoice`);
    await billing.query(`DROP FUNCTION refuse_invoice()`);
    const again = await billing.bill(sponsorId, '2026-05');
    expect(again.status).toBe(202);
    await expectIssuedInFull(started.body.id);
  });
});
