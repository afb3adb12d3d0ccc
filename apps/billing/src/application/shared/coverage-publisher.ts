import type { EventOrigin } from '@jaring/messaging';
import { changedLines, COVERAGE_BATCH_SIZE, coverageBatchCount } from '../../domain';
import type { InvoiceRecord } from '../ports/billing-records';
import type { BillingTransaction } from '../ports/billing-store';
import { coverageChanged } from './billing-events';

/** Batches read and staged per round trip: 100 × 1,000 workers, a few MB at a time. */
const BATCHES_PER_ROUND = 100;

/**
 * Stages the coverage events of one change of an invoice's paid amount: the lines whose running
 * total lies between the amounts before and after gain (or lose) coverage for the invoice's month.
 * They go out as numbered batches of at most 1,000 workers, keyed by the invoice id
 * (docs/adr/0003-coverage-event-granularity.md); a grant also carries each line's declared income.
 * Returns how many workers changed.
 */
export async function stageCoverageChange(
  tx: BillingTransaction,
  invoice: InvoiceRecord,
  paidBefore: number,
  paidAfter: number,
  effectiveAt: Date,
  origin: EventOrigin,
): Promise<number> {
  const range = changedLines(paidBefore, paidAfter);
  if (!range) return 0;
  const workers = await tx.countLines(invoice.id, range);
  if (workers === 0) return 0;
  const kind = paidAfter > paidBefore ? 'granted' : 'withdrawn';
  const batches = coverageBatchCount(workers);
  let batch = 0;
  let after: string | null = null;
  while (batch < batches) {
    const round = await tx.lineBatches(invoice.id, range, after, COVERAGE_BATCH_SIZE, BATCHES_PER_ROUND);
    if (round.length === 0) break;
    await tx.stage(
      round.map((lines) => {
        batch += 1;
        return coverageChanged(
          kind,
          invoice,
          { batch, batches, effectiveAt: effectiveAt.toISOString(), ...lines },
          origin,
        );
      }),
    );
    const { workerIds } = round[round.length - 1];
    after = workerIds[workerIds.length - 1];
  }
  if (batch !== batches) {
    throw new Error(`coverage of invoice ${invoice.id} changed while it was being published (${batch}/${batches})`);
  }
  return workers;
}
