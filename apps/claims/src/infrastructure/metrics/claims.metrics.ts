import { Counter, Gauge } from 'prom-client';
import type { ClaimReads } from '../../application/ports/claim.reads';
import { ClaimsMetrics } from '../../application/ports/payout-trigger';

const stateSources = new Set<ClaimReads>();

const stateReadFailures = new Counter({
  name: 'jaring_claims_by_state_read_failures_total',
  help: 'Scrapes whose claims-by-state read failed (the gauge kept the values read before)',
});

/** Collected from the database on every scrape, so it is right after restarts and across replicas. */
new Gauge({
  name: 'jaring_claims_by_state',
  help: 'Claims by programme and status, read from the claims database at scrape time',
  labelNames: ['programme', 'status'] as const,
  async collect() {
    const totals = new Map<string, { programme: string; status: string; count: number }>();
    try {
      for (const reads of stateSources) {
        for (const { programme, status, count } of await reads.countsByState()) {
          const key = `${programme}|${status}`;
          const current = totals.get(key) ?? { programme, status, count: 0 };
          current.count += count;
          totals.set(key, current);
        }
      }
    } catch {
      // A database outage is not "no claims": keep the last values, count the failure.
      stateReadFailures.inc();
      return;
    }
    this.reset();
    for (const { programme, status, count } of totals.values()) this.set({ programme, status }, count);
  },
});

const slaBreaches = new Counter({
  name: 'jaring_claims_sla_breaches_total',
  help: 'Claims found unpaid after their statutory payment deadline (7 working days JKK, 3 JKM), each counted once',
  labelNames: ['programme'] as const,
});

const payoutsSettled = new Counter({
  name: 'jaring_claims_payouts_settled_total',
  help: 'Payout instructions the bank confirmed or refused',
  labelNames: ['outcome'] as const,
});

const bankCallFailures = new Counter({
  name: 'jaring_claims_bank_call_failures_total',
  help: 'Bank calls that timed out, failed to connect or answered 5xx (the outcome was reconciled later)',
});

/** Prometheus counters for the claims application, and the state gauge's database source. */
export class PrometheusClaimsMetrics extends ClaimsMetrics {
  constructor(private readonly reads: ClaimReads) {
    super();
  }

  start(): void {
    stateSources.add(this.reads);
  }

  stop(): void {
    stateSources.delete(this.reads);
  }

  slaBreached(programme: string, count: number): void {
    slaBreaches.inc({ programme }, count);
  }

  payoutSettled(outcome: 'confirmed' | 'failed'): void {
    payoutsSettled.inc({ outcome });
  }

  bankCallFailed(): void {
    bankCallFailures.inc();
  }
}
