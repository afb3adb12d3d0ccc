import { randomUUID } from 'node:crypto';
import type { BillingRunRecord } from '../ports/billing-records';
import type { BillingTransaction } from '../ports/billing-store';

/** A run as it is first stored: running, nothing written yet. */
export function newBillingRun(
  run: Pick<BillingRunRecord, 'sponsorId' | 'month' | 'kind' | 'requestedOn' | 'trigger' | 'requestedBy' | 'startedAt'>,
): BillingRunRecord {
  return {
    ...run,
    id: randomUUID(),
    status: 'running',
    workersExpected: null,
    linesWritten: 0,
    invoiceId: null,
    outcome: null,
    error: null,
    finishedAt: null,
  };
}

/** A failed run started again: running, its error cleared; it resumes after its last chunk. */
export async function restartFailedRun(tx: BillingTransaction, run: BillingRunRecord): Promise<BillingRunRecord> {
  const restarted = { status: 'running' as const, error: null, finishedAt: null };
  await tx.updateRun(run.id, restarted);
  return { ...run, ...restarted };
}
