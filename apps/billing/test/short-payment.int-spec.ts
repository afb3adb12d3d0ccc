import { randomUUID } from 'node:crypto';
import { WorkersLeftUncovered, type CoverageGrantedV1, type WorkersLeftUncoveredV1 } from '@jaring/contracts';
import { BillingTestApp } from './support/billing-test-app';

const PER_WORKER = 16_800;

/** Workers of a sponsor by coverage start, oldest first: [worker id, coverage start]. */
async function workersByEnrolment(billing: BillingTestApp, sponsorId: string): Promise<string[][]> {
  const rows = await billing.query<{ worker_id: string; start: string }>(
    `SELECT worker_id::text, coverage_start_date::text AS start FROM worker_projection
      WHERE sponsor_id = $1 ORDER BY coverage_start_date, worker_id`,
    [sponsorId],
  );
  return rows.map((row) => [row.worker_id, row.start]);
}

describe('a short payment under the default policy: the invoice is held (real PostgreSQL and Kafka)', () => {
  const billing = new BillingTestApp('billing_short_hold');

  beforeAll(async () => {
    await billing.start();
  });

  afterAll(async () => billing.stop());

  it('covers nobody until the invoice is paid in full, and tells finance who is uncovered and what is missing', async () => {
    const sponsor = { sponsorId: randomUUID(), tenant: '76.02' };
    await billing.seedWorkers({ ...sponsor, count: 3 });
    const { invoice } = await billing.bill(sponsor.sponsorId, '2026-03');

    const short = await billing.pay({ amount: 40_000, invoiceId: invoice.id }).expect(201);
    expect(await billing.outbox('CoverageGranted', invoice.id)).toEqual([]);
    const [uncovered, ...more] = await billing.outbox<WorkersLeftUncoveredV1>('WorkersLeftUncovered', invoice.id);
    expect(more).toEqual([]);
    expect(uncovered.payload).toMatchObject({
      invoiceId: invoice.id,
      policy: 'hold-invoice',
      total: 3 * PER_WORKER,
      paidAmount: 40_000,
      missingAmount: 3 * PER_WORKER - 40_000,
      uncoveredWorkers: 3,
      paymentId: short.body.paymentId,
      batch: 1,
      batches: 1,
    });
    const all = (await workersByEnrolment(billing, sponsor.sponsorId)).map(([id]) => id);
    expect([...uncovered.payload.workerIds].sort()).toEqual([...all].sort());
    await billing.relayed();
    const onKafka = (await billing.topic(WorkersLeftUncovered)).map((record) => JSON.parse(record.value ?? '{}'));
    expect(onKafka.find((event) => event.eventId === uncovered.eventId)?.payload.missingAmount).toBe(10_400);

    await billing.pay({ amount: 10_400, invoiceId: invoice.id }).expect(201);
    const granted = await billing.outbox<CoverageGrantedV1>('CoverageGranted', invoice.id);
    expect(granted.flatMap((event) => event.payload.workerIds).sort()).toEqual([...all].sort());
    expect(await billing.outbox('WorkersLeftUncovered', invoice.id)).toHaveLength(1);
  });
});

describe('a short payment under oldest-enrolment-first (real PostgreSQL and Kafka)', () => {
  const billing = new BillingTestApp('billing_short_oldest', {
    BILLING_SHORT_PAYMENT_POLICY: 'oldest-enrolment-first',
  });

  beforeAll(async () => {
    await billing.start();
  });

  afterAll(async () => billing.stop());

  it('covers the workers enrolled first, whatever their ids, and names the newer ones as uncovered', async () => {
    const sponsor = { sponsorId: randomUUID(), tenant: '76.02' };
    await billing.seedWorkers({ ...sponsor, count: 3, coverageStartDate: '2026-02-01' });
    await billing.seedWorkers({ ...sponsor, count: 3, coverageStartDate: '2025-10-06' });
    const { invoice } = await billing.bill(sponsor.sponsorId, '2026-03');
    const byEnrolment = await workersByEnrolment(billing, sponsor.sponsorId);
    const oldest = byEnrolment.filter(([, start]) => start === '2025-10-06').map(([id]) => id);
    const newest = byEnrolment.filter(([, start]) => start === '2026-02-01').map(([id]) => id);

    await billing.pay({ amount: 4 * PER_WORKER, invoiceId: invoice.id }).expect(201);
    const granted = (await billing.outbox<CoverageGrantedV1>('CoverageGranted', invoice.id)).flatMap(
      (event) => event.payload.workerIds,
    );
    expect(granted).toHaveLength(4);
    expect(granted).toEqual(expect.arrayContaining(oldest));
    const [uncovered] = await billing.outbox<WorkersLeftUncoveredV1>('WorkersLeftUncovered', invoice.id);
    expect(uncovered.payload).toMatchObject({
      policy: 'oldest-enrolment-first',
      uncoveredWorkers: 2,
      missingAmount: 2 * PER_WORKER,
    });
    expect(newest).toEqual(expect.arrayContaining(uncovered.payload.workerIds));
    expect(granted.filter((id) => uncovered.payload.workerIds.includes(id))).toEqual([]);
  });
});
