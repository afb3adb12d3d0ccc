import { runWithAuditContext } from '@jaring/audit';
import { DomainError, NotFoundError } from '@jaring/kernel';
import { Clock } from '../ports/clock';
import { ImportFileReader, type ImportFile, type RawImportRow } from '../ports/import-file.reader';
import {
  ImportJobRepository,
  type ImportBatch,
  type ImportBatchOutcome,
  type ImportJob,
} from '../ports/import-job.repository';
import { ImportSettings } from '../ports/import-settings';
import { ReferenceData } from '../ports/reference-data';
import { SponsorRepository } from '../ports/sponsor.repository';
import { ImportSession } from './import-session';

/** Thrown between batches when the process is shutting down. */
export class ImportInterruptedError extends Error {
  constructor() {
    super('the service stopped while the file was being imported; rows stored so far stay enrolled');
    this.name = 'ImportInterruptedError';
  }
}

/**
 * Runs one queued import: counts the rows (progress total), streams them in batches, validates and
 * deduplicates each batch (ImportSession) and stores it in one transaction with its outbox events
 * and row errors (ImportJobRepository.writeBatch). While batch N is written, batch N+1 is parsed
 * and validated, so the database and the validation work side by side. Ends with the job completed,
 * or failed with a reason that carries no personal data; rows stored before a failure stay.
 */
export class RunWorkerImportHandler {
  constructor(
    private readonly jobs: ImportJobRepository,
    private readonly reader: ImportFileReader,
    private readonly sponsors: SponsorRepository,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
    private readonly settings: ImportSettings,
  ) {}

  /**
   * Returns the finished job; an unexpected error is recorded on the job, then thrown to be logged.
   * The workers it enrols are audited as the uploading officer's (only an enrolment-officer may
   * upload), under the import's id.
   */
  async execute(jobId: string, file: ImportFile, signal?: AbortSignal): Promise<ImportJob> {
    const job = await this.jobs.findById(jobId);
    if (!job) throw new NotFoundError('IMPORT_NOT_FOUND', `no import ${jobId}`, 'id');
    const uploader = { subject: job.createdBy, roles: ['enrolment-officer'] };
    return runWithAuditContext({ actor: uploader, requestId: job.id }, () => this.runJob(job, file, signal));
  }

  private async runJob(job: ImportJob, file: ImportFile, signal?: AbortSignal): Promise<ImportJob> {
    const jobId = job.id;
    const writer = new PipelinedWriter((batch) => this.jobs.writeBatch(job.id, batch));
    try {
      await this.run(job, file, writer, signal);
      await writer.drain();
      await this.jobs.finish(jobId, { status: 'completed' }, this.clock.now());
    } catch (error) {
      await writer.settle();
      await this.jobs.finish(jobId, { status: 'failed', failureReason: reasonOf(error) }, this.clock.now());
      // The job names the service log for an unexpected cause: the caller logs it from here.
      if (isUnexpected(error)) throw error;
    }
    return (await this.jobs.findById(jobId)) as ImportJob;
  }

  private async run(job: ImportJob, file: ImportFile, writer: PipelinedWriter, signal?: AbortSignal): Promise<void> {
    const sponsor = await this.sponsors.findById(job.sponsorId);
    if (!sponsor) throw new NotFoundError('SPONSOR_NOT_FOUND', 'the sponsor of this import no longer exists');
    const total = await this.reader.countRows(file);
    if (total > this.settings.maxRows) {
      throw new DomainError(
        'IMPORT_TOO_MANY_ROWS',
        `the file has ${total} rows; at most ${this.settings.maxRows} can be imported at once: split it`,
      );
    }
    await this.jobs.markRunning(job.id, total, this.clock.now());

    const session = new ImportSession(
      {
        sponsor,
        regions: this.reference.regions,
        regencyCodes: this.reference.regencyCodes,
        banks: this.reference.banks,
        today: this.clock.today(),
        ...(job.defaultEnrolmentDate === undefined ? {} : { defaultEnrolmentDate: job.defaultEnrolmentDate }),
      },
      { actor: job.createdBy, at: this.clock.now().toISOString() },
      job.id,
      (niks, keys) => this.jobs.findKnownWorkers(niks, keys),
    );
    const store = async (rows: RawImportRow[]): Promise<void> => {
      const batch = await session.prepare(rows);
      if (signal?.aborted) throw new ImportInterruptedError();
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
 * out of order; each is complete on its own (workers, history, events, errors, counters).
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

  /** Waits for every batch, ignoring failures (the job is being marked failed anyway). */
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
  if (error instanceof ImportInterruptedError) return error.message;
  return 'an unexpected error stopped the import; rows stored so far stay enrolled (see the service log)';
}
