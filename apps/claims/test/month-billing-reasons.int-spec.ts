import { randomUUID } from 'node:crypto';
import { CoverageGranted, InvoicePaymentStatusChanged, WorkersBilled } from '@jaring/contracts';
import { waitFor } from '../../../test/support/test-environment';
import { aMember, ClaimsTestApp, localDate, OFFICERS, recentMonths } from './support/claims-test-app';

/**
 * Issue 20 point 1: a month not covered says why, from what billing published (WorkersBilled,
 * InvoicePaymentStatusChanged, CoverageGranted over Kafka): not billed yet (with when the
 * supplementary invoice is expected), billed and unpaid (invoice and due date), paid with the
 * coverage on its way; and covered once the coverage arrives.
 */
describe('why the incident month is not covered, from billing’s events (real PostgreSQL and Kafka)', () => {
  const claims = new ClaimsTestApp('claims_month_billing', { SUPPLEMENTARY_BILLING_DELAY_SECONDS: '2700' });
  const month = localDate().slice(0, 7);
  const invoice = { invoiceId: randomUUID(), invoiceNumber: `JRG-7604-${month.replace('-', '')}-02`, sponsorId: '' };

  beforeAll(async () => claims.start());
  afterAll(async () => claims.stop());

  /** The month's reason on the claim record, on the worker's list and in blockedBy, once it is `code`. */
  async function reasonOnceIt(claimId: string, nik: string, code: string): Promise<Record<string, any>> {
    const record = await waitFor(
      async () => {
        const claim = await claims.claim(claimId);
        return claim.eligibility?.reasons?.some((reason: { code: string }) => reason.code === code) ? claim : undefined;
      },
      { what: `the claim's eligibility to say ${code}` },
    );
    const listed = await claims.http().get(`/v1/claims?nik=${nik}`).set('Authorization', OFFICERS.maker).expect(200);
    const item = (listed.body.items ?? listed.body).find((candidate: { id: string }) => candidate.id === claimId);
    expect(item.eligibility).toEqual(record.eligibility);
    expect(item.blockedBy).toEqual(record.blockedBy);
    expect(record.blockedBy).toMatchObject({ code: 'CLAIM_NOT_ELIGIBLE' });
    return record.eligibility.reasons.find((reason: { code: string }) => reason.code === code);
  }

  it('says not billed yet, then billed and unpaid, then paid with coverage pending, then covered', async () => {
    const worker = await claims.seed(
      aMember().named('La Baco').withFamilyMember('spouse', 'Hasnah').paidFor(recentMonths(3).slice(1)),
    );
    const [{ sponsor_id: sponsorId, registered_at: registeredAt }] = await claims.query<{
      sponsor_id: string;
      registered_at: Date;
    }>(`SELECT sponsor_id::text, registered_at FROM member WHERE worker_id = $1`, [worker.workerId]);
    invoice.sponsorId = sponsorId;
    const claimId = await claims.reportDeath(worker, localDate());
    await claims.spouseAsPayee(claimId, worker);
    await claims.completeDocuments(claimId);

    const notBilled = await reasonOnceIt(claimId, worker.nik, 'MONTH_NOT_BILLED_YET');
    const expectedBilledBy = new Date(registeredAt.getTime() + 2700 * 1000).toISOString();
    expect(notBilled).toEqual({
      code: 'MONTH_NOT_BILLED_YET',
      message: expect.stringContaining(`a supplementary invoice is expected by ${expectedBilledBy}`),
      details: { month, expectedBilledBy },
    });
    expect(notBilled.message).not.toMatch(/no contribution was paid/i);

    await claims.publishFixture(WorkersBilled, invoice.invoiceId, {
      ...invoice,
      month,
      kind: 'supplementary',
      dueDate: `${month}-28`,
      batch: 1,
      batches: 1,
      workerIds: [worker.workerId],
    });
    const unpaid = await reasonOnceIt(claimId, worker.nik, 'MONTH_BILLED_UNPAID');
    expect(unpaid).toMatchObject({
      details: { month, invoiceNumber: invoice.invoiceNumber, dueDate: `${month}-28` },
      message: expect.stringContaining(`billed on invoice ${invoice.invoiceNumber}, due ${month}-28, and not paid yet`),
    });
    const refused = await claims.act('post', `/v1/claims/${claimId}/verification`).expect(409);
    expect(refused.body).toMatchObject({ error: 'CLAIM_NOT_ELIGIBLE', details: { reasons: 'MONTH_BILLED_UNPAID' } });

    await claims.publishFixture(InvoicePaymentStatusChanged, invoice.invoiceId, {
      ...invoice,
      month,
      previousStatus: 'unpaid',
      status: 'paid',
      total: 16_800,
      paidAmount: 16_800,
      outstandingAmount: 0,
      coveredWorkers: 1,
      lineCount: 1,
    });
    const pending = await reasonOnceIt(claimId, worker.nik, 'MONTH_PAID_COVERAGE_PENDING');
    expect(pending).toMatchObject({ details: { invoiceNumber: invoice.invoiceNumber } });
    expect((await claims.claim(claimId)).blockedBy).toMatchObject({ clearedBy: ['claims-officer'] });

    await claims.publishFixture(CoverageGranted, invoice.invoiceId, {
      invoiceId: invoice.invoiceId,
      sponsorId,
      month,
      effectiveAt: new Date().toISOString(),
      batch: 1,
      batches: 1,
      workerIds: [worker.workerId],
      declaredIncomes: [1_000_000],
    });
    await waitFor(async () => (await claims.claim(claimId)).eligibility?.eligible === true, {
      what: 'the claim to be eligible once the coverage arrived',
    });
    await claims.act('post', `/v1/claims/${claimId}/verification`).expect(200);
  });
});
