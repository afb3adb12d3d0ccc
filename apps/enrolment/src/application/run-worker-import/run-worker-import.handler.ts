import { runWithAuditContext } from '@jaring/audit';
import { DomainError, NotFoundError } from '@jaring/kernel';
import { enrolmentWindowOn } from '../../domain';
import { Clock } from '../ports/clock';
import { EnrolmentWindowSettings } from '../ports/enrolment-window.settings';
import { ImportFileReader, type ImportFile, type RawImportRow } from '../ports/import-file.reader';
import { ImportFileStore } from '../ports/import-file.store';
import {
  ImportAttemptSupersededError,
  ImportJobRepository,
  type ImportBatch,
  type ImportBatchOutcome,
  type ImportJob,
} from '../ports/import-job.repository';
import { ImportSettings } from '../ports/import-settings';
import { ReferenceData } from '../ports/reference-data';
import { SponsorRepository } from '../ports/sponsor.repository';
import { ImportSession } from './import-session';

/** Thrown between batches when the process is shutting down: the job queue gives the job to another replica. */
export class ImportInterruptedError extends Error {
  constructor() {
    super('the service stopped while the file was being imported; another instance resumes it');
    this.name = 'ImportInterruptedError';
  }
}

/** One attempt of the job queue at an import. */
export interface ImportAttempt {
  /** Grows at every claim: a newer attempt fences off an older one still alive. */
  readonly number: number;
  /** The job queue gives up after this one: an unexpected failure then fails the import. */
  readonly isLast: boolean;
  /** Aborted when the process begins to stop. */
  readonly stopping?: AbortSignal;
}

/**
 * Runs (or resumes) one queued import: reads the stored file, counts the rows (progress total),
 * streams them in batches, validates and deduplicates each batch (ImportSession) and stores it in
 * one transaction with its outbox events, row errors, counters and batch number
 * (ImportJobRepository.writeBatch). While batch N is written, batch N+1 is validated.
 *
 * A resumed attempt (its worker died, or its process stopped) validates the batches committed
 * before again, so the session knows the file's earlier rows exactly as the first attempt did,
 * but stores only the batches not yet committed: every row is enrolled once and the counters and
 * error report are those of one uninterrupted run. Ends with the job completed, or failed with a
 * reason that carries no personal data (rows stored before a failure stay); the file is removed then.
 */
export class RunWorkerImportHandler {
  constructor(
    private readonly jobs: ImportJobRepository,
    private readonly files: ImportFileStore,
    private readonly reader: ImportFileReader,
    private readonly sponsors: SponsorRepository,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
    private readonly settings: ImportSettings,
    private readonly window: EnrolmentWindowSettings,
  ) {}

  /**
   * Returns the job as this attempt left it. Throws, leaving the job running for the queue to retry,
   * when the process is stopping or an unexpected error hit an attempt that is not the last. The
   * workers it enrols are audited as the uploading officer's (only an enrolment-officer may
   * upload), under the import's id.
   */
  async execute(jobId: string, attempt: ImportAttempt): Promise<ImportJob> {
    const job = await this.jobs.findById(jobId);
    if (!job) throw new NotFoundError('IMPORT_NOT_FOUND', `no import ${jobId}`, 'id');
    if (job.status === 'completed' || job.status === 'failed') return job;
    const uploader = { subject: job.createdBy, roles: ['enrolment-officer'] };
    return runWithAuditContext({ actor: uploader, requestId: job.id }, () => this.runJob(job, attempt));
  }

  private async runJob(job: ImportJob, attempt: ImportAttempt): Promise<ImportJob> {
    const jobId = job.id;
    const writer = new PipelinedWriter((batch) => this.jobs.writeBatch(job.id, attempt.number, batch));
    try {
      await this.run(job, attempt, writer);
      await writer.drain();
      await this.end(jobId, { status: 'completed' });
    } catch (error) {
      await writer.settle();
      if (error instanceof ImportAttemptSupersededError) return (await this.jobs.findById(jobId)) as ImportJob;
      if (error instanceof ImportInterruptedError || (isUnexpected(error) && !attempt.isLast)) throw error;
      await this.end(jobId, { status: 'failed', failureReason: reasonOf(error) });
      // The job names the service log for an unexpected cause: the caller logs it from here.
      if (isUnexpected(error)) throw error;
    }
    return (await this.jobs.findById(jobId)) as ImportJob;
  }

