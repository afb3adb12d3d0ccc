import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { TenantContext, TenantScope } from '@jaring/auth';
import { DurableJobs, jobsFinished, type DurableQueue, type JobAttempt } from '@jaring/jobs';
import { ImportFileStore } from '../../application/ports/import-file.store';
import { ImportJobRepository } from '../../application/ports/import-job.repository';
import { ImportSettings } from '../../application/ports/import-settings';
import { ImportQueue } from '../../application/ports/import-queue';
import { RunWorkerImportHandler } from '../../application/run-worker-import/run-worker-import.handler';

/** The job queue's name: a wire-level name shared by every replica (and the alert rules). */
export const IMPORT_QUEUE = 'enrolment.worker-import';

interface ImportJobData {
  readonly importId: string;
}

/**
 * Imports as durable jobs (pg-boss, ADR 0007): one import at a time per process (an import keeps a
 * CPU core and the database busy), any replica takes the next. A job whose process died is taken
 * back after its heartbeat lapses (under a minute) and resumed by a replica after its last
 * committed batch; a process that stops lets its running import go at the next batch, to be
 * resumed the same way. At start, imports still queued or running are queued again (a no-op for
 * those whose job exists), which covers a process stopped between recording an upload and queueing it.
 */
@Injectable()
export class DurableImportQueue
  extends ImportQueue
  implements DurableQueue<ImportJobData>, OnApplicationBootstrap, BeforeApplicationShutdown
{
  readonly name = IMPORT_QUEUE;
  /** Kill -9s and rolling deploys each cost an attempt; 20 leaves room for a bad day. */
  readonly retryLimit = 20;
  readonly retryDelaySeconds = 2;
  private readonly log = new Logger('imports');

  constructor(
    private readonly jobs: DurableJobs,
    private readonly runImport: RunWorkerImportHandler,
    private readonly repository: ImportJobRepository,
    private readonly files: ImportFileStore,
    private readonly settings: ImportSettings,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(this);
    // Whatever their regency: the system scope, as a scheduler's.
    await TenantContext.run(TenantScope.system(), async () => {
      for (const importId of await this.repository.unfinished()) await this.enqueue(importId);
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.jobs.stop();
  }

  async hasRoomFor(bytes: number): Promise<boolean> {
    return (await this.files.storedBytes()) + bytes <= this.settings.maxQueuedBytes;
  }

  enqueue(importId: string): Promise<void> {
    return this.jobs.send(IMPORT_QUEUE, importId, { importId } satisfies ImportJobData);
  }

  /** Resolves when no import is queued or running (tests, benchmarks). */
  idle(): Promise<void> {
    return this.jobs.idle(IMPORT_QUEUE);
  }

  async run({ importId }: ImportJobData, attempt: JobAttempt): Promise<void> {
    const started = Date.now();
    try {
      const job = await this.runImport.execute(importId, attempt);
      if (job.status === 'completed' || job.status === 'failed')
        jobsFinished.inc({ queue: IMPORT_QUEUE, outcome: job.status });
      // Counts and ids only: never a name, NIK or file name.
      this.log.log(
        {
          importId,
          attempt: attempt.number,
          status: job.status,
          rows: job.processedRows,
          accepted: job.acceptedRows,
          rejected: job.rejectedRows,
          flagged: job.flaggedRows,
          durationMs: Date.now() - started,
        },
        job.status === 'running' ? 'import left to a newer attempt' : 'import finished',
      );
    } catch (error) {
      // The last attempt marked the import failed before throwing; earlier ones leave it to a retry.
      if (attempt.isLast) jobsFinished.inc({ queue: IMPORT_QUEUE, outcome: 'failed' });
      this.log.warn(
        { importId, attempt: attempt.number, err: error },
        'import attempt stopped; the job queue retries it',
      );
      throw error;
    }
  }
}
