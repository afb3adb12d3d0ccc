/** Wakes the payout worker after new instructions were committed (it also polls on its own). */
export abstract class PayoutTrigger {
  abstract wake(): void;
}

/** Counters the application feeds; the adapter is Prometheus. */
export abstract class ClaimsMetrics {
  abstract slaBreached(programme: string, count: number): void;
  abstract payoutSettled(outcome: 'confirmed' | 'failed'): void;
  abstract bankCallFailed(): void;
}
