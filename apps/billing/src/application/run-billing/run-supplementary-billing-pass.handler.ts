import { monthsOpenForSupplementaryBilling } from '../../domain';
import type { BillingRunRecord } from '../ports/billing-records';
import { Clock } from '../ports/clock';
import { StartSupplementaryBillingRunHandler } from './start-supplementary-billing-run.handler';

/** Who the runs of a supplementary pass are requested by (the run's `requestedBy`). */
export const SUPPLEMENTARY_PASS_ACTOR = 'billing-supplementary-pass';

export interface SupplementaryPassOutcome {
  /** Runs this pass created or restarted. */
  readonly started: BillingRunRecord[];
  /**
   * A supplementary run of an open month was unfinished and left to whoever works on it: workers
   * who arrived after it started are billed by a later pass (docs/adr/0009).
   */
  readonly runStillOpen: boolean;
}

/**
 * One supplementary pass of a sponsor: for each month still open to supplementary billing (this
 * one and the previous), a supplementary run when workers became billable after the month's main
 * run (decideSupplementaryBilling). Idempotent: a repeated or concurrent pass starts nothing more.
 */
export class RunSupplementaryBillingPassHandler {
  constructor(
    private readonly startSupplementaryRun: StartSupplementaryBillingRunHandler,
    private readonly clock: Clock,
  ) {}

  async execute(sponsorId: string): Promise<SupplementaryPassOutcome> {
    const started: BillingRunRecord[] = [];
    let runStillOpen = false;
    for (const month of monthsOpenForSupplementaryBilling(this.clock.today())) {
      const outcome = await this.startSupplementaryRun.execute({
        sponsorId,
        month,
        trigger: 'schedule',
        requestedBy: SUPPLEMENTARY_PASS_ACTOR,
      });
      if (outcome.started && outcome.run) started.push(outcome.run);
      else if (outcome.decision.action === 'resume') runStillOpen = true;
    }
    return { started, runStillOpen };
  }
}
