import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { baseUrlOf, waitFor } from './test-environment';
import { bearer } from './tokens';

/** The sponsor seeded by enrolment and learnt by billing: Pemkab Polewali Mandar (76.04). */
const POLEWALI_MANDAR_SPONSOR_ID = '9d1e2f30-4a5b-4c6d-8e7f-a0b1c2d3e4f5';
const FINANCE = () => bearer('officer-finance', 'finance');

/** A valid registration in Polewali Mandar (76.04): NIK agrees with the birth date and sex. */
export const EXAMPLE_WORKER = {
  tenant: '76.04',
  nik: '7604011205900001',
  fullName: 'Contoh Pekerja',
  birthDate: '1990-05-12',
  sex: 'M',
  addressLine: 'Dusun Contoh RT 001 RW 002',
  desaCode: '76.04.01.2002',
  occupation: 'ojek',
  declaredMonthlyIncome: 1_000_000,
  enrolmentDate: '2026-03-01',
} as const;

/** Registers a worker through the enrolment API (201 expected) and returns its id. */
export async function enrolWorker(
  enrolment: INestApplication,
  overrides: Partial<Record<keyof typeof EXAMPLE_WORKER, unknown>> & Record<string, unknown> = {},
): Promise<string> {
  const response = await request(baseUrlOf(enrolment))
    .post('/v1/workers')
    .set('Authorization', await bearer('officer-enrolment', 'enrolment-officer'))
    .send({ ...EXAMPLE_WORKER, ...overrides })
    .expect(201);
  return response.body.id as string;
}

/**
 * Waits until billing's projection holds these workers, bills Polewali Mandar for `month` through
 * the billing API (202 expected) and returns the issued invoice once the run completed.
 */
export async function billMonth(
  billing: INestApplication,
  workerIds: string[],
  month: string,
): Promise<Record<string, any>> {
  await waitFor(
    () =>
      billing
        .get(DataSource)
        .query('SELECT 1 FROM worker_projection WHERE worker_id = ANY($1)', [workerIds])
        .then((rows) => rows.length === workerIds.length),
    { what: 'the workers in the billing projection' },
  );
  const api = () => request(baseUrlOf(billing));
  const started = await api()
    .post('/v1/billing-runs')
    .set('Authorization', await FINANCE())
    .send({ sponsorId: POLEWALI_MANDAR_SPONSOR_ID, month })
    .expect(202);
  const run = await waitFor(
    async () => {
      const response = await api()
        .get(`/v1/billing-runs/${started.body.id}`)
        .set('Authorization', await FINANCE());
      return response.body.status === 'completed' ? response.body : undefined;
    },
    { what: 'the billing run' },
  );
  return (
    await api()
      .get(`/v1/invoices/${run.invoiceId}`)
      .set('Authorization', await FINANCE())
      .expect(200)
  ).body;
}

/** Pays an invoice in full through the billing API, as the Pemkab finance system does (201 expected). */
export async function payInvoice(
  billing: INestApplication,
  invoice: Record<string, any>,
  idempotencyKey: string,
  paidAt: string,
): Promise<void> {
  await request(baseUrlOf(billing))
    .post('/v1/payments')
    .set('Authorization', await FINANCE())
    .set('Idempotency-Key', idempotencyKey)
    .send({ amount: invoice.totals.total, invoiceNumber: invoice.invoiceNumber, paidAt })
    .expect(201);
}
