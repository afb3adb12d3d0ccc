/** Runs billing runs in the background, so the API answers at once and progress can be watched. */
export abstract class BillingRunQueue {
  abstract enqueue(runId: string): void;
}
