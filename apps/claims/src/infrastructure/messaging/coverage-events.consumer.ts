import { Ctx, Payload } from '@nestjs/microservices';
import { type CoverageBatchV1, CoverageGranted, CoverageWithdrawn, type EventEnvelope } from '@jaring/contracts';
import { EventConsumer, JaringEventContext, OnEvents } from '@jaring/messaging';

/** Column arrays for unnest; a (worker, month, invoice) repeated in one run is kept once. */
function flatten(events: EventEnvelope<CoverageBatchV1>[]) {
  const rows = {
    workerIds: [] as string[],
    months: [] as string[],
    invoiceIds: [] as string[],
    sponsorIds: [] as string[],
    paidAt: [] as string[],
  };
  const seen = new Set<string>();
  for (const { payload } of events) {
    for (const workerId of payload.workerIds) {
      const key = `${workerId}|${payload.month}|${payload.invoiceId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.workerIds.push(workerId);
      rows.months.push(payload.month);
      rows.invoiceIds.push(payload.invoiceId);
      rows.sponsorIds.push(payload.sponsorId);
      rows.paidAt.push(payload.effectiveAt);
    }
  }
  return rows;
}

/**
 * Coverage months from billing: a month is covered for a worker when an invoice line for it was
 * paid (RULES.md §1, default policy). Batches of up to 1,000 workers arrive in runs and are applied
 * with one statement per run. A withdrawal (payment reversed) removes only that invoice's coverage.
 */
@EventConsumer()
export class CoverageEventsConsumer {
  @OnEvents(CoverageGranted)
  async onCoverageGranted(
    @Payload() events: EventEnvelope<CoverageBatchV1>[],
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    const rows = flatten(events);
    await context.manager.query(
      `INSERT INTO covered_month (worker_id, month, invoice_id, sponsor_id, paid_at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::timestamptz[])
       ON CONFLICT (worker_id, month, invoice_id) DO UPDATE SET paid_at = LEAST(covered_month.paid_at, EXCLUDED.paid_at)`,
      [rows.workerIds, rows.months, rows.invoiceIds, rows.sponsorIds, rows.paidAt],
    );
  }

  @OnEvents(CoverageWithdrawn)
  async onCoverageWithdrawn(
    @Payload() events: EventEnvelope<CoverageBatchV1>[],
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    const rows = flatten(events);
    await context.manager.query(
      `DELETE FROM covered_month AS c
        USING unnest($1::uuid[], $2::text[], $3::uuid[]) AS w (worker_id, month, invoice_id)
        WHERE c.worker_id = w.worker_id AND c.month = w.month AND c.invoice_id = w.invoice_id`,
      [rows.workerIds, rows.months, rows.invoiceIds],
    );
  }
}
