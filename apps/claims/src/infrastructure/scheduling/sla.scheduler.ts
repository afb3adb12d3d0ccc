import type { MonitorSlaHandler } from '../../application/monitor-sla/monitor-sla.handler';
import type { WorkerLog } from '../payout/payout.worker';

/** Runs the SLA sweep at start and then every interval (0 = only at start). */
export class SlaScheduler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly monitor: MonitorSlaHandler,
    private readonly intervalMs: number,
    private readonly log: WorkerLog,
  ) {}

  start(): void {
    this.tick();
    if (this.intervalMs > 0) this.timer = setInterval(() => this.tick(), this.intervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.monitor
      .sweep()
      .then((breached) => {
        if (breached > 0) this.log.warn({ breached }, 'claims passed their payment deadline unpaid');
      })
      .catch((error: unknown) => this.log.warn({ err: error }, 'SLA sweep failed; it runs again at the next interval'))
      .finally(() => (this.running = undefined));
  }
}
