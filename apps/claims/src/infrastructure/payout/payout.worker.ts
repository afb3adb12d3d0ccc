import { TenantContext, TenantScope } from '@jaring/auth';
import type { DispatchPayoutsHandler } from '../../application/dispatch-payouts/dispatch-payouts.handler';
import { PayoutTrigger } from '../../application/ports/payout-trigger';

export interface WorkerLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

/**
 * The in-process payout worker: driven by the payout_instruction table (never by Kafka). It polls,
 * and is woken right after an approval commits. At start it first reconciles whatever was in
 * flight when the service stopped, and sends refused partner-facility lines to accounts the register
 * now corrects. Stopping waits for the bank calls in flight.
 */
export class PayoutWorker extends PayoutTrigger {
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private woken = false;

  constructor(
    private readonly dispatcher: () => DispatchPayoutsHandler,
    private readonly pollIntervalMs: number,
    private readonly log: WorkerLog,
  ) {
    super();
  }

  get enabled(): boolean {
    return this.pollIntervalMs > 0;
  }

  /** Pays approved instructions of every regency (the system tenant scope). */
  async start(): Promise<void> {
    if (!this.enabled || this.running) return;
    await TenantContext.run(TenantScope.system(), async () => {
      const inFlight = await this.dispatcher().reconcileInFlight();
      if (inFlight > 0)
        this.log.info({ inFlight }, 'payouts in flight at start will be reconciled with the bank first');
      const resent = await this.dispatcher().resendToCorrectedFacilityAccounts();
      if (resent > 0)
        this.log.info(
          { claims: resent },
          'refused partner-facility transfers sent again to the corrected register accounts',
        );
      this.running = true;
      this.loop = this.run();
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
  }

  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        this.woken = false;
        const taken = await this.dispatcher().runOnce();
        failures = 0;
        if (taken > 0 || this.woken) continue;
        await this.sleep(this.pollIntervalMs);
      } catch (error) {
        failures += 1;
        const delay = Math.min(30_000, this.pollIntervalMs * 2 ** Math.min(failures, 8));
        this.log.warn(
          { err: error, retryInMs: delay },
          'payout worker pass failed; instructions stay stored and are retried',
        );
        await this.sleep(delay);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }
}
