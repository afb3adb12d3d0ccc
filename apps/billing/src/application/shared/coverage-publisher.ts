import type { EventOrigin, NewEvent } from '@jaring/messaging';
import {
  changedLines,
  COVERAGE_BATCH_SIZE,
  coverageBatchCount,
  coveringAmount,
  type CumulativeRange,
  type ShortPaymentPolicy,
} from '../../domain';
import type { InvoiceRecord, LineBatch } from '../ports/billing-records';
import type { BillingTransaction } from '../ports/billing-store';
import { coverageChanged, workersBilled, workersLeftUncovered } from './billing-events';

/** Batches read and staged per round trip: 100 × 1,000 workers, a few MB at a time. */
const BATCHES_PER_ROUND = 100;

/**
 * Stages the coverage events of one change of an invoice's paid amount: the lines whose running
 * total lies between the amounts that cover workers before and after (the short-payment policy
 * decides how much of a short payment does) gain or lose coverage for the invoice's month. They go
 * out as numbered batches of at most 1,000 workers, keyed by the invoice id
 * (docs/adr/0003-coverage-event-granularity.md); a grant also carries each line's declared income.
 * Returns how many workers changed.
 */
export async function stageCoverageChange(
  tx: BillingTransaction,
  invoice: InvoiceRecord,
  paid: { before: number; after: number },
  effectiveAt: Date,
  policy: ShortPaymentPolicy,
  origin: EventOrigin,
): Promise<number> {
  const range = changedLines(
    coveringAmount(policy, invoice.total, paid.before),
    coveringAmount(policy, invoice.total, paid.after),
  );
  if (!range) return 0;
  const kind = paid.after > paid.before ? 'granted' : 'withdrawn';
  return stageLineBatches(tx, invoice, range, (batch) =>
    coverageChanged(kind, invoice, { ...batch, effectiveAt: effectiveAt.toISOString() }, origin),
  );
}

/**
 * Tells finance which workers an invoice paid short leaves uncovered (WorkersLeftUncovered), and
 * how much is missing; nothing when it is paid in full. `invoice` is the invoice after the change.
 */
export async function stageUncoveredWorkers(
  tx: BillingTransaction,
  invoice: InvoiceRecord,
  paymentId: string,
  policy: ShortPaymentPolicy,
  origin: EventOrigin,
): Promise<number> {
  if (invoice.paidAmount >= invoice.total) return 0;
  const range = { above: coveringAmount(policy, invoice.total, invoice.paidAmount), upTo: invoice.total };
  return stageLineBatches(tx, invoice, range, (batch, workers) =>
    workersLeftUncovered(invoice, { ...batch, policy, paymentId, uncoveredWorkers: workers }, origin),
  );
}

/**
 * Tells who is on a newly issued invoice (WorkersBilled): every line, in numbered batches of at
 * most 1,000 workers keyed by the invoice id, staged before any coverage batch of the invoice, so
 * claims can say "billed, unpaid" for them (docs/adr/0009). Returns the workers.
 */
export function stageBilledWorkers(
  tx: BillingTransaction,
  invoice: InvoiceRecord,
  origin: EventOrigin,
): Promise<number> {
  // Every line: cumulative amounts are positive (a line bills at least the JKM) and end at the total.
  return stageLineBatches(tx, invoice, { above: 0, upTo: invoice.total }, (batch) =>
    workersBilled(invoice, batch, origin),
  );
}

/** The lines in `range` as numbered batches of at most 1,000 workers, one event each; returns the workers. */
async function stageLineBatches(
  tx: BillingTransaction,
  invoice: InvoiceRecord,
  range: CumulativeRange,
  eventOf: (batch: LineBatch & { batch: number; batches: number }, workers: number) => NewEvent<object>,
): Promise<number> {
  const workers = await tx.countLines(invoice.id, range);
  if (workers === 0) return 0;
  const batches = coverageBatchCount(workers);
  let batch = 0;
  let after: string | null = null;
  while (batch < batches) {
    const round = await tx.lineBatches(invoice.id, range, after, COVERAGE_BATCH_SIZE, BATCHES_PER_ROUND);
    if (round.length === 0) break;
    await tx.stage(
      round.map((lines) => {
        batch += 1;
        return eventOf({ ...lines, batch, batches }, workers);
      }),
    );
    const { workerIds } = round[round.length - 1];
    after = workerIds[workerIds.length - 1];
  }
  if (batch !== batches) {
    throw new Error(`lines of invoice ${invoice.id} changed while they were being published (${batch}/${batches})`);
  }
  return workers;
}
