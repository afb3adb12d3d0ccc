import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '../../application/ports/clock';
import type { ImportFile } from '../../application/ports/import-file.reader';
import { ImportJobRepository } from '../../application/ports/import-job.repository';
import { ImportQueue } from '../../application/ports/import-queue';
import { ImportSettings } from '../../application/ports/import-settings';
import { RunWorkerImportHandler } from '../../application/run-worker-import/run-worker-import.handler';

/** How often this instance says its queued and running jobs are alive. */
const HEARTBEAT_MS = 30_000;
/** A job whose instance has been silent this long was abandoned (the file lived in its memory). */
const ABANDONED_AFTER_MS = 5 * HEARTBEAT_MS;

/**
 * Runs imports in this process, one after the other (an import keeps one CPU core and the
 * database busy; two at once would only share them). The uploaded file stays in memory until its
 * job ran; the files waiting are held to ImportSettings.maxQueuedBytes (uploads checked against it
 * at the same moment may pass it by at most their own sizes, each bounded by IMPORT_MAX_FILE_BYTES). On shutdown the running job stops between two batches and is marked failed (its stored
 * rows stay); at start, jobs abandoned by a stopped instance are marked failed, so their file can
 * be uploaded again (rows already enrolled are then reported as such).
 */
@Injectable()
export class InProcessImportQueue extends ImportQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('imports');
  private readonly stopping = new AbortController();
  private readonly jobs = new Set<string>();
  /** Bytes of the files queued or running: each stays in memory until its job ran. */
  private queuedBytes = 0;
  private chain: Promise<void> = Promise.resolve();
  private heartbeat?: NodeJS.Timeout;

  constructor(
    private readonly runImport: RunWorkerImportHandler,
    private readonly repository: ImportJobRepository,
    private readonly clock: Clock,
    private readonly settings: ImportSettings,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    const now = this.clock.now();
    const abandoned = await this.repository.failAbandoned(
      'the service instance running this import stopped; upload the file again (rows already enrolled are reported as such)',
      new Date(now.getTime() - ABANDONED_AFTER_MS),
      now,
    );
    if (abandoned > 0) this.log.warn({ abandoned }, 'imports abandoned by a stopped instance were marked failed');
    this.heartbeat = setInterval(() => {
      if (this.jobs.size === 0) return;
      this.repository.touch([...this.jobs], this.clock.now()).catch((error: unknown) => {
        this.log.warn({ err: error }, 'could not record the heartbeat of running imports');
      });
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  hasRoomFor(bytes: number): boolean {
    return this.queuedBytes + bytes <= this.settings.maxQueuedBytes;
  }

  enqueue(jobId: string, file: ImportFile): void {
    this.jobs.add(jobId);
    this.queuedBytes += file.content.length;
    this.chain = this.chain.then(() => this.run(jobId, file));
  }

  /** Resolves when every job queued so far has finished (tests, benchmarks). */
  idle(): Promise<void> {
    return this.chain;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    clearInterval(this.heartbeat);
    await this.chain;
  }

  private async run(jobId: string, file: ImportFile): Promise<void> {
    const started = Date.now();
    try {
      const job = await this.runImport.execute(jobId, file, this.stopping.signal);
      // Counts and ids only: never a name, NIK or file name.
      this.log.log(
        {
          importId: jobId,
          status: job.status,
          rows: job.processedRows,
          accepted: job.acceptedRows,
          rejected: job.rejectedRows,
          flagged: job.flaggedRows,
          durationMs: Date.now() - started,
        },
        'import finished',
      );
    } catch (error) {
      this.log.error({ importId: jobId, err: error }, 'import failed on an unexpected error');
    } finally {
      this.jobs.delete(jobId);
      this.queuedBytes -= file.content.length;
    }
  }
}
