import { randomUUID } from 'node:crypto';
import { ROLES } from '@jaring/auth';
import {
  assertNoServerErrors,
  expectDeepJsonRefusedEverywhere,
  expectPagingBoundedEverywhere,
} from '../../../test/support/hostile-requests';
import { bearer as bearerFor } from '../../../test/support/tokens';
import { bearer, BillingTestApp } from './support/billing-test-app';

/** Generated requests per route in the property test. */
const GENERATED_REQUESTS = 40;

/** Requests an attacker would send: each one a clear 4xx, never a 500. */
describe('billing: hostile requests get a 4xx (real PostgreSQL and Kafka)', () => {
  const billing = new BillingTestApp('billing_hostile', {
    BANK_STATEMENT_MAX_BYTES: '4096',
    BANK_STATEMENT_MAX_ROWS: '10',
  });
  let finance: string;
  let everyRole: string;

  beforeAll(async () => {
    await billing.start();
    finance = bearer('finance');
    everyRole = await bearerFor('officer-every-role', ...ROLES);
  });

  afterAll(() => billing.stop());

  it('refuses JSON nested 1,800 levels deep on every route that takes a body', async () => {
    await expectDeepJsonRefusedEverywhere(billing.app, billing.url, everyRole, [
      'post /v1/payments',
      'post /v1/billing-runs',
    ]);
  });

  it('answers 400 naming the field for a payment with "invoiceNumber": null', async () => {
    const response = await billing
      .http()
      .post('/v1/payments')
      .set('Authorization', finance)
      .set('Idempotency-Key', `bpkad-${randomUUID()}`)
      .send({ amount: 16_800, paidAt: '2026-03-10T10:00:00+08:00', invoiceNumber: null })
      .expect(400);
    expect(response.body.violations).toEqual([
      { field: 'invoiceNumber', code: 'notNull', message: 'must be left out rather than null' },
    ]);
  });

  it('answers 404 to an arrears assessment of a sponsor billing does not know', async () => {
    const response = await billing
      .http()
      .post(`/v1/sponsors/${randomUUID()}/arrears-assessments`)
      .set('Authorization', finance)
      .expect(404);
    expect(response.body).toMatchObject({ error: 'SPONSOR_NOT_FOUND' });
  });

  it('bounds every paging parameter of every list route', async () => {
    await expectPagingBoundedEverywhere(billing.app, billing.url, everyRole, ['/v1/invoices/{ref}/lines?limit']);
  });

  it('never answers 500 to requests generated from every route schema (fast-check)', async () => {
    await assertNoServerErrors(billing.app, billing.url, everyRole, GENERATED_REQUESTS);
  });

  describe('bank statement uploads are bounded before they are parsed', () => {
    const upload = (csv: string) =>
      billing
        .http()
        .post('/v1/payments/bank-statements')
        .set('Authorization', finance)
        .attach('file', Buffer.from(csv), 'rekening-koran.csv');
    const line = (index: number) => `TRX-${index},2026-03-10,16800,JRG-7604-202603-01`;

    it('refuses more rows than BANK_STATEMENT_MAX_ROWS with 413 naming the limit', async () => {
      const csv = ['transactionId,valueDate,amount,description', ...Array.from({ length: 11 }, (_, i) => line(i))];
      const response = await upload(csv.join('\n')).expect(413);
      expect(response.body).toMatchObject({ error: 'STATEMENT_TOO_MANY_ROWS', details: { limit: 10 } });
    });

    it('refuses a header of more than 32 columns, and a file above BANK_STATEMENT_MAX_BYTES', async () => {
      const wide = `${Array.from({ length: 33 }, (_, i) => `c${i}`).join(',')}\n`;
      expect((await upload(wide).expect(413)).body).toMatchObject({ error: 'STATEMENT_TOO_MANY_COLUMNS' });
      const big = (await upload('x'.repeat(4_097)).expect(413)).body;
      expect(big).toMatchObject({
        error: 'FILE_TOO_LARGE',
        message: expect.stringContaining('4,096'),
        details: { limit: 4_096 },
      });
    });
  });
});