  private async end(jobId: string, outcome: { status: 'completed' | 'failed'; failureReason?: string }): Promise<void> {
    await this.jobs.finish(jobId, outcome, this.clock.now());
    await this.files.remove(jobId);
  }

  private async run(job: ImportJob, attempt: ImportAttempt, writer: PipelinedWriter): Promise<void> {
    const sponsor = await this.sponsors.findById(job.sponsorId);
    if (!sponsor) throw new NotFoundError('SPONSOR_NOT_FOUND', 'the sponsor of this import no longer exists');
    const file: ImportFile | null = await this.files.get(job.id);
    if (!file) throw new DomainError('IMPORT_FILE_MISSING', 'the uploaded file was not kept; upload it again');
    const total = await this.reader.countRows(file);
    if (total > this.settings.maxRows) {
      throw new DomainError(
        'IMPORT_TOO_MANY_ROWS',
        `the file has ${total} rows; at most ${this.settings.maxRows} can be imported at once: split it`,
      );
    }
    if (!(await this.jobs.claim(job.id, attempt.number, total, this.clock.now()))) {
      throw new ImportAttemptSupersededError(job.id);
    }
    const committed = await this.jobs.committedBatches(job.id);

    const session = new ImportSession(
      {
        sponsor,
        regions: this.reference.regions,
        regencyCodes: this.reference.regencyCodes,
        banks: this.reference.banks,
        today: this.clock.today(),
        enrolmentWindow: enrolmentWindowOn(this.clock.today(), this.window, job.backdatingReason !== undefined),
        ...(job.defaultEnrolmentDate === undefined ? {} : { defaultEnrolmentDate: job.defaultEnrolmentDate }),
      },
      { actor: job.createdBy, at: this.clock.now().toISOString() },
      job.id,
      (niks, keys) => this.jobs.findKnownWorkers(niks, keys, job.id),
    );
    let batchNo = 0;
    const store = async (rows: RawImportRow[]): Promise<void> => {
      const batch = await session.prepare(rows, batchNo);
      batchNo += 1;
      if (committed.has(batch.batchNo)) return;
      if (attempt.stopping?.aborted) throw new ImportInterruptedError();
      await writer.submit(batch);
    };

    const size = this.settings.batchSize;
    let buffered: RawImportRow[] = [];
    for await (const chunk of this.reader.rows(file)) {
      buffered = buffered.length === 0 ? chunk : buffered.concat(chunk);
      while (buffered.length >= size) {
        await store(buffered.slice(0, size));
        buffered = buffered.slice(size);
      }
    }
    if (buffered.length > 0) await store(buffered);
  }
}

/** Batches being stored at once: one more than the batch being validated keeps the database busy. */
const WRITES_IN_FLIGHT = 2;

/**
 * Stores batches while the caller prepares the next: `submit` waits only until fewer than
 * WRITES_IN_FLIGHT batches are being stored, then starts this one and returns. Batches may commit
 * out of order; each is complete on its own (workers, history, events, errors, counters, number).
 */
class PipelinedWriter {
  private readonly pending = new Set<Promise<ImportBatchOutcome>>();
  private failure?: unknown;

  constructor(private readonly write: (batch: ImportBatch) => Promise<ImportBatchOutcome>) {}

  async submit(batch: ImportBatch): Promise<void> {
    while (this.pending.size >= WRITES_IN_FLIGHT) await Promise.race(this.pending);
    if (this.failure !== undefined) throw this.failure;
    const write = this.write(batch);
    this.pending.add(write);
    write.then(
      () => this.pending.delete(write),
      (error: unknown) => {
        this.pending.delete(write);
        this.failure ??= error;
      },
    );
  }

  /** Waits for every batch; rethrows the first failure. */
  async drain(): Promise<void> {
    await Promise.allSettled(this.pending);
    if (this.failure !== undefined) throw this.failure;
  }

  /** Waits for every batch, ignoring failures (the caller decides on the first one). */
  async settle(): Promise<void> {
    await Promise.allSettled(this.pending);
  }
}

/** Neither a rule the file broke nor a stop of the service: a fault to log in full. */
function isUnexpected(error: unknown): boolean {
  return !(error instanceof DomainError || error instanceof ImportInterruptedError);
}

/** A failure reason fit for the job record: a domain error's own words, else a generic line. */
function reasonOf(error: unknown): string {
  if (error instanceof DomainError) return `${error.code}: ${error.message}`;
  return 'an unexpected error stopped the import; rows stored so far stay enrolled (see the service log)';
}
