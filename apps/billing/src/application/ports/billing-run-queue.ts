/**
 * Runs billing runs in the background on a durable job queue, so the API answers at once, progress
 * can be watched, and a run whose process died is resumed by another replica.
 */
export abstract class BillingRunQueue {
  /** Queues the run; a job of this run still queued or running makes it a no-op. */
  abstract enqueue(runId: string): Promise<void>;
}
