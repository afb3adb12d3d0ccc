import { randomUUID } from 'node:crypto';
import { auditOf, verifyAuditChain } from '@jaring/audit';
import { CoverageGranted, type CoverageBatchV1 } from '@jaring/contracts';
import { OpenApiContract } from '../../../test/support/openapi-contract';
import { bearer, BillingTestApp, secondFinance } from './support/billing-test-app';

const PER_WORKER = 16_800;

describe('payments, allocation, coverage and reversal (real PostgreSQL and Kafka)', () => {
  // Partial payments here cover workers as far as the money goes; the default holds the invoice (short-payment.int-spec).
  const billing = new BillingTestApp('billing_payments', { BILLING_SHORT_PAYMENT_POLICY: 'oldest-enrolment-first' });
  const sponsor = { sponsorId: randomUUID(), tenant: '76.01' };
  const contract = new OpenApiContract('billing');
  let march: Record<string, any>;
  let overpaymentId: string;

  beforeAll(async () => {
    await billing.start();
    await billing.seedWorkers({ ...sponsor, count: 2_500 });
    march = (await billing.bill(sponsor.sponsorId, '2026-03')).invoice;
  });

  afterAll(async () => billing.stop());

  const coverage = async (type: 'CoverageGranted' | 'CoverageWithdrawn', invoiceId: string) =>
    billing.outbox<CoverageBatchV1>(type, invoiceId);
  const invoice = async (id: string) =>
    (await billing.http().get(`/v1/invoices/${id}`).set('Authorization', bearer('finance')).expect(200)).body;

  it('answers a repeated idempotency key with the first result, and refuses the key for another payment', async () => {
    const key = `bpkad-${randomUUID()}`;
    const body = { amount: 16_800 * 1_000, invoiceNumber: march.invoiceNumber };
    const first = await billing.pay(body, key).expect(201);
    expect(first.body).toMatchObject({
      sponsorId: sponsor.sponsorId,
      amount: 16_800_000,
      allocations: [{ invoiceId: march.id, invoiceNumber: march.invoiceNumber, month: '2026-03', amount: 16_800_000 }],
      creditRemaining: 0,
    });
    expect(contract.violations('POST /v1/payments', 201, first.body)).toEqual([]);
    const repeat = await billing.pay(body, key).expect(200).expect('Idempotent-Replayed', 'true');
    expect(repeat.body).toEqual(first.body);
    const conflict = await billing.pay({ ...body, amount: 1 }, key).expect(409);
    expect(conflict.body).toMatchObject({
      error: 'IDEMPOTENCY_KEY_REUSED',
      details: { paymentId: first.body.paymentId },
    });
    expect(contract.violations('POST /v1/payments', 409, conflict.body)).toEqual([]);
    const [{ payments }] = await billing.query<{ payments: number }>(
      `SELECT count(*)::int AS payments FROM payment WHERE idempotency_key = $1`,
      [key],
    );
    expect(payments).toBe(1);
  });

  it('records one payment when the same key arrives several times at once', async () => {
    const key = `bpkad-${randomUUID()}`;
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => billing.pay({ amount: 1, sponsorId: sponsor.sponsorId }, key)),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(responses.map((response) => response.body.paymentId)).size).toBe(1);
    // Keep the credit out of the way of the allocations the following tests expect.
    await billing.reversePayment(responses[0].body.paymentId, 'test payment of one rupiah');
  });

  it('records one payment when one key arrives at once for two sponsors, and refuses the other request', async () => {
    // Each request locks only its own sponsor, so both can pass the key lookup; the unique key decides.
    const other = { sponsorId: randomUUID(), tenant: '76.01' };
    await billing.seedWorkers({ ...other, count: 1 });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const key = `bpkad-${randomUUID()}`;
      const responses = await Promise.all(
        [other.sponsorId, other.sponsorId, sponsor.sponsorId, other.sponsorId].map((sponsorId) =>
          billing.pay({ amount: 1, sponsorId }, key),
        ),
      );
      const first = responses.find((response) => response.status === 201);
      expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
      // The recorded request's repeats replay it (200); the request for the other sponsor is refused (409).
      const winner = first?.body.sponsorId;
      responses.forEach((response, index) => {
        const payer = index === 2 ? sponsor.sponsorId : other.sponsorId;
        expect(payer === winner ? [200, 201] : [409]).toContain(response.status);
      });
      const [{ payments }] = await billing.query<{ payments: number }>(
        `SELECT count(*)::int AS payments FROM payment WHERE idempotency_key = $1`,
        [key],
      );
      expect(payments).toBe(1);
      await billing.reversePayment(first!.body.paymentId, 'test payment of one rupiah');
    }
  });

  it('covers the 1,000 oldest enrolments for a partial payment, in batches of at most 1,000, on Kafka', async () => {
    const after = await invoice(march.id);
    expect(after).toMatchObject({ paymentStatus: 'partially-paid', paidAmount: 16_800_000, coveredWorkers: 1_000 });
    const granted = await coverage('CoverageGranted', march.id);
    expect(
      granted.map((event) => [event.payload.batch, event.payload.batches, event.payload.workerIds.length]),
    ).toEqual([[1, 1, 1_000]]);
    expect(granted[0].payload).toMatchObject({ month: '2026-03', effectiveAt: '2026-03-10T02:00:00.000Z' });
    const [status] = await billing.outbox('InvoicePaymentStatusChanged', march.id);
    expect(status.payload).toMatchObject({ previousStatus: 'unpaid', status: 'partially-paid', coveredWorkers: 1_000 });
    await billing.relayed();
    const onKafka = (await billing.topic(CoverageGranted)).map((record) => JSON.parse(record.value ?? '{}'));
    expect(onKafka.filter((event) => event.aggregateId === march.id)).toHaveLength(1);
  });

  it('keeps an over-payment as credit and spends it on the next invoice when it is issued', async () => {
    const outstanding = march.totals.total - 16_800_000;
    const extra = PER_WORKER * 2_500 + 5_000; // April in advance, and a little more
    const paid = await billing.pay({ amount: outstanding + extra, invoiceId: march.id }).expect(201);
    expect(paid.body).toMatchObject({ creditRemaining: extra });
    overpaymentId = paid.body.paymentId;
    expect(await invoice(march.id)).toMatchObject({
      paymentStatus: 'paid',
      coveredWorkers: 2_500,
      outstandingAmount: 0,
    });
    const granted = await coverage('CoverageGranted', march.id);
    expect(
      granted.map((event) => `${event.payload.batch}/${event.payload.batches}:${event.payload.workerIds.length}`),
    ).toEqual(['1/1:1000', '1/2:1000', '2/2:500']);

    const { invoice: april } = await billing.bill(sponsor.sponsorId, '2026-04');
    expect(april).toMatchObject({ paymentStatus: 'paid', coveredWorkers: 2_500, paidAmount: PER_WORKER * 2_500 });
    const [aprilStatus] = await billing.outbox('InvoicePaymentStatusChanged', april.id);
    expect(aprilStatus.payload).toMatchObject({ status: 'paid', cause: 'credit', paymentId: paid.body.paymentId });
    const account = await billing
      .http()
      .get(`/v1/sponsors/${sponsor.sponsorId}`)
      .set('Authorization', bearer('finance'))
      .expect(200);
    expect(account.body).toMatchObject({ creditBalance: 5_000, outstanding: 0, openInvoices: 0, sponsorType: 'APBD' });
  });

  it('takes a prepayment naming no invoice as credit', async () => {
    const prepaid = await billing
      .pay({ amount: PER_WORKER * 2_500 * 3, sponsorId: sponsor.sponsorId, paidAt: '2026-03-20T03:00:00Z' })
      .expect(201);
    expect(prepaid.body).toMatchObject({ allocations: [], creditRemaining: PER_WORKER * 2_500 * 3 });
    const { invoice: may } = await billing.bill(sponsor.sponsorId, '2026-05');
    expect(may.paymentStatus).toBe('paid');
  });

  it('reverses a payment with a reason: coverage withdrawn, and other credit fills the gap', async () => {
    const [{ id: aprilId }] = await billing.query<{ id: string }>(
      `SELECT id::text FROM invoice WHERE sponsor_id = $1 AND month = '2026-04'`,
      [sponsor.sponsorId],
    );
    const overpayment = (
      await billing.http().get(`/v1/payments/${overpaymentId}`).set('Authorization', bearer('finance')).expect(200)
    ).body;
    // Its last Rp5,000 went to May, the oldest credit being spent first.
    expect(overpayment.allocations.map((allocation: { month: string }) => allocation.month)).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
    ]);
    await billing
      .http()
      .post(`/v1/payments/${overpayment.id}/reversal`)
      .set('Authorization', bearer('finance'))
      .send({ reason: 'no' })
      .expect(400);
    // One finance user requests the reversal: nothing moves until a second one approves it.
    const requested = await billing
      .http()
      .post(`/v1/payments/${overpayment.id}/reversal`)
      .set('Authorization', bearer('finance'))
      .send({ reason: 'SP2D cancelled by the regional treasury' })
      .expect(202);
    expect(requested.body).toMatchObject({
      status: 'recorded',
      reversal: { status: 'requested', requestedBy: 'officer-finance' },
    });
    expect(contract.violations('POST /v1/payments/{id}/reversal', 202, requested.body)).toEqual([]);
    expect(await coverage('CoverageWithdrawn', march.id)).toEqual([]);
    const ownApproval = await billing
      .http()
      .post(`/v1/payments/${overpayment.id}/reversal/approval`)
      .set('Authorization', bearer('finance'))
      .expect(409);
    expect(ownApproval.body).toMatchObject({
      error: 'MAKER_CHECKER_VIOLATION',
      details: { rule: 'four-eyes', actingRole: 'reversal-approver', conflictingRole: 'reversal-requester' },
    });
    expect(JSON.stringify(ownApproval.body)).not.toContain('officer-finance');
    expect(await invoice(march.id)).toMatchObject({ coveredWorkers: 2_500 });

    const reversed = await billing
      .http()
      .post(`/v1/payments/${overpayment.id}/reversal/approval`)
      .set('Authorization', secondFinance())
      .expect(200);
    expect(contract.violations('POST /v1/payments/{id}/reversal/approval', 200, reversed.body)).toEqual([]);
    expect(reversed.body).toMatchObject({
      status: 'reversed',
      reversedNow: true,
      reversal: {
        status: 'reversed',
        reason: 'SP2D cancelled by the regional treasury',
        requestedBy: 'officer-finance',
        reversedBy: 'finance-budi',
      },
    });
    expect(reversed.body.allocationsUndone.map((allocation: { month: string }) => allocation.month)).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
    ]);
    const withdrawn = await coverage('CoverageWithdrawn', march.id);
    expect(withdrawn.reduce((sum, event) => sum + event.payload.workerIds.length, 0)).toBe(1_500);
    expect(
      (await coverage('CoverageWithdrawn', aprilId)).reduce((sum, event) => sum + event.payload.workerIds.length, 0),
    ).toBe(2_500);
    // The prepayment (2 months still unspent) pays March and April again, oldest first.
    expect(await invoice(march.id)).toMatchObject({ paymentStatus: 'paid', coveredWorkers: 2_500 });
    expect(await invoice(aprilId)).toMatchObject({ paymentStatus: 'paid' });
    const [reversal] = await billing.outbox('PaymentReversed', overpayment.id);
    expect(reversal.payload).toMatchObject({
      amount: overpayment.amount,
      reason: 'SP2D cancelled by the regional treasury',
    });
    const again = await billing
      .http()
      .post(`/v1/payments/${overpayment.id}/reversal/approval`)
      .set('Authorization', secondFinance())
      .expect(200);
    expect(again.body.reversedNow).toBe(false);
    const trail = (
      await billing.http().get(`/v1/payments/${overpayment.id}/audit`).set('Authorization', secondFinance()).expect(200)
    ).body;
    expect(trail.map((row: { action: string; actor: { subject: string } }) => [row.action, row.actor.subject])).toEqual(
      [
        ['PaymentReceived', 'officer-finance'],
        ['request-payment-reversal', 'officer-finance'],
        ['PaymentReversed', 'finance-budi'],
      ],
    );
    // 3 months prepaid (Rp126,000,000) − May − March's rest − April = Rp16,800,000 left.
    const account = await billing
      .http()
      .get(`/v1/sponsors/${sponsor.sponsorId}`)
      .set('Authorization', bearer('finance'));
    expect(account.body).toMatchObject({ creditBalance: 16_800_000, outstanding: 0 });
  });

  it("audits a sponsor's payer-type change with its actor and the fields before and after", async () => {
    await billing
      .http()
      .patch(`/v1/sponsors/${sponsor.sponsorId}`)
      .set('Authorization', bearer('admin'))
      .send({ sponsorType: 'APBN' })
      .expect(200);
    await billing
      .http()
      .patch(`/v1/sponsors/${sponsor.sponsorId}`)
      .set('Authorization', bearer('admin'))
      .send({ sponsorType: 'APBD' })
      .expect(200);
    const trail = await auditOf(billing.dataSource, 'sponsor', sponsor.sponsorId);
    expect(trail.filter((row) => row.action === 'update-sponsor')).toEqual([
      expect.objectContaining({
        actorSubject: 'officer-admin',
        actorRoles: ['admin'],
        before: { sponsorType: 'APBD' },
        after: { sponsorType: 'APBN' },
      }),
      expect.objectContaining({ before: { sponsorType: 'APBN' }, after: { sponsorType: 'APBD' } }),
    ]);
    expect(await verifyAuditChain(billing.dataSource)).toMatchObject({ ok: true });
  });

  it('records the credits of a bank-statement CSV once, matching invoices by the number in the description', async () => {
    const { invoice: june } = await billing.bill(sponsor.sponsorId, '2026-06');
    expect(june).toMatchObject({ paymentStatus: 'partially-paid', paidAmount: 16_800_000 }); // the credit left
    const csv = [
      'transactionId;valueDate;amount;description;direction',
      `BNI-0001;2026-06-12;Rp 21.000.000,00;IURAN BPJS ${june.invoiceNumber};CR`,
      `BNI-0002;2026-06-12;21.000.000;IURAN BPJS ${june.invoiceNumber};CR`,
      'BNI-0003;2026-06-12;5.000;biaya admin;DB',
      'BNI-0004;2026-06-13;1.000.000;transfer tanpa nomor;CR',
      'BNI-0005;13/06/2026;1.000.000;tanggal salah;CR',
    ].join('\n');
    const upload = () =>
      billing
        .http()
        .post('/v1/payments/bank-statements')
        .set('Authorization', bearer('finance'))
        .attach('file', Buffer.from(csv), { filename: 'statement.csv', contentType: 'text/csv' });
    const first = await upload().expect(200);
    expect(first.body.counts).toEqual({
      recorded: 2,
      'already-recorded': 0,
      duplicate: 0,
      unmatched: 1,
      skipped: 1,
      invalid: 1,
      rejected: 0,
    });
    const second = await upload().expect(200);
    expect(contract.violations('POST /v1/payments/bank-statements', 200, second.body)).toEqual([]);
    expect(second.body.counts).toMatchObject({ recorded: 0, 'already-recorded': 2 });
    expect(await invoice(june.id)).toMatchObject({ paidAmount: 42_000_000, paymentStatus: 'paid' });
    const [{ credit }] = await billing.query<{ credit: string }>(
      `SELECT sum(amount - allocated_amount) AS credit FROM payment WHERE sponsor_id = $1 AND status = 'recorded'`,
      [sponsor.sponsorId],
    );
    expect(Number(credit)).toBe(16_800_000 + 42_000_000 - june.totals.total);
  });

  it('refuses payments that name nobody, an unknown invoice, or a future date', async () => {
    await billing.pay({ amount: 100 }).expect(400);
    await billing.pay({ amount: 100, invoiceNumber: 'JRG-7601-209901-01' }).expect(404);
    await billing.pay({ amount: 100, invoiceId: march.id, paidAt: '2099-01-01T00:00:00Z' }).expect(400);
    await billing
      .http()
      .post('/v1/payments')
      .set('Authorization', bearer('finance'))
      .send({ amount: 100, invoiceId: march.id, paidAt: '2026-03-10T02:00:00Z' })
      .expect(400)
      .expect((response) => expect(response.body.error).toBe('IDEMPOTENCY_KEY_REQUIRED'));
    await billing
      .http()
      .post('/v1/payments')
      .set('Authorization', bearer('claims-officer'))
      .set('Idempotency-Key', `x-${randomUUID()}`)
      .send({ amount: 100, invoiceId: march.id, paidAt: '2026-03-10T02:00:00Z' })
      .expect(403);
  });

  it('answers as apps/billing/openapi.json documents, which is the document it serves at /docs', async () => {
    expect((await billing.http().get('/docs-json').expect(200)).body).toEqual(contract.document);
    const get = async (path: string, status = 200) =>
      (await billing.http().get(path).set('Authorization', bearer('finance')).expect(status)).body;
    const lines = await get(`/v1/invoices/${march.id}/lines?limit=2`);
    const payments = await get(`/v1/payments?sponsorId=${sponsor.sponsorId}`);
    const reversed = payments.find((payment: { status: string }) => payment.status === 'reversed');
    const answers: [string, unknown][] = [
      ['GET /v1/invoices', await get(`/v1/invoices?sponsorId=${sponsor.sponsorId}`)],
      ['GET /v1/invoices/{ref}', await get(`/v1/invoices/${march.invoiceNumber}`)],
      ['GET /v1/invoices/{ref}/lines', lines],
      ['GET /v1/billing-runs', await get(`/v1/billing-runs?sponsorId=${sponsor.sponsorId}`)],
      ['GET /v1/payments', payments],
      ['GET /v1/payments/{id}', await get(`/v1/payments/${reversed.id}`)],
      ['GET /v1/payments/{id}/audit', await get(`/v1/payments/${reversed.id}/audit`)],
      ['GET /v1/sponsors', await get('/v1/sponsors')],
      ['GET /v1/sponsors/{id}', await get(`/v1/sponsors/${sponsor.sponsorId}`)],
      ['GET /v1/reports/monthly', await get(`/v1/reports/monthly?sponsorId=${sponsor.sponsorId}`)],
      ['GET /v1/workers/{id}/coverage', await get(`/v1/workers/${lines.lines[0].workerId}/coverage`)],
    ];
    for (const [route, body] of answers)
      expect({ route, violations: contract.violations(route, 200, body) }).toEqual({ route, violations: [] });
    const notFound = await get(`/v1/payments/${randomUUID()}`, 404);
    expect(contract.violations('GET /v1/payments/{id}', 404, notFound)).toEqual([]);
    // The check is strict: a field the document does not declare is a violation.
    expect(contract.violations('GET /v1/sponsors/{id}', 200, { ...(answers[8][1] as object), undeclared: 1 })).toEqual([
      '$.undeclared is not in the schema',
    ]);
  });
});
