import { TenantContext, TenantScope } from '@jaring/auth';
import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { yearMonthOf } from '@jaring/calendar';
import { runWithAuditContext, systemActor } from '@jaring/audit';
import { PeriodicTask } from '@jaring/scheduling';
import { AssessArrearsHandler } from '../../application/assess-arrears/assess-arrears.handler';
import { BillingReads } from '../../application/ports/billing-reads';
import { BillingRunQueue } from '../../application/ports/billing-run-queue';
import { Clock } from '../../application/ports/clock';
import { StartBillingRunHandler } from '../../application/run-billing/start-billing-run.handler';
import { SupplementaryBillingPass } from '../../application/ports/supplementary-billing-pass';
import { BillingConfig } from '../../billing.config';

export const SCHEDULER_ACTOR = 'billing-scheduler';

/**
 * The configurable schedule: every BILLING_SCHEDULE_INTERVAL_MS it starts the current month's
 * billing run of every known sponsor once the month reaches BILLING_RUN_DAY_OF_MONTH (a run that
 * exists already is left alone, so the check is cheap and safe on several instances), requests
 * each sponsor's supplementary pass (the safety net for a request the worker events could not
 * make; docs/adr/0009), and assesses each sponsor's arrears once a day. Every
 * pass also queues the runs still 'running', of any month (a no-op for a run whose job exists): the
 * safety net for a run whose queueing was cut off. Runs once at boot, so a day missed while down is
 * caught up.
 */
@Injectable()
export class BillingScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('billing-schedule');
  private readonly assessedOn = new Map<string, string>();
  private readonly schedule: PeriodicTask;

  constructor(
    private readonly startRun: StartBillingRunHandler,
    private readonly supplementaryPass: SupplementaryBillingPass,
    private readonly assessArrears: AssessArrearsHandler,
    private readonly reads: BillingReads,
    private readonly clock: Clock,
    private readonly config: BillingConfig,
    private readonly queue: BillingRunQueue,
  ) {
    // What a scheduled pass bills, assesses or lapses is audited as the scheduler's work.
    this.schedule = new PeriodicTask(
      () => runWithAuditContext({ actor: systemActor('billing-scheduler') }, () => this.pass()),
      {
        everyMs: config.BILLING_SCHEDULE_INTERVAL_MS,
        runAtStart: true,
        onError: (error) => this.log.warn({ err: error }, 'scheduled billing pass failed; retried on the next pass'),
      },
    );
  }

  onApplicationBootstrap(): void {
    if (this.config.BILLING_SCHEDULE_INTERVAL_MS > 0) this.schedule.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.schedule.stop();
  }

  /** One pass over every sponsor of every regency (also what the timer runs). */
  pass(): Promise<void> {
    return TenantContext.run(TenantScope.system(), () => this.passOverSponsors());
  }

  private async passOverSponsors(): Promise<void> {
    const today = this.clock.today();
    const month = yearMonthOf(today);
    const billingDay = Number(today.slice(8, 10)) >= this.config.BILLING_RUN_DAY_OF_MONTH;
    for (const run of await this.reads.runs({ status: 'running' })) await this.queue.enqueue(run.id);
    for (const sponsor of await this.reads.sponsors()) {
      if (billingDay) {
        const { run, started } = await this.startRun.execute({
          sponsorId: sponsor.sponsorId,
          month,
          trigger: 'schedule',
          requestedBy: SCHEDULER_ACTOR,
        });
        if (started)
          this.log.log({ runId: run.id, sponsorId: sponsor.sponsorId, month }, 'scheduled billing run started');
      }
      await this.supplementaryPass.request([sponsor.sponsorId]);
      if (this.assessedOn.get(sponsor.sponsorId) !== today) {
        const id = randomUUID();
        const assessment = await this.assessArrears.execute(sponsor.sponsorId, { correlationId: id, causationId: id });
        this.assessedOn.set(sponsor.sponsorId, today);
        if (assessment.warningsIssued + assessment.lapsesRecorded > 0) this.log.log(assessment, 'arrears assessed');
      }
    }
  }
}
