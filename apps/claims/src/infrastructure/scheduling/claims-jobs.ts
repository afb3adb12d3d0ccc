import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { PrometheusClaimsMetrics } from '../metrics/claims.metrics';
import type { PayoutWorker } from '../payout/payout.worker';
import type { SlaScheduler } from './sla.scheduler';

/**
 * Starts the in-process background work once the app (and its database) is up, and stops it
 * before the connections close, so a payout call in flight finishes or is reconciled at next start.
 */
export class ClaimsJobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly payouts: PayoutWorker,
    private readonly sla: SlaScheduler,
    private readonly metrics: PrometheusClaimsMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.metrics.start();
    await this.payouts.start();
    this.sla.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.payouts.stop();
    await this.sla.stop();
    this.metrics.stop();
  }
}
