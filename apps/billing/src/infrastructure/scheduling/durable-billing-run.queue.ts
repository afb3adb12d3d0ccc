import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { TenantContext, TenantScope } from '@jaring/auth';
import { DurableJobs, jobsFinished, type DurableQueue, type JobAttempt } from '@jaring/jobs';
import { BillingReads } from '../../application/ports/billing-reads';
import { BillingRunQueue } from '../../application/ports/billing-run-queue';
import { ExecuteBillingRunHandler } from '../../application/run-billing/execute-billing-run.handler';

/** The job queue's name: a wire-level name shared by every replica (and the alert rules). */
export const BILLING_RUN_QUEUE = 'billing.run';

interface BillingRunJobData {
  readonly runId: string;
}

/** Thrown to have the job queue try again later: another process holds the run, or this one stops. */
class RunLeftToAnotherAttempt extends Error {}

/**
 * Billing runs as durable jobs (pg-boss, ADR 0007), one at a time per process. A run resumes after
 * its last committed chunk wherever it is retried: after its process died (taken back within a
 * minute), stopped (at a chunk boundary) or lost its database. At start, runs still 'running' are
 * queued again (a no-op for those whose job exists); the scheduler's passes do the same.
 */
@Injectable()
export class DurableBillingRunQueue
  extends BillingRunQueue
  implements DurableQueue<BillingRunJobData>, OnApplicationBootstrap, BeforeApplicationShutdown
{
  readonly name = BILLING_RUN_QUEUE;
  readonly retryLimit = 20;
  readonly retryDelaySeconds = 5;
  private readonly log = new Logger('billing-runs');

  constructor(
    private readonly jobs: DurableJobs,
    private readonly executeRun: ExecuteBillingRunHandler,
    private readonly reads: BillingReads,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(this);
    // Whatever their regency: the system scope, as a scheduler's.
    await TenantContext.run(TenantScope.system(), async () => {
      for (const run of await this.reads.runs({ status: 'running' })) await this.enqueue(run.id);
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.jobs.stop();
  }

  enqueue(runId: string): Promise<void> {
    return this.jobs.send(BILLING_RUN_QUEUE, runId, { runId } satisfies BillingRunJobData);
  }

  /** Resolves when no run is queued, waiting for a retry or running (tests, benchmarks). */
  idle(): Promise<void> {
    return this.jobs.idle(BILLING_RUN_QUEUE);
  }

  async run({ runId }: BillingRunJobData, attempt: JobAttempt): Promise<void> {
    try {
      const run = await this.executeRun.execute(runId, () => attempt.stopping.aborted);
      if (run === undefined) {
        throw new RunLeftToAnotherAttempt(
          `billing run ${runId} is being worked on by another process; tried again shortly`,
        );
      }
      if (run.status === 'running') {
        throw new RunLeftToAnotherAttempt('the service is stopping; the run resumes on another instance');
      }
      if (run.status === 'completed') {
        jobsFinished.inc({ queue: BILLING_RUN_QUEUE, outcome: 'completed' });
        this.log.log(
          { runId, sponsorId: run.sponsorId, month: run.month, lines: run.linesWritten, outcome: run.outcome },
          'billing run completed',
        );
      }
    } catch (error) {
      // Any other error was recorded on the run as its failure (ExecuteBillingRunHandler).
      if (!(error instanceof RunLeftToAnotherAttempt))
        jobsFinished.inc({ queue: BILLING_RUN_QUEUE, outcome: 'failed' });
      this.log.warn({ err: error, runId, attempt: attempt.number }, 'billing run attempt stopped');
      throw error;
    }
  }
}
