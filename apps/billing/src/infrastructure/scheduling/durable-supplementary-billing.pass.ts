import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { runWithAuditContext, systemActor } from '@jaring/audit';
import { DurableJobs, jobsFinished, type DurableQueue, type JobAttempt } from '@jaring/jobs';
import { SupplementaryBillingPass } from '../../application/ports/supplementary-billing-pass';
import {
  RunSupplementaryBillingPassHandler,
  SUPPLEMENTARY_PASS_ACTOR,
} from '../../application/run-billing/run-supplementary-billing-pass.handler';
import { BillingConfig } from '../../billing.config';

/** The job queue's name: a wire-level name shared by every replica (and the alert rules). */
export const SUPPLEMENTARY_BILLING_QUEUE = 'billing.supplementary-pass';

/** While a supplementary run of the sponsor is unfinished, the pass looks again this much later. */
const OPEN_RUN_RECHECK_SECONDS = 30;

interface SupplementaryPassJobData {
  readonly sponsorId: string;
}

/**
 * The supplementary pass as a durable job per sponsor (pg-boss, ADR 0007 and 0009). A request
 * queues the sponsor's pass SUPPLEMENTARY_BILLING_DELAY_SECONDS ahead, and requests meanwhile join
 * it; the queue is 'stately', so a request while the pass runs queues the next one instead of
 * being lost, and two replicas never run one sponsor's pass at once. The pass starts a
 * supplementary run (itself a durable billing.run job) for each open month with workers not billed
 * yet; while such a run is unfinished, workers who arrived after it started wait for it, so the
 * pass comes back shortly after. Every decision is idempotent (one unfinished supplementary run per
 * sponsor and month, one invoice line per worker and month), so a retried pass bills nobody twice.
 */
@Injectable()
export class DurableSupplementaryBillingPass
  extends SupplementaryBillingPass
  implements DurableQueue<SupplementaryPassJobData>, OnApplicationBootstrap
{
  readonly name = SUPPLEMENTARY_BILLING_QUEUE;
  readonly policy = 'stately';
  readonly retryLimit = 10;
  readonly retryDelaySeconds = 30;
  private readonly log = new Logger('billing-supplementary');

  constructor(
    private readonly jobs: DurableJobs,
    private readonly runPass: RunSupplementaryBillingPassHandler,
    private readonly config: BillingConfig,
  ) {
    super();
  }

  /** The job runner is stopped by DurableBillingRunQueue, which shares it. */
  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(this);
  }

  async request(sponsorIds: readonly string[]): Promise<void> {
    for (const sponsorId of new Set(sponsorIds))
      await this.queue(sponsorId, this.config.SUPPLEMENTARY_BILLING_DELAY_SECONDS);
  }

  /** Resolves when no pass is queued, waiting for a retry or running (tests). */
  idle(): Promise<void> {
    return this.jobs.idle(SUPPLEMENTARY_BILLING_QUEUE);
  }

  private queue(sponsorId: string, afterSeconds: number): Promise<void> {
    return this.jobs.send(SUPPLEMENTARY_BILLING_QUEUE, sponsorId, { sponsorId } satisfies SupplementaryPassJobData, {
      startAfterSeconds: afterSeconds,
    });
  }

  async run({ sponsorId }: SupplementaryPassJobData, attempt: JobAttempt): Promise<void> {
    try {
      // What the pass bills is audited as its work.
      const outcome = await runWithAuditContext({ actor: systemActor(SUPPLEMENTARY_PASS_ACTOR) }, () =>
        this.runPass.execute(sponsorId),
      );
      for (const run of outcome.started) {
        this.log.log({ runId: run.id, sponsorId, month: run.month }, 'supplementary billing run started');
      }
      if (outcome.runStillOpen) await this.queue(sponsorId, OPEN_RUN_RECHECK_SECONDS);
      jobsFinished.inc({ queue: SUPPLEMENTARY_BILLING_QUEUE, outcome: 'completed' });
    } catch (error) {
      // Alerted on only when no attempt is left: the workers then wait for the next request.
      if (attempt.isLast) jobsFinished.inc({ queue: SUPPLEMENTARY_BILLING_QUEUE, outcome: 'failed' });
      this.log.warn({ err: error, sponsorId, attempt: attempt.number }, 'supplementary billing pass failed');
      throw error;
    }
  }
}
