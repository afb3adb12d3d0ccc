import { assertYearMonth, type YearMonth } from '@jaring/calendar';
import { NotFoundError } from '@jaring/kernel';
import { ruleSetForMonth } from '../../domain';
import type { BillingRunRecord, BillingRunTrigger } from '../ports/billing-records';
import { BillingRunQueue } from '../ports/billing-run-queue';
import { BillingSettings } from '../ports/billing-settings';
import { BillingStore } from '../ports/billing-store';
import { Clock } from '../ports/clock';
import { newBillingRun, restartFailedRun } from './new-billing-run';

export interface StartBillingRunCommand {
  readonly sponsorId: string;
  readonly month: string;
  readonly trigger: BillingRunTrigger;
  readonly requestedBy: string;
}

export interface StartedBillingRun {
  readonly run: BillingRunRecord;
  /**
   * False when the sponsor and month were already billed (or are being billed): nothing changed,
   * though a run still 'running' is queued again (see execute).
   */
  readonly started: boolean;
}

/**
 * Starts the monthly (main) billing run of one sponsor and month, at most once: a second request for the
 * same sponsor and month returns the first run and changes nothing. A failed run is started again
 * and a 'running' one queued again (either resumes where it stopped). The work itself runs in the
 * background (ExecuteBillingRunHandler). Workers who become billable for the month after it are
 * billed by StartSupplementaryBillingRunHandler.
 */
export class StartBillingRunHandler {
  constructor(
    private readonly store: BillingStore,
    private readonly queue: BillingRunQueue,
    private readonly settings: BillingSettings,
    private readonly clock: Clock,
  ) {}

  async execute(command: StartBillingRunCommand): Promise<StartedBillingRun> {
    const month: YearMonth = assertYearMonth(command.month, 'month');
    ruleSetForMonth(month, this.settings.ruleSets); // refuses a month no rules are loaded for, before anything is stored
    const outcome = await this.store.transaction(async (tx) => {
      const sponsor = await tx.sponsor(command.sponsorId);
      if (!sponsor) {
        throw new NotFoundError(
          'SPONSOR_UNKNOWN',
          'billing knows no workers of this sponsor yet (enrolment publishes them)',
          'sponsorId',
        );
      }
      const { run, created } = await tx.insertRunIfAbsent(
        newBillingRun({
          sponsorId: command.sponsorId,
          month,
          kind: 'main',
          requestedOn: null,
          trigger: command.trigger,
          requestedBy: command.requestedBy,
          startedAt: this.clock.now(),
        }),
      );
      if (created) return { run, started: true };
      if (run.status !== 'failed') return { run, started: false };
      return { run: await restartFailedRun(tx, run), started: true };
    });
    // A 'running' run whose job is gone (its queueing was cut off) is queued again; one whose job
    // is queued or running makes this a no-op.
    if (outcome.started || outcome.run.status === 'running') await this.queue.enqueue(outcome.run.id);
    return outcome;
  }
}
