import { TenantContext, TenantScope } from '@jaring/auth';
import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { BillingReads } from '../../application/ports/billing-reads';
import { BillingRunQueue } from '../../application/ports/billing-run-queue';
import { ExecuteBillingRunHandler } from '../../application/run-billing/execute-billing-run.handler';

/**
 * Runs billing runs one after another in this process. At boot it resumes runs a stopped process
 * left 'running' (each resumes after its last committed chunk; a run another instance is working
 * on is skipped by the run lock). One skipped because its old process still held the lock is
 * resumed by the scheduler's next pass or by starting it again. On shutdown the current run stops
 * after its chunk.
 */
@Injectable()
export class InProcessBillingRunQueue
  extends BillingRunQueue
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly log = new Logger('billing-runs');
  private readonly queued = new Set<string>();
  private chain: Promise<void> = Promise.resolve();
  private stopping = false;

  constructor(
    private readonly executeRun: ExecuteBillingRunHandler,
    private readonly reads: BillingReads,
  ) {
    super();
  }

  enqueue(runId: string): void {
    if (this.stopping || this.queued.has(runId)) return;
    this.queued.add(runId);
    this.chain = this.chain
      .then(async () => {
        if (this.stopping) return;
        const run = await this.executeRun.execute(runId, () => this.stopping);
        if (run?.status === 'completed') {
          this.log.log(
            { runId, sponsorId: run.sponsorId, month: run.month, lines: run.linesWritten, outcome: run.outcome },
            'billing run completed',
          );
        }
      })
      .catch((error: unknown) => this.log.error({ err: error, runId }, 'billing run failed; start it again to resume'))
      .finally(() => this.queued.delete(runId));
  }

  /** Resolves when every run queued so far has finished (tests, shutdown). */
  idle(): Promise<void> {
    return this.chain;
  }

  /** Resumes the runs a stopped process left running, whatever their regency. */
  async onApplicationBootstrap(): Promise<void> {
    await TenantContext.run(TenantScope.system(), async () => {
      for (const run of await this.reads.runs({ status: 'running' })) this.enqueue(run.id);
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.chain;
  }
}
