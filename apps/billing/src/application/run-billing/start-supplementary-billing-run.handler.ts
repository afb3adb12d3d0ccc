import { assertYearMonth, type YearMonth } from '@jaring/calendar';
import { NotFoundError } from '@jaring/kernel';
import { decideSupplementaryBilling, ruleSetForMonth, type SupplementaryBillingDecision } from '../../domain';
import type { BillingRunRecord, BillingRunTrigger } from '../ports/billing-records';
import { BillingRunQueue } from '../ports/billing-run-queue';
import { BillingSettings } from '../ports/billing-settings';
import { BillingStore } from '../ports/billing-store';
import { Clock } from '../ports/clock';
import { newBillingRun, restartFailedRun } from './new-billing-run';

export interface StartSupplementaryBillingRunCommand {
  readonly sponsorId: string;
  readonly month: string;
  readonly trigger: BillingRunTrigger;
  readonly requestedBy: string;
}

export interface SupplementaryBillingOutcome {
  readonly decision: SupplementaryBillingDecision;
  /** The run started or resumed, if any. */
  readonly run: BillingRunRecord | undefined;
  /** True when this call created or restarted the run (false: another replica did, or nothing to do). */
  readonly started: boolean;
}

/**
 * Bills, on a supplementary invoice of the month, the sponsor's workers who became billable for a
 * month after its main run (enrolled, imported or re-activated later): the rule is
 * decideSupplementaryBilling; the work is the ordinary billing run (ExecuteBillingRunHandler) with
 * kind 'supplementary', so it is chunked, resumable and locked like the main run. Idempotent
 * across replicas: the database allows one unfinished supplementary run per sponsor and month, so
 * a replica racing this one finds its run and changes nothing, and a worker already on an invoice
 * line for the month is never billed again (unique worker and month).
 */
export class StartSupplementaryBillingRunHandler {
  constructor(
    private readonly store: BillingStore,
    private readonly queue: BillingRunQueue,
    private readonly settings: BillingSettings,
    private readonly clock: Clock,
  ) {}

  async execute(command: StartSupplementaryBillingRunCommand): Promise<SupplementaryBillingOutcome> {
    const month: YearMonth = assertYearMonth(command.month, 'month');
    ruleSetForMonth(month, this.settings.ruleSets);
    const today = this.clock.today();
    const outcome = await this.store.transaction(async (tx): Promise<SupplementaryBillingOutcome> => {
      if (!(await tx.sponsor(command.sponsorId))) {
        throw new NotFoundError(
          'SPONSOR_UNKNOWN',
          'billing knows no workers of this sponsor yet (enrolment publishes them)',
          'sponsorId',
        );
      }
      const state = await tx.supplementaryBillingState(command.sponsorId, month);
      const decision = decideSupplementaryBilling({
        month,
        today,
        mainRun: state.mainRun,
        openSupplementaryRun: state.openSupplementaryRun !== undefined,
        unbilledWorkers: state.unbilledWorkers,
      });
      if (decision.action === 'skip') return { decision, run: undefined, started: false };
      if (decision.action === 'resume') {
        const open = state.openSupplementaryRun as BillingRunRecord;
        if (open.status !== 'failed') return { decision, run: open, started: false };
        return { decision, run: await restartFailedRun(tx, open), started: true };
      }
      const { run, created } = await tx.insertRunIfAbsent(
        newBillingRun({
          sponsorId: command.sponsorId,
          month,
          kind: 'supplementary',
          requestedOn: today,
          trigger: command.trigger,
          requestedBy: command.requestedBy,
          startedAt: this.clock.now(),
        }),
      );
      return { decision, run, started: created };
    });
    // As for the main run: a 'running' run may be one a stopped process left; the run lock makes
    // queueing it a no-op when another process is working on it.
    if (outcome.run?.status === 'running') await this.queue.enqueue(outcome.run.id);
    return outcome;
  }
}
