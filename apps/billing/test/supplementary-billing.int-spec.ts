import { randomUUID } from 'node:crypto';
import { TenantContext, TenantScope } from '@jaring/auth';
import { CoverageGranted, type CoverageBatchV1, InvoiceIssued, type InvoiceIssuedV1 } from '@jaring/contracts';
import type { LocalDate } from '@jaring/calendar';
import { BillingRunQueue } from '../src/application/ports/billing-run-queue';
import { BillingSettings } from '../src/application/ports/billing-settings';
import { BillingStore } from '../src/application/ports/billing-store';
import { Clock } from '../src/application/ports/clock';
import { RunSupplementaryBillingPassHandler } from '../src/application/run-billing/run-supplementary-billing-pass.handler';
import { StartSupplementaryBillingRunHandler } from '../src/application/run-billing/start-supplementary-billing-run.handler';
import { DurableBillingRunQueue } from '../src/infrastructure/scheduling/durable-billing-run.queue';
import { bearer, BillingTestApp } from './support/billing-test-app';

const PER_WORKER = 16_800;

/** The business day the pass believes it is (the rest of the service keeps the real clock). */
class DayClock extends Clock {
  constructor(private readonly day: LocalDate) {
    super();
  }
  now(): Date {
    return new Date(`${this.day}T01:00:00Z`);
  }
  today(): LocalDate {
    return this.day;
  }
  startOf(date: LocalDate): Date {
    return new Date(`${date}T00:00:00+08:00`);
  }
}

