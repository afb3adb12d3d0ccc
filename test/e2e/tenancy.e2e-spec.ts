import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { generateWorkerList, toCsv } from '../../apps/enrolment/test/support/worker-list.generator';
import { billMonth, enrolWorker, EXAMPLE_WORKER, payInvoice } from '../support/e2e-steps';
import { type RunningServices, startServices } from '../support/service-harness';
import { baseUrlOf, waitFor } from '../support/test-environment';
import { bearer, bearerIn } from '../support/tokens';

const POLEWALI_MANDAR_SPONSOR_ID = '9d1e2f30-4a5b-4c6d-8e7f-a0b1c2d3e4f5';
/** Makassar (73.71): a real regency, but not the one these records belong to. */
const MAKASSAR = ['73.71'];

describe('tenancy: an officer of Makassar (73.71) can neither read nor change a Polewali Mandar (76.04) record', () => {
  let services: RunningServices;
  let enrolment: INestApplication;
  let billing: INestApplication;
  let claims: INestApplication;
  const polman: Record<string, string> = {};
  const makassar: Record<string, string> = {};

  beforeAll(async () => {
    services = await startServices(['enrolment', 'billing', 'claims'], {
      label: 'tenancy',
      extra: { billing: { BILLING_SCHEDULE_INTERVAL_MS: '0' }, enrolment: { ACTIVATION_INTERVAL_MS: '0' } },
    });
    [enrolment, billing, claims] = [services.get('enrolment'), services.get('billing'), services.get('claims')];
    for (const role of ['enrolment-officer', 'finance', 'claims-officer', 'admin'] as const) {
      makassar[role] = await bearerIn(MAKASSAR, `makassar-${role}`, role);
    }

    // Polewali Mandar's own records: a worker, an import, an invoice paid, a payment, a claim.
    polman.workerId = await enrolWorker(enrolment);
    const officer = await bearer('polman-enrolment', 'enrolment-officer');
    const imported = await request(baseUrlOf(enrolment))
      .post('/v1/imports')
      .set('Authorization', officer)
      .field('tenant', '76.04')
      .attach('file', Buffer.from(toCsv(generateWorkerList({ rows: 2, firstIndex: 70_000 }))), 'polman.csv')
      .expect(202);
    polman.importId = imported.body.id;
    const invoice = await billMonth(billing, [polman.workerId], '2026-03');
    polman.invoiceId = invoice.id;
    polman.invoiceNumber = invoice.invoiceNumber;
    await payInvoice(billing, invoice, 'bpkad-7604-tenancy', '2026-03-10T10:00:00+08:00');
    const finance = await bearer('polman-finance', 'finance');
    const payments = await request(baseUrlOf(billing)).get('/v1/payments').set('Authorization', finance).expect(200);
    polman.paymentId = payments.body[0].id;
    const runs = await request(baseUrlOf(billing)).get('/v1/billing-runs').set('Authorization', finance).expect(200);
    polman.runId = runs.body[0].id;
    await waitFor(
      () =>
        claims
          .get(DataSource)
          .query(`SELECT 1 FROM covered_month WHERE worker_id = $1`, [polman.workerId])
          .then((rows) => rows.length > 0),
      { what: 'March covered in the claims projection' },
    );
    const claim = await request(baseUrlOf(claims))
      .post('/v1/claims/accidents')
      .set('Authorization', await bearer('polman-claims', 'claims-officer'))
      .send({
        workerId: polman.workerId,
        incidentDate: '2026-03-20',
        place: 'Jl. Poros Polewali–Majene km 12',
        cause: 'Ojek hit by a truck',
        circumstances: { category: 'at-work', trafficAccident: false },
        reporter: { name: 'Ibu Contoh' },
      })
      .expect(201);
    polman.claimId = claim.body.id;
  });

  afterAll(async () => services?.stop());

  const as = (app: INestApplication, role: string) => ({
    get: (path: string) => request(baseUrlOf(app)).get(path).set('Authorization', makassar[role]),
    post: (path: string, body: object = {}) =>
      request(baseUrlOf(app)).post(path).set('Authorization', makassar[role]).send(body),
    patch: (path: string, body: object) =>
      request(baseUrlOf(app)).patch(path).set('Authorization', makassar[role]).send(body),
  });

  it('enrolment: workers, sponsors and imports of 76.04 are not found, lists are empty, writes into 76.04 are refused', async () => {
    const officer = as(enrolment, 'enrolment-officer');
    await officer.get(`/v1/workers/${polman.workerId}`).expect(404);
    expect((await officer.get('/v1/workers').expect(200)).body).toMatchObject({ total: 0, items: [] });
    expect((await officer.get(`/v1/workers?nik=${EXAMPLE_WORKER.nik}`).expect(200)).body.total).toBe(0);
    await officer.patch(`/v1/workers/${polman.workerId}`, { occupation: 'nelayan' }).expect(404);
    await officer.post(`/v1/workers/${polman.workerId}/suspend`, { reason: 'not theirs' }).expect(404);
    await officer.post(`/v1/workers/${polman.workerId}/family`, {}).expect((response) => {
      expect([400, 404]).toContain(response.status);
    });
    await officer.post('/v1/workers', { ...EXAMPLE_WORKER, nik: '7604011205900009' }).expect(403);
    expect((await officer.get('/v1/sponsors').expect(200)).body).toEqual([]);
    await officer.get(`/v1/sponsors/${POLEWALI_MANDAR_SPONSOR_ID}`).expect(404);
    await officer.get(`/v1/imports/${polman.importId}`).expect(404);
    await officer.get(`/v1/imports/${polman.importId}/errors.csv`).expect(404);
    await request(baseUrlOf(enrolment))
      .post('/v1/imports')
      .set('Authorization', makassar['enrolment-officer'])
      .field('tenant', '76.04')
      .attach('file', Buffer.from('nik,full_name\n'), 'other.csv')
      .expect(403);
    await as(enrolment, 'admin')
      .post('/v1/sponsors', {
        name: 'Pemkab Polewali Mandar (again)',
        tenant: '76.04',
        agreement: { pksNumber: '1/PKS/2026', signingDate: '2026-01-10', coverageStartDate: '2026-02-01' },
        programmes: ['JKK', 'JKM'],
      })
      .expect(403);
  });

  it('billing: invoices, payments, runs, sponsors, reports and coverage of 76.04 are not found or empty', async () => {
    const finance = as(billing, 'finance');
    await finance.get(`/v1/invoices/${polman.invoiceId}`).expect(404);
    await finance.get(`/v1/invoices/${polman.invoiceNumber}`).expect(404);
    await finance.get(`/v1/invoices/${polman.invoiceId}/lines`).expect(404);
    await finance.get(`/v1/invoices/${polman.invoiceId}/lines.csv`).expect(404);
    expect((await finance.get('/v1/invoices').expect(200)).body).toEqual([]);
    await finance.get(`/v1/payments/${polman.paymentId}`).expect(404);
    expect((await finance.get('/v1/payments').expect(200)).body).toEqual([]);
    await finance.post(`/v1/payments/${polman.paymentId}/reversal`, { reason: 'not theirs' }).expect(404);
    await request(baseUrlOf(billing))
      .post('/v1/payments')
      .set('Authorization', makassar.finance)
      .set('Idempotency-Key', 'makassar-pays-polman')
      .send({ amount: 16_800, invoiceNumber: polman.invoiceNumber, paidAt: '2026-03-11T10:00:00+08:00' })
      .expect((response) => expect([404, 422]).toContain(response.status));
    await finance.get(`/v1/billing-runs/${polman.runId}`).expect(404);
    expect((await finance.get('/v1/billing-runs').expect(200)).body).toEqual([]);
    await finance.post('/v1/billing-runs', { sponsorId: POLEWALI_MANDAR_SPONSOR_ID, month: '2026-04' }).expect(404);
    expect((await finance.get('/v1/sponsors').expect(200)).body).toEqual([]);
    await finance.get(`/v1/sponsors/${POLEWALI_MANDAR_SPONSOR_ID}`).expect(404);
    await finance.post(`/v1/sponsors/${POLEWALI_MANDAR_SPONSOR_ID}/arrears-assessments`).expect(404);
    await as(billing, 'admin').patch(`/v1/sponsors/${POLEWALI_MANDAR_SPONSOR_ID}`, { name: 'Taken over' }).expect(404);
    const report = (await finance.get('/v1/reports/monthly').expect(200)).body;
    expect(JSON.stringify(report)).not.toContain(polman.invoiceNumber);
    const csv = (await finance.get('/v1/reports/monthly.csv').expect(200)).text;
    expect(csv).not.toContain(polman.invoiceNumber);
    const coverage = (await finance.get(`/v1/workers/${polman.workerId}/coverage`).expect(200)).body;
    expect(JSON.stringify(coverage)).not.toContain(polman.invoiceNumber);
  });

  it('claims: the claim is not found or listed, and no claim can be opened on the 76.04 worker', async () => {
    const officer = as(claims, 'claims-officer');
    await officer.get(`/v1/claims/${polman.claimId}`).expect(404);
    await officer.get(`/v1/claims/${polman.claimId}/audit`).expect(404);
    await officer.get(`/v1/claims/${polman.claimId}/payouts`).expect(404);
    await officer.get(`/v1/claims/${polman.claimId}/documents`).expect(404);
    expect((await officer.get('/v1/claims').expect(200)).body).toMatchObject({ total: 0, items: [] });
    expect((await officer.get('/v1/claims/overdue').expect(200)).body).toMatchObject({ total: 0 });
    await officer.post(`/v1/claims/${polman.claimId}/rejection`, { reason: 'not theirs' }).expect(404);
    await officer.post(`/v1/claims/${polman.claimId}/documents/complete`).expect(404);
    await officer
      .post('/v1/claims/accidents', {
        workerId: polman.workerId,
        incidentDate: '2026-03-21',
        place: 'Makassar',
        cause: 'fall',
        circumstances: { category: 'at-work', trafficAccident: false },
        reporter: { name: 'Someone' },
      })
      .expect(404);
  });

  it('the same calls by Polewali Mandar officers find every record (the refusals above are the scope, not the data)', async () => {
    const enrolmentOfficer = await bearer('polman-enrolment', 'enrolment-officer');
    await request(baseUrlOf(enrolment))
      .get(`/v1/workers/${polman.workerId}`)
      .set('Authorization', enrolmentOfficer)
      .expect(200);
    await request(baseUrlOf(enrolment))
      .get(`/v1/imports/${polman.importId}`)
      .set('Authorization', enrolmentOfficer)
      .expect(200);
    const finance = await bearer('polman-finance', 'finance');
    await request(baseUrlOf(billing)).get(`/v1/invoices/${polman.invoiceId}`).set('Authorization', finance).expect(200);
    await request(baseUrlOf(billing)).get(`/v1/payments/${polman.paymentId}`).set('Authorization', finance).expect(200);
    await request(baseUrlOf(claims))
      .get(`/v1/claims/${polman.claimId}`)
      .set('Authorization', await bearer('polman-claims', 'claims-officer'))
      .expect(200);
  });
});
