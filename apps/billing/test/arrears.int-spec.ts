import { randomUUID } from 'node:crypto';
import type { ArrearsWarningV1, CoverageBatchV1, MembershipLapsedV1 } from '@jaring/contracts';
import { bearer, BillingTestApp } from './support/billing-test-app';

describe('arrears: warning, lapse, and coverage restored by paying (real PostgreSQL)', () => {
  // A partial payment covers some workers here; under the default policy it would cover nobody.
  const billing = new BillingTestApp('billing_arrears', { BILLING_SHORT_PAYMENT_POLICY: 'oldest-enrolment-first' });
  const sponsor = { sponsorId: randomUUID(), tenant: '76.02' };
  const invoices: Record<string, Record<string, any>> = {};

  beforeAll(async () => {
    await billing.start();
    await billing.seedWorkers({ ...sponsor, count: 10 });
  });

  afterAll(async () => billing.stop());

  const assess = async () =>
    (
      await billing
        .http()
        .post(`/v1/sponsors/${sponsor.sponsorId}/arrears-assessments`)
        .set('Authorization', bearer('finance'))
        .expect(200)
    ).body;
  const warnings = () => billing.outbox<ArrearsWarningV1>('ArrearsWarning', sponsor.sponsorId);
  const lapses = async () =>
    (await billing.outbox<MembershipLapsedV1>('MembershipLapsed')).filter(
      (event) => event.payload.sponsorId === sponsor.sponsorId,
    );

  it('warns the sponsor once two months are overdue, naming the month that would lapse the memberships', async () => {
    for (const month of ['2026-05', '2026-06'])
      invoices[month] = (await billing.bill(sponsor.sponsorId, month)).invoice;
    // Five workers' May lines are paid (a partial payment covers the oldest enrolments first).
    await billing
      .pay({ amount: 5 * 16_800, invoiceId: invoices['2026-05'].id, paidAt: '2026-05-14T03:00:00Z' })
      .expect(201);
    expect(await assess()).toMatchObject({ warningsIssued: 1, lapsesRecorded: 0 });
    const [warning] = await warnings();
    expect(warning.payload).toEqual({
      sponsorId: sponsor.sponsorId,
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      consecutiveUnpaidMonths: 2,
      unpaidMonths: ['2026-05', '2026-06'],
      lapseMonth: '2026-08',
      lapsesAfter: '2026-08-18',
      workersAtRisk: 5,
      outstandingAmount: 20 * 16_800 - 5 * 16_800,
    });
    expect(await assess()).toMatchObject({ warningsIssued: 0, lapsesRecorded: 0 });
  });

  it('lapses each still-active worker after more than three consecutive unpaid months, once', async () => {
    for (const month of ['2026-07', '2026-08'])
      invoices[month] = (await billing.bill(sponsor.sponsorId, month)).invoice;
    expect(await assess()).toMatchObject({ lapsesRecorded: 5 });
    const lapsed = await lapses();
    expect(lapsed).toHaveLength(5);
    expect(lapsed[0].payload).toMatchObject({ lapsedFromMonth: '2026-08', consecutiveUnpaidMonths: 4 });
    expect(lapsed[0].aggregateId).toBe(lapsed[0].payload.workerId);
    // The five who paid May have three unpaid months: warned, not lapsed.
    expect((await warnings()).map((event) => event.payload.consecutiveUnpaidMonths).sort()).toEqual([2, 3]);
    expect(await assess()).toMatchObject({ warningsIssued: 0, lapsesRecorded: 0 });
    expect(await lapses()).toHaveLength(5);
  });

  it('restores coverage for the months paid when the arrears are paid', async () => {
    const outstanding = Object.values(invoices).reduce((sum, invoice) => sum + invoice.totals.total, -5 * 16_800);
    const paid = await billing
      .pay({ amount: outstanding, sponsorId: sponsor.sponsorId, paidAt: '2026-11-20T02:00:00Z' })
      .expect(201);
    expect(paid.body.allocations.map((allocation: { month: string }) => allocation.month)).toEqual([
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
    ]);
    for (const [month, invoice] of Object.entries(invoices)) {
      const granted = await billing.outbox<CoverageBatchV1>('CoverageGranted', invoice.id);
      const latest = granted.filter((event) => event.payload.effectiveAt === '2026-11-20T02:00:00.000Z');
      expect({ month, workers: latest.reduce((sum, event) => sum + event.payload.workerIds.length, 0) }).toEqual({
        month,
        workers: month === '2026-05' ? 5 : 10,
      });
    }
    const coverage = await billing
      .http()
      .get(`/v1/workers/${(await lapses())[0].payload.workerId}/coverage`)
      .set('Authorization', bearer('claims-officer'))
      .expect(200);
    expect(coverage.body.map((month: { month: string; paid: boolean }) => [month.month, month.paid])).toEqual([
      ['2026-05', true],
      ['2026-06', true],
      ['2026-07', true],
      ['2026-08', true],
    ]);
  });

  it('lapses nobody whom a payment committing during the assessment paid', async () => {
    const paying = { sponsorId: randomUUID(), tenant: '76.02' };
    await billing.seedWorkers({ ...paying, count: 4 });
    for (const month of ['2026-01', '2026-02', '2026-03', '2026-04']) await billing.bill(paying.sponsorId, month);
    // A payment of all four months, under way: it holds the sponsor's lock (as RecordPayment does)
    // and has paid the invoices, not committed yet when the assessment reads the arrears.
    const payment = billing.dataSource.createQueryRunner();
    await payment.connect();
    try {
      await payment.startTransaction();
      await payment.query(`SELECT pg_advisory_xact_lock(7101, hashtext($1))`, [paying.sponsorId]);
      await payment.query(
        `UPDATE invoice SET paid_amount = total, covered_lines = line_count, payment_status = 'paid' WHERE sponsor_id = $1`,
        [paying.sponsorId],
      );
      let finished = false;
      const assessment = billing
        .http()
        .post(`/v1/sponsors/${paying.sponsorId}/arrears-assessments`)
        .set('Authorization', bearer('finance'))
        .expect(200)
        .then((response) => response.body)
        .finally(() => {
          finished = true;
        });
      // The payment commits once the assessment waits for the sponsor's lock (or has finished without it).
      const waitingForLock = async () =>
        (
          await billing.query<{ waiting: number }>(
            `SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND classid = 7101 AND NOT granted`,
          )
        )[0].waiting > 0;
      while (!finished && !(await waitingForLock())) await new Promise((resolve) => setTimeout(resolve, 20));
      await payment.commitTransaction();
      expect(await assessment).toMatchObject({ lapsesRecorded: 0 });
    } finally {
      if (payment.isTransactionActive) await payment.rollbackTransaction();
      await payment.release();
    }
    const lapsed = (await billing.outbox<MembershipLapsedV1>('MembershipLapsed')).filter(
      (event) => event.payload.sponsorId === paying.sponsorId,
    );
    expect(lapsed).toEqual([]);
    const [{ recorded }] = await billing.query<{ recorded: number }>(
      `SELECT count(*)::int AS recorded FROM membership_lapse WHERE sponsor_id = $1`,
      [paying.sponsorId],
    );
    expect(recorded).toBe(0);
  });
});
