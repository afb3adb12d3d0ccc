import { PeriodicTask } from '@jaring/scheduling';
import type { MonitorSlaHandler } from '../../application/monitor-sla/monitor-sla.handler';
import type { WorkerLog } from '../payout/payout.worker';

/** Runs the SLA sweep at start and then every interval (0 = only at start). */
export class SlaScheduler extends PeriodicTask {
  constructor(monitor: MonitorSlaHandler, intervalMs: number, log: WorkerLog) {
    super(
      async () => {
        const breached = await monitor.sweep();
        if (breached > 0) log.warn({ breached }, 'claims passed their payment deadline unpaid');
      },
      {
        everyMs: intervalMs,
        runAtStart: true,
        onError: (error) => log.warn({ err: error }, 'SLA sweep failed; it runs again at the next interval'),
      },
    );
  }
}
