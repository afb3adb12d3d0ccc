import { randomUUID } from 'node:crypto';
import { CoverageGranted, type CoverageBatchV1, type CoverageGrantedV1 } from '@jaring/contracts';
import { BillingTestApp } from './support/billing-test-app';

describe('coverage carries the income each worker was billed at (real PostgreSQL and Kafka)', () => {
  const billing = new BillingTestApp('billing_coverage_income');
  const sponsor = { sponsorId: randomUUID(), tenant: '76.02' };
  let march: Record<string, any>;

  beforeAll(async () => {
    await billing.start();
    await billing.seedWorkers({ ...sponsor, count: 3, income: 1_000_000 });
    await billing.seedWorkers({ ...sponsor, count: 2, income: 20_700_000 });
    march = (await billing.bill(sponsor.sponsorId, '2026-03')).invoice;
  });

  afterAll(async () => billing.stop());

  it('pairs every granted worker with the declared income on its invoice line, on Kafka too', async () => {
    const paid = await billing.pay({ amount: march.totals.total, invoiceId: march.id }).expect(201);

    const [granted] = await billing.outbox<CoverageGrantedV1>('CoverageGranted', march.id);
    const lines = await billing.query<{ worker_id: string; declared_income: string }>(
      `SELECT worker_id::text, declared_income FROM invoice_line WHERE invoice_id = $1`,
      [march.id],
    );
    const billedAt = new Map(lines.map((line) => [line.worker_id, Number(line.declared_income)]));
    const { workerIds, declaredIncomes } = granted.payload;
    expect(workerIds).toHaveLength(5);
    expect(declaredIncomes).toEqual(workerIds.map((workerId) => billedAt.get(workerId)));
    expect([...(declaredIncomes ?? [])].sort((a, b) => a - b)).toEqual([
      1_000_000, 1_000_000, 1_000_000, 20_700_000, 20_700_000,
    ]);
    await billing.relayed();
    const onKafka = (await billing.topic(CoverageGranted)).map((record) => JSON.parse(record.value ?? '{}'));
    expect(onKafka.find((event) => event.eventId === granted.eventId)?.payload.declaredIncomes).toEqual(
      declaredIncomes,
    );

    // A withdrawal only names the workers: there is no income to pay benefits from any more.
    await billing.reversePayment(paid.body.paymentId, 'returned by the bank');
    const [withdrawn] = await billing.outbox<CoverageBatchV1>('CoverageWithdrawn', march.id);
    expect(withdrawn.payload.workerIds).toHaveLength(5);
    expect(withdrawn.payload).not.toHaveProperty('declaredIncomes');
  });
});
