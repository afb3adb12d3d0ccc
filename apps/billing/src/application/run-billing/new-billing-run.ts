import { randomUUID } from 'node:crypto';
import type { BillingRunRecord } from '../ports/billing-records';

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
