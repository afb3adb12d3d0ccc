import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel } from 'kafkajs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CoverageGranted, type EventDefinition, type EventEnvelope, InvoiceIssued } from '@jaring/contracts';
import { readWholeTopic } from '../../libs/messaging/src/kafka/topic-reader';
import { billMonth, enrolWorker, payInvoice } from '../support/e2e-steps';
import { type RunningServices, startServices } from '../support/service-harness';
import { baseUrlOf, testKafkaBrokers, waitFor } from '../support/test-environment';
import { bearer } from '../support/tokens';

describe('billing and coverage: enrolled worker → invoice issued → payment → coverage in the claims projection', () => {
  let services: RunningServices;
  let enrolment: INestApplication;
  let billing: INestApplication;
  let claims: INestApplication;
  const kafka = new Kafka({
    clientId: 'e2e-billing',
    brokers: testKafkaBrokers().split(','),
    logLevel: logLevel.NOTHING,
  });
  const onTopic = async (definition: EventDefinition): Promise<EventEnvelope<Record<string, any>>[]> =>
    (await readWholeTopic(kafka, services.topicPrefix + definition.topic.name))
      .map((record) => JSON.parse(record.value ?? '{}'))
      .filter((envelope) => envelope.eventType === definition.type);

  beforeAll(async () => {
    services = await startServices(['enrolment', 'billing', 'claims'], {
      label: 'billing_e2e',
      extra: { billing: { BILLING_SCHEDULE_INTERVAL_MS: '0' }, enrolment: { ACTIVATION_INTERVAL_MS: '0' } },
    });
    [enrolment, billing, claims] = [services.get('enrolment'), services.get('billing'), services.get('claims')];
  });

  afterAll(async () => services?.stop());

  it('bills the enrolled worker Rp16,800 for March 2026, and publishes the coverage once paid', async () => {
    const workerId = await enrolWorker(enrolment);

    const invoice = await billMonth(billing, [workerId], '2026-03');
    expect(invoice).toMatchObject({
      invoiceNumber: 'JRG-7604-202603-01',
      lineCount: 1,
      totals: { jkk: 10_000, jkm: 6_800, total: 16_800 },
      dueDate: '2026-03-16',
    });

    const issued = await waitFor(
      async () => (await onTopic(InvoiceIssued)).find((event) => event.aggregateId === invoice.id),
      { what: 'InvoiceIssued on Kafka' },
    );
    expect(issued.payload).toMatchObject({ lineCount: 1, totals: { total: 16_800 } });

    await payInvoice(billing, invoice, 'bpkad-7604-e2e-0001', '2026-03-10T10:00:00+08:00');

    const granted = await waitFor(
      async () =>
        (await onTopic(CoverageGranted)).find(
          (event) => event.payload.month === '2026-03' && event.payload.workerIds.includes(workerId),
        ),
      { what: 'CoverageGranted for the worker on Kafka' },
    );
    expect(granted).toMatchObject({
      aggregateId: invoice.id,
      tenant: '76.04',
      payload: { invoiceId: invoice.id, batch: 1, batches: 1, effectiveAt: '2026-03-10T02:00:00.000Z' },
    });
    // The income March was billed at, beside the worker: the basis of March's JKK benefits in claims.
    expect(granted.payload.declaredIncomes[granted.payload.workerIds.indexOf(workerId)]).toBe(1_000_000);

    const coverage = await request(baseUrlOf(billing))
      .get(`/v1/workers/${workerId}/coverage`)
      .set('Authorization', await bearer('officer-claims', 'claims-officer'))
      .expect(200);
    expect(coverage.body).toEqual([
      { month: '2026-03', invoiceId: invoice.id, invoiceNumber: 'JRG-7604-202603-01', amount: 16_800, paid: true },
    ]);

    // The claims service answers "was this worker covered?" from its own projection, fed by the batch.
    const coveredInClaims = await waitFor(
      () =>
        claims
          .get(DataSource)
          .query('SELECT month, invoice_id, paid_at, declared_income FROM covered_month WHERE worker_id = $1', [
            workerId,
          ])
          .then((rows) => (rows.length > 0 ? rows : undefined)),
      { what: 'the covered month in the claims projection' },
    );
    expect(coveredInClaims).toEqual([
      {
        month: '2026-03',
        invoice_id: invoice.id,
        paid_at: new Date('2026-03-10T02:00:00.000Z'),
        declared_income: '1000000',
      },
    ]);
  });
});
