import { Ctx, Payload } from '@nestjs/microservices';
import {
  type CoverageBatchV1,
  CoverageGranted,
  type CoverageGrantedV1,
  CoverageWithdrawn,
  type EventEnvelope,
} from '@jaring/contracts';
import { EventConsumer, JaringEventContext, OnEvents } from '@jaring/messaging';

/**
 * Column arrays for unnest; a (worker, month, invoice) repeated in one run is kept once. The billed
 * income is null for batches published before CoverageGranted carried it (and for withdrawals).
 */
function flatten(events: EventEnvelope<CoverageBatchV1 & Partial<CoverageGrantedV1>>[]) {
  const rows = {
    workerIds: [] as string[],
    months: [] as string[],
    invoiceIds: [] as string[],
    sponsorIds: [] as string[],
    paidAt: [] as string[],
    incomes: [] as (number | null)[],
  };
  const seen = new Set<string>();
  for (const { payload } of events) {
    for (const [index, workerId] of payload.workerIds.entries()) {
      const key = `${workerId}|${payload.month}|${payload.invoiceId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.workerIds.push(workerId);
      rows.months.push(payload.month);
      rows.invoiceIds.push(payload.invoiceId);
      rows.sponsorIds.push(payload.sponsorId);
      rows.paidAt.push(payload.effectiveAt);
      rows.incomes.push(payload.declaredIncomes?.[index] ?? null);
    }
  }
  return rows;
}

/**
 * Coverage months from billing: a month is covered for a worker when an invoice line for it was
 * paid (RULES.md §1, default policy). Batches of up to 1,000 workers arrive in runs and are applied
 * with one statement per run, each month with the income its invoice line was billed at (the basis
 * of its benefits). A withdrawal (payment reversed) removes only that invoice's coverage.
 */
@EventConsumer()
export class CoverageEventsConsumer {
  @OnEvents(CoverageGranted)
  async onCoverageGranted(
    @Payload() events: EventEnvelope<CoverageGrantedV1>[],
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    const rows = flatten(events);
    // A grant repeated from before billing published incomes keeps the income already known.
    await context.manager.query(
      `INSERT INTO covered_month (worker_id, month, invoice_id, sponsor_id, paid_at, declared_income)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::bigint[])
       ON CONFLICT (worker_id, month, invoice_id) DO UPDATE
         SET paid_at = LEAST(covered_month.paid_at, EXCLUDED.paid_at),
             declared_income = COALESCE(EXCLUDED.declared_income, covered_month.declared_income)`,
      [rows.workerIds, rows.months, rows.invoiceIds, rows.sponsorIds, rows.paidAt, rows.incomes],
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
