import { randomUUID } from 'node:crypto';
import { loadFixture, WorkerRegistered, type WorkersBilledV1 } from '@jaring/contracts';
import { Clock } from '../src/application/ports/clock';
import { SupplementaryBillingPass } from '../src/application/ports/supplementary-billing-pass';
import { DurableBillingRunQueue } from '../src/infrastructure/scheduling/durable-billing-run.queue';
import { DurableSupplementaryBillingPass } from '../src/infrastructure/scheduling/durable-supplementary-billing.pass';
import { buildServices, freePort, ServiceProcess } from '../../../test/support/service-process';
import { testKafkaBrokers, waitFor } from '../../../test/support/test-environment';
import { TEST_REGENCIES, testIssuer } from '../../../test/support/tokens';
import { bearer, BillingTestApp } from './support/billing-test-app';

const DELAY_SECONDS = 3;

describe('the supplementary pass runs as a durable job a set delay after a worker registers (real PostgreSQL, Kafka, pg-boss)', () => {
  const billing = new BillingTestApp('billing_supplementary_pass', {
    SUPPLEMENTARY_BILLING_DELAY_SECONDS: String(DELAY_SECONDS),
  });
  const sponsor = { sponsorId: randomUUID(), tenant: '76.04' };
  let month: string;

  beforeAll(async () => {
    await billing.start();
    month = billing.app.get(Clock).today().slice(0, 7);
    await billing.seedWorkers({ ...sponsor, count: 2, coverageStartDate: `${month}-01` });
    await billing.bill(sponsor.sponsorId, month);
  });

  afterAll(async () => billing.stop());

  async function register(workerId: string): Promise<void> {
    const fixture = loadFixture(WorkerRegistered);
    await billing.publish(WorkerRegistered, {
      ...fixture,
      eventId: randomUUID(),
      aggregateId: workerId,
      tenant: sponsor.tenant,
      occurredAt: new Date().toISOString(),
      payload: {
        ...fixture.payload,
        workerId,
        sponsorId: sponsor.sponsorId,
        status: 'active',
        coverageStartDate: billing.app.get(Clock).today(),
      },
    });
  }

  const invoicesOfMonth = async () =>
    (
      await billing
        .http()
        .get(`/v1/invoices?sponsorId=${sponsor.sponsorId}&month=${month}`)
        .set('Authorization', bearer('finance'))
        .expect(200)
    ).body as Record<string, any>[];

  const supplementaryWith = (lines: number) =>
    waitFor(
      async () =>
        (await invoicesOfMonth()).find(
          (invoice) => invoice.kind === 'supplementary' && invoice.status === 'issued' && invoice.lineCount === lines,
        ),
      { what: `a supplementary invoice of ${lines} line(s)`, timeoutMs: 60_000 },
    );

  it('bills a worker registered after the month’s run on a supplementary invoice once the delay has passed, not before', async () => {
    const late = randomUUID();
    const registeredAt = Date.now();
    await register(late);
    const supplementary = await supplementaryWith(1);
    const tookMs = Date.now() - registeredAt;
    process.stdout.write(
      `supplementary invoice ${supplementary.invoiceNumber} issued ${tookMs} ms after the registration\n`,
    );
    expect(tookMs).toBeGreaterThanOrEqual(DELAY_SECONDS * 1000);
    expect(tookMs).toBeLessThan((DELAY_SECONDS + 30) * 1000);
    expect(supplementary.invoiceNumber).toBe(`JRG-7604-${month.replace('-', '')}-02`);

    // Who it bills is published, keyed by the invoice, for claims' eligibility.
    const billed = await billing.outbox<WorkersBilledV1>('WorkersBilled', supplementary.id);
    expect(billed.map((event) => event.payload)).toEqual([
      expect.objectContaining({
        invoiceNumber: supplementary.invoiceNumber,
        kind: 'supplementary',
        month,
        dueDate: supplementary.dueDate,
        batch: 1,
        batches: 1,
        workerIds: [late],
      }),
    ]);
  });

  it('puts workers registered within one delay on one invoice, and bills each worker-month once however often the pass is requested', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    await register(first);
    await register(second);
    await supplementaryWith(2);

    const pass = billing.app.get(DurableSupplementaryBillingPass);
    await Promise.all([
      billing.app.get(SupplementaryBillingPass).request([sponsor.sponsorId]),
      billing.app.get(SupplementaryBillingPass).request([sponsor.sponsorId]),
    ]);
    await pass.idle();
    await billing.app.get(DurableBillingRunQueue).idle();

    const invoices = await invoicesOfMonth();
    expect(invoices.map((invoice) => [invoice.kind, invoice.lineCount]).sort()).toEqual([
      ['main', 2],
      ['supplementary', 1],
      ['supplementary', 2],
    ]);
    const numbers = invoices.map((invoice) => invoice.invoiceNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    const [{ twice }] = await billing.query<{ twice: number }>(
      `SELECT count(*)::int AS twice FROM (SELECT 1 FROM invoice_line WHERE month = $1 GROUP BY worker_id HAVING count(*) > 1) t`,
      [month],
    );
    expect(twice).toBe(0);
  });

  describe('with a second replica on the same database and consumer group', () => {
    let replica: ServiceProcess | undefined;

    beforeAll(async () => {
      buildServices();
      replica = await new ServiceProcess('billing', await freePort(), {
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        METRICS_PORT: '0',
        DATABASE_URL: billing.config.DATABASE_URL,
        KAFKA_BROKERS: testKafkaBrokers(),
        KAFKA_TOPIC_PREFIX: billing.topicPrefix,
        KAFKA_GROUP_ID: billing.config.KAFKA_GROUP_ID,
        OUTBOX_POLL_INTERVAL_MS: '50',
        OIDC_ISSUER: testIssuer(),
        SERVED_TENANTS: TEST_REGENCIES.join(','),
        BILLING_SCHEDULE_INTERVAL_MS: '0',
        SUPPLEMENTARY_BILLING_DELAY_SECONDS: String(DELAY_SECONDS),
      }).start();
    }, 300_000);

    afterAll(async () => replica?.stop());

    it('bills workers registered on both replicas on one invoice, each worker-month once, numbers unique', async () => {
      const before = (await invoicesOfMonth()).length;
      const workers = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      for (const workerId of workers) await register(workerId);
      await supplementaryWith(workers.length);

      const invoices = await invoicesOfMonth();
      expect(invoices).toHaveLength(before + 1);
      const numbers = invoices.map((invoice) => invoice.invoiceNumber);
      expect(new Set(numbers).size).toBe(numbers.length);
      const [{ lines, twice }] = await billing.query<{ lines: number; twice: number }>(
        `SELECT count(*)::int AS lines,
                (SELECT count(*)::int FROM (SELECT 1 FROM invoice_line WHERE month = $1 GROUP BY worker_id
                                             HAVING count(*) > 1) t) AS twice
           FROM invoice_line WHERE month = $1 AND worker_id = ANY($2::uuid[])`,
        [month, workers],
      );
      expect({ lines, twice }).toEqual({ lines: workers.length, twice: 0 });
    });
  });
});