describe('supplementary invoices for workers billable after the month was billed (real PostgreSQL and Kafka)', () => {
  const billing = new BillingTestApp('billing_supplementary');
  const sponsor = { sponsorId: randomUUID(), tenant: '73.10' };
  const MAIN_WORKERS = 3;
  const lateWorker = randomUUID();
  let main: Record<string, any>;

  beforeAll(async () => {
    await billing.start();
    await billing.seedWorkers({ ...sponsor, count: MAIN_WORKERS });
    main = (await billing.bill(sponsor.sponsorId, '2026-03')).invoice;
  });

  afterAll(async () => billing.stop());

  /** The sponsor's supplementary pass (what its durable job runs) on a given day, with the service's own handlers. */
  async function schedulerPass(day: LocalDate): Promise<void> {
    const app = billing.app;
    const clock = new DayClock(day);
    const pass = new RunSupplementaryBillingPassHandler(
      new StartSupplementaryBillingRunHandler(
        app.get(BillingStore),
        app.get(BillingRunQueue),
        app.get(BillingSettings),
        clock,
      ),
      clock,
    );
    // As its job runs it: in the system scope.
    await TenantContext.run(TenantScope.system(), () => pass.execute(sponsor.sponsorId));
    await app.get(DurableBillingRunQueue).idle();
  }

  async function enrol(workerId: string, coverageStartDate: LocalDate): Promise<void> {
    await billing.query(
      `INSERT INTO worker_projection (worker_id, sponsor_id, tenant, status, declared_monthly_income, coverage_start_date, updated_at)
       VALUES ($1, $2, $3, 'active', 1000000, $4, now())`,
      [workerId, sponsor.sponsorId, sponsor.tenant, coverageStartDate],
    );
  }

  const invoicesOfMarch = async () =>
    (
      await billing
        .http()
        .get(`/v1/invoices?sponsorId=${sponsor.sponsorId}&month=2026-03`)
        .set('Authorization', bearer('finance'))
        .expect(200)
    ).body as Record<string, any>[];

  const counts = async () =>
    (
      await billing.query(
        `SELECT (SELECT count(*)::int FROM invoice) AS invoices, (SELECT count(*)::int FROM invoice_line) AS lines,
                (SELECT count(*)::int FROM billing_run) AS runs,
                (SELECT count(*)::int FROM outbox_message WHERE event_type = 'InvoiceIssued') AS issued`,
      )
    )[0];

  it('the main run bills the workers known on the billing day, and a pass finds nobody else to bill', async () => {
    expect(main).toMatchObject({
      invoiceNumber: 'JRG-7310-202603-01',
      kind: 'main',
      lineCount: MAIN_WORKERS,
      totals: { total: MAIN_WORKERS * PER_WORKER },
      dueDate: '2026-03-16',
    });
    const before = await counts();
    await schedulerPass('2026-03-05');
    expect(await counts()).toEqual(before);
  });

  it('bills a worker enrolled on 10 March on a supplementary invoice at the next pass', async () => {
    await enrol(lateWorker, '2026-03-10');
    await schedulerPass('2026-03-10');

    const invoices = await invoicesOfMarch();
    expect(invoices).toHaveLength(2);
    const supplementary = invoices.find((invoice) => invoice.kind === 'supplementary') as Record<string, any>;
    expect(supplementary).toMatchObject({
      invoiceNumber: 'JRG-7310-202603-02',
      month: '2026-03',
      status: 'issued',
      // Requested on the 10th: too late for the 16th with a week's notice, so due with April's.
      dueDate: '2026-04-15',
      lineCount: 1,
      totals: { jkk: 10_000, jkm: 6_800, total: PER_WORKER },
      paymentStatus: 'unpaid',
    });
    const lines = await billing
      .http()
      .get(`/v1/invoices/${supplementary.id}/lines`)
      .set('Authorization', bearer('finance'))
      .expect(200);
    expect(lines.body.lines).toEqual([
      expect.objectContaining({ lineNo: 1, workerId: lateWorker, amount: PER_WORKER }),
    ]);

    const runs = await billing
      .http()
      .get(`/v1/billing-runs?sponsorId=${sponsor.sponsorId}&month=2026-03`)
      .set('Authorization', bearer('finance'))
      .expect(200);
    expect(runs.body).toContainEqual(
      expect.objectContaining({
        kind: 'supplementary',
        requestedOn: '2026-03-10',
        status: 'completed',
        outcome: 'issued',
        trigger: 'schedule',
        invoiceId: supplementary.id,
      }),
    );

    const [issued] = await billing.outbox<InvoiceIssuedV1>('InvoiceIssued', supplementary.id);
    expect(issued.payload).toMatchObject({
      invoiceNumber: 'JRG-7310-202603-02',
      kind: 'supplementary',
      month: '2026-03',
      dueDate: '2026-04-15',
      lineCount: 1,
    });
    await billing.relayed();
    const onKafka = (await billing.topic(InvoiceIssued)).map((record) => JSON.parse(record.value ?? '{}'));
    expect(onKafka).toContainEqual(expect.objectContaining({ eventId: issued.eventId, aggregateId: supplementary.id }));
  });

  it('bills that worker exactly once, however often the pass runs', async () => {
    const before = await counts();
    await schedulerPass('2026-03-10');
    await schedulerPass('2026-03-11');
    await Promise.all([schedulerPass('2026-03-12'), schedulerPass('2026-03-12')]); // two replicas
    expect(await counts()).toEqual(before);
    const [{ lines }] = await billing.query<{ lines: number }>(
      `SELECT count(*)::int AS lines FROM invoice_line WHERE worker_id = $1 AND month = '2026-03'`,
      [lateWorker],
    );
    expect(lines).toBe(1);
  });

  it('refuses a second line for a worker and month in the database itself', async () => {
    await expect(
      billing.query(
        `INSERT INTO invoice_line (invoice_id, worker_id, month, line_no, declared_income, jkk, jkm, amount, cumulative_amount)
         VALUES ($1, $2, '2026-03', 99, 1000000, 10000, 6800, 16800, 16800)`,
        [main.id, lateWorker],
      ),
    ).rejects.toThrow(/invoice_line_once_per_worker_month/);
  });

  it('bills the arrivals since the last pass on each pass of a day, not once a day (ADR 0009)', async () => {
    const [second, third] = [randomUUID(), randomUUID()];
    await enrol(second, '2026-03-12');
    await schedulerPass('2026-03-12');
    await enrol(third, '2026-03-12');
    await schedulerPass('2026-03-12');
    await schedulerPass('2026-03-12');

    const supplementaries = (await invoicesOfMarch())
      .filter((invoice) => invoice.kind === 'supplementary')
      .sort((a, b) => a.invoiceNumber.localeCompare(b.invoiceNumber));
    expect(supplementaries.map((invoice) => [invoice.invoiceNumber, invoice.lineCount])).toEqual([
      ['JRG-7310-202603-02', 1],
      ['JRG-7310-202603-03', 1],
      ['JRG-7310-202603-04', 1],
    ]);
  });

  it('pays the supplementary invoice like any other, and the payment grants the worker March', async () => {
    const supplementary = (await invoicesOfMarch()).find(
      (invoice) => invoice.invoiceNumber === 'JRG-7310-202603-02',
    ) as Record<string, any>;
    const paid = await billing
      .pay({ amount: PER_WORKER, invoiceNumber: 'JRG-7310-202603-02', paidAt: '2026-03-12T02:00:00Z' })
      .expect(201);
    expect(paid.body).toMatchObject({
      allocations: [{ invoiceId: supplementary.id, month: '2026-03', amount: PER_WORKER }],
      creditRemaining: 0,
    });

    const granted = await billing.outbox<CoverageBatchV1>('CoverageGranted', supplementary.id);
    expect(granted.map((event) => event.payload)).toEqual([
      expect.objectContaining({ month: '2026-03', workerIds: [lateWorker], batch: 1, batches: 1 }),
    ]);
    await billing.relayed();
    const onKafka = (await billing.topic(CoverageGranted)).map((record) => JSON.parse(record.value ?? '{}'));
    expect(onKafka).toContainEqual(expect.objectContaining({ eventId: granted[0].eventId }));

    const coverage = await billing
      .http()
      .get(`/v1/workers/${lateWorker}/coverage`)
      .set('Authorization', bearer('finance'))
      .expect(200);
    expect(coverage.body).toEqual([
      expect.objectContaining({ month: '2026-03', invoiceNumber: 'JRG-7310-202603-02', paid: true }),
    ]);
  });

  it('spends an unnamed payment on the month’s main invoice first, then its supplementary ones', async () => {
    const paid = await billing
      .pay({ amount: (MAIN_WORKERS + 1) * PER_WORKER, sponsorId: sponsor.sponsorId, paidAt: '2026-03-14T02:00:00Z' })
      .expect(201);
    expect(
      paid.body.allocations.map((allocation: Record<string, unknown>) => [allocation.invoiceNumber, allocation.amount]),
    ).toEqual([
      ['JRG-7310-202603-01', MAIN_WORKERS * PER_WORKER],
      ['JRG-7310-202603-03', PER_WORKER],
    ]);
    const granted = await billing.outbox<CoverageBatchV1>('CoverageGranted', main.id);
    expect(granted.flatMap((event) => event.payload.workerIds)).toHaveLength(MAIN_WORKERS);
  });

  it('reaches back one month: a worker covered from 31 March and seen on 1 April is billed March and April', async () => {
    const lastDay = randomUUID();
    await enrol(lastDay, '2026-03-31');
    await billing.bill(sponsor.sponsorId, '2026-04'); // April's main run, which the scheduler starts on the 1st
    await schedulerPass('2026-04-01');

    const months = (
      await billing.http().get(`/v1/workers/${lastDay}/coverage`).set('Authorization', bearer('finance')).expect(200)
    ).body as Record<string, any>[];
    expect(months.map((month) => [month.month, month.invoiceNumber])).toEqual([
      ['2026-03', 'JRG-7310-202603-05'],
      ['2026-04', 'JRG-7310-202604-01'],
    ]);
    const march = (await invoicesOfMarch()).find((invoice) => invoice.invoiceNumber === 'JRG-7310-202603-05');
    expect(march).toMatchObject({ kind: 'supplementary', lineCount: 1, dueDate: '2026-04-15' });

    // February is out of reach once it is April: nothing is billed for it, whatever the projection says.
    await billing.query(`UPDATE worker_projection SET coverage_start_date = '2026-02-27' WHERE worker_id = $1`, [
      lastDay,
    ]);
    await schedulerPass('2026-04-02');
    const [{ february }] = await billing.query<{ february: number }>(
      `SELECT count(*)::int AS february FROM invoice WHERE sponsor_id = $1 AND month = '2026-02'`,
      [sponsor.sponsorId],
    );
    expect(february).toBe(0);
  });
});
