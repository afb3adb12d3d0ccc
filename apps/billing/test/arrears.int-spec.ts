import { randomUUID } from 'node:crypto';
import type { ArrearsWarningV1, CoverageBatchV1, MembershipLapsedV1 } from '@jaring/contracts';
import { bearer, BillingTestApp } from './support/billing-test-app';

describe('arrears: warning, lapse, and coverage restored by paying (real PostgreSQL)', () => {
  const billing = new BillingTestApp('billing_arrears');
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
    // Five workers' May lines are paid (a partial payment covers lines in order).
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
});
