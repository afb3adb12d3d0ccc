import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { bearer, BillingTestApp } from './support/billing-test-app';

const ILLUSTRATIVE_BRACKETS = join(__dirname, '../../../libs/income-basis/test/fixtures/illustrative-brackets.json');

describe('income brackets loaded from INCOME_BRACKETS_FILE (RULES.md §1; real PostgreSQL and Kafka)', () => {
  const billing = new BillingTestApp('billing_income_brackets', { INCOME_BRACKETS_FILE: ILLUSTRATIVE_BRACKETS });
  let finance: string;

  beforeAll(async () => {
    await billing.start();
    finance = bearer('finance');
  });

  afterAll(async () => billing.stop());

  it('quotes the bracket basis beside the declared income', async () => {
    const quote = await billing
      .http()
      .post('/v1/contributions/quote')
      .set('Authorization', finance)
      .send({ declaredMonthlyIncome: 2_000_000, month: '2026-03', sponsorType: 'APBD' })
      .expect(200);
    expect(quote.body).toMatchObject({
      declaredMonthlyIncome: 2_000_000,
      contributionBasis: 3_000_000,
      jkk: 30_000,
      basisRule: expect.stringContaining('TEST FIXTURE'),
    });
  });

  it('bills each worker on the basis of its bracket; the Pemkab package stays at Rp16,800', async () => {
    const sponsor = { sponsorId: randomUUID(), tenant: '76.02' };
    await billing.seedWorkers({ ...sponsor, count: 2, income: 1_000_000 });
    await billing.seedWorkers({ ...sponsor, count: 1, income: 2_000_000 });
    await billing.seedWorkers({ ...sponsor, count: 1, income: 50_000_000 });
    const { invoice } = await billing.bill(sponsor.sponsorId, '2026-03');

    const lines = await billing.query<{ declared_income: string; jkk: string; amount: string }>(
      `SELECT declared_income, jkk, amount FROM invoice_line WHERE invoice_id = $1 ORDER BY declared_income, worker_id`,
      [invoice.id],
    );
    expect(lines.map((line) => [Number(line.declared_income), Number(line.jkk), Number(line.amount)])).toEqual([
      [1_000_000, 10_000, 16_800],
      [1_000_000, 10_000, 16_800],
      [2_000_000, 30_000, 36_800],
      [50_000_000, 207_000, 213_800],
    ]);
  });
});
