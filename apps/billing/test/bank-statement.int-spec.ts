import { randomUUID } from 'node:crypto';
import { StatementTransaction1765300000100 } from '../src/infrastructure/persistence/migrations/1765300000100-statement-transaction';
import { bearer, BillingTestApp } from './support/billing-test-app';

const PER_WORKER = 16_800;

describe('bank statements against payments recorded through the API (real PostgreSQL)', () => {
  const billing = new BillingTestApp('billing_statements');

  beforeAll(async () => billing.start());
  afterAll(async () => billing.stop());

  const upload = async (rows: string[], sponsorId?: string) => {
    const csv = ['transactionId;valueDate;amount;description', ...rows].join('\n');
    const request = billing
      .http()
      .post('/v1/payments/bank-statements')
      .set('Authorization', bearer('finance'))
      .attach('file', Buffer.from(csv), { filename: 'statement.csv', contentType: 'text/csv' });
    if (sponsorId) request.field('sponsorId', sponsorId);
    return (await request.expect(200)).body;
  };
  const paymentsOf = (sponsorId: string) =>
    billing.query<{ id: string; source: string; amount: string; statement_transaction_id: string | null }>(
      `SELECT id::text, source, amount, statement_transaction_id FROM payment WHERE sponsor_id = $1 ORDER BY sequence`,
      [sponsorId],
    );
  const creditOf = async (sponsorId: string) =>
    (await billing.http().get(`/v1/sponsors/${sponsorId}`).set('Authorization', bearer('finance')).expect(200)).body
      .creditBalance;

  it('does not record again a transfer the finance system reported, and reports the row as a duplicate', async () => {
    const sponsor = { sponsorId: randomUUID(), tenant: '76.04' };
    await billing.seedWorkers({ ...sponsor, count: 3 });
    const { invoice: march } = await billing.bill(sponsor.sponsorId, '2026-03');
    const reported = await billing
      .pay(
        { amount: march.totals.total, invoiceNumber: march.invoiceNumber, paidAt: '2026-03-12T02:00:00Z' },
        `bpkad-${randomUUID()}`,
      )
      .expect(201);

    // The same money on the statement: same invoice, amount and value date (12 March, WITA).
    const row = `BNI-7001;2026-03-12;${march.totals.total};SP2D IURAN JKK JKM ${march.invoiceNumber}`;
    const first = await upload([row]);
    expect(first.counts).toMatchObject({ recorded: 0, duplicate: 1, rejected: 0 });
    expect(first.rows[0]).toMatchObject({
      outcome: 'duplicate',
      transactionId: 'BNI-7001',
      paymentId: reported.body.paymentId,
      invoiceNumber: march.invoiceNumber,
      reason: expect.stringContaining(reported.body.paymentId),
    });
    expect(await paymentsOf(sponsor.sponsorId)).toEqual([
      {
        id: reported.body.paymentId,
        source: 'api',
        amount: String(march.totals.total),
        statement_transaction_id: 'BNI-7001',
      },
    ]);
    expect(await creditOf(sponsor.sponsorId)).toBe(0);
    // No money stands behind April: it stays unpaid, and nobody is covered.
    const { invoice: april } = await billing.bill(sponsor.sponsorId, '2026-04');
    expect(april).toMatchObject({ paymentStatus: 'unpaid', paidAmount: 0, coveredWorkers: 0 });

    // Uploading the statement again finds the same payment again.
    const again = await upload([row]);
    expect(again.rows[0]).toMatchObject({ outcome: 'duplicate', paymentId: reported.body.paymentId });
    expect(await paymentsOf(sponsor.sponsorId)).toHaveLength(1);

    // A second transfer of the same amount that day is other money: the finance payment is matched once.
    const second = await upload([row, `BNI-7002;2026-03-12;${march.totals.total};IURAN ${march.invoiceNumber}`]);
    expect(second.rows.map((result: { outcome: string }) => result.outcome)).toEqual(['duplicate', 'recorded']);
    expect(await paymentsOf(sponsor.sponsorId)).toHaveLength(2);
    expect(await creditOf(sponsor.sponsorId)).toBe(march.totals.total - april.totals.total);
  });

  it('matches a prepayment naming no invoice to a transfer naming none, by amount and day', async () => {
    const sponsor = { sponsorId: randomUUID(), tenant: '76.04' };
    await billing.seedWorkers({ ...sponsor, count: 2 });
    const reported = await billing
      .pay({ amount: 3 * 2 * PER_WORKER, sponsorId: sponsor.sponsorId, paidAt: '2026-05-04T07:00:00Z' })
      .expect(201);
    const result = await upload([`MDR-55;2026-05-04;${3 * 2 * PER_WORKER};PEMBAYARAN DIMUKA`], sponsor.sponsorId);
    expect(result.rows[0]).toMatchObject({ outcome: 'duplicate', paymentId: reported.body.paymentId });
    expect(await creditOf(sponsor.sponsorId)).toBe(3 * 2 * PER_WORKER);
  });

  it('records the same transaction id from two regencies’ banks, once each', async () => {
    const polman = { sponsorId: randomUUID(), tenant: '76.04' };
    const majene = { sponsorId: randomUUID(), tenant: '76.05' };
    const invoices = [];
    for (const sponsor of [polman, majene]) {
      await billing.seedWorkers({ ...sponsor, count: 2 });
      invoices.push((await billing.bill(sponsor.sponsorId, '2026-03')).invoice);
    }
    const rowFor = (invoice: Record<string, any>) =>
      `TRX-000001;2026-03-13;${invoice.totals.total};IURAN ${invoice.invoiceNumber}`;
    expect((await upload([rowFor(invoices[0])])).rows[0]).toMatchObject({ outcome: 'recorded' });
    expect((await upload([rowFor(invoices[1])])).rows[0]).toMatchObject({ outcome: 'recorded' });
    expect((await upload([rowFor(invoices[1])])).rows[0]).toMatchObject({ outcome: 'already-recorded' });
    for (const sponsor of [polman, majene]) {
      expect(await paymentsOf(sponsor.sponsorId)).toEqual([
        expect.objectContaining({ source: 'bank-statement', statement_transaction_id: 'TRX-000001' }),
      ]);
    }
  });

  it('finds a transaction recorded from a statement under the old global key again after the migration', async () => {
    const sponsor = { sponsorId: randomUUID(), tenant: '76.04' };
    await billing.seedWorkers({ ...sponsor, count: 1 });
    const { invoice } = await billing.bill(sponsor.sponsorId, '2026-03');
    const migration = new StatementTransaction1765300000100();
    const runner = billing.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      // What the import wrote before: key bank-statement:<transaction id>, the id as bank reference.
      await billing.query(
        `INSERT INTO payment (id, idempotency_key, request_hash, sponsor_id, tenant, source, amount, paid_at, invoice_id,
                              bank_reference, recorded_by, recorded_at)
         VALUES (gen_random_uuid(), 'bank-statement:LEGACY-1', 'old', $1, $2, 'bank-statement', $3, '2026-03-11T16:00:00Z',
                 $4, 'LEGACY-1', 'officer-finance', now())`,
        [sponsor.sponsorId, sponsor.tenant, invoice.totals.total, invoice.id],
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const [legacy] = await paymentsOf(sponsor.sponsorId);
    expect(legacy).toMatchObject({ statement_transaction_id: 'LEGACY-1' });
    const result = await upload([`LEGACY-1;2026-03-12;${invoice.totals.total};IURAN ${invoice.invoiceNumber}`]);
    expect(result.rows[0]).toMatchObject({ outcome: 'already-recorded', paymentId: legacy.id });
    expect(await paymentsOf(sponsor.sponsorId)).toHaveLength(1);
  });
});
