import type { NewEvent } from '@jaring/messaging';
import type { ImportHeaderProblem, ImportRowError, KnownWorker, LocalDate, Worker } from '../../domain';
import type { ImportFileFormat } from './import-file.reader';

export type ImportJobStatus = 'queued' | 'running' | 'completed' | 'failed';

export interface ImportJobFilter {
  status?: ImportJobStatus;
  tenant?: string;
  limit: number;
  offset: number;
}

export interface ImportJob {
  readonly id: string;
  readonly sponsorId: string;
  readonly tenant: string;
  readonly fileSha256: string;
  readonly fileFormat: ImportFileFormat;
  readonly fileBytes: number;
  readonly defaultEnrolmentDate?: LocalDate;
  /**
   * Set when an enrolment supervisor uploaded the file approving enrolment dates before the
   * window (ENROLMENT_DATE_BACKDATED); the uploader (createdBy) is the approver.
   */
  readonly backdatingReason?: string;
  readonly status: ImportJobStatus;
  /** Counted before the rows are read; null until then. */
  readonly totalRows: number | null;
  readonly processedRows: number;
  readonly acceptedRows: number;
  readonly rejectedRows: number;
  /** Accepted rows flagged as probable duplicates of another worker. */
  readonly flaggedRows: number;
  /** Header problems that did not stop the import (unknown columns). */
  readonly warnings: readonly ImportHeaderProblem[];
  readonly failureReason?: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
}

export type NewImportJob = Pick<
  ImportJob,
  | 'id'
  | 'sponsorId'
  | 'tenant'
  | 'fileSha256'
  | 'fileFormat'
  | 'fileBytes'
  | 'defaultEnrolmentDate'
  | 'backdatingReason'
  | 'warnings'
  | 'createdBy'
>;

/** A row that passed validation and deduplication, ready to store. */
export interface AcceptedImportRow {
  readonly rowNumber: number;
  readonly worker: Worker;
  readonly events: NewEvent<object>[];
  /** Recorded instead, if another request enrolled the same NIK after the row was judged. */
  readonly ifNikTaken: ImportRowError;
}

export interface ImportBatch {
  /** Position of the batch in the file (0 = the first `batchSize` rows): a resumed job skips committed ones. */
  readonly batchNo: number;
  readonly accepted: readonly AcceptedImportRow[];
  /** Every problem of every rejected row. */
  readonly errors: readonly ImportRowError[];
  /** Rows read in this batch, accepted or not. */
  readonly rows: number;
  /**
   * Report position of this batch's first error. Each batch reserves one position per error and
   * per accepted row (which may still be refused when stored), so batches can be stored
   * concurrently and the report still reads in row order.
   */
  readonly firstErrorSeq: number;
}

export interface ImportBatchOutcome {
  readonly accepted: number;
  readonly rejected: number;
}

export abstract class ImportJobRepository {
  /**
   * Creates the job as queued, unless the same file was already imported (or is being imported)
   * for this sponsor: then that job is returned with `created: false`.
   */
  abstract create(job: NewImportJob): Promise<{ job: ImportJob; created: boolean }>;
  abstract findById(id: string): Promise<ImportJob | null>;
  /** Jobs newest first, optionally of one status and one regency. */
  abstract list(filter: ImportJobFilter): Promise<{ items: ImportJob[]; total: number }>;
  /**
   * Marks the job running under this attempt of the job queue; false when a newer attempt holds it
   * already (this one must stop). From then on only this attempt's batches are stored.
   */
  abstract claim(id: string, attempt: number, totalRows: number, at: Date): Promise<boolean>;
  /** Numbers of the batches of this job already committed (by any attempt). */
  abstract committedBatches(id: string): Promise<ReadonlySet<number>>;
  /**
   * Workers already stored with any of these NIKs or duplicate keys, except those this import
   * stored itself (a resumed job judges its earlier rows again exactly as the first attempt did).
   */
  abstract findKnownWorkers(
    niks: readonly string[],
    duplicateKeys: readonly string[],
    exceptImport: string,
  ): Promise<KnownWorker[]>;
  /**
   * Stores one batch in ONE transaction: the accepted workers (set-based inserts, never row by
   * row), their status history and outbox events, the row errors, the job's counters and the
   * batch's number. Throws ImportAttemptSupersededError, storing nothing, when a newer attempt
   * holds the job or this batch was committed already.
   */
  abstract writeBatch(jobId: string, attempt: number, batch: ImportBatch): Promise<ImportBatchOutcome>;
  abstract finish(
    id: string,
    outcome: { status: 'completed' | 'failed'; failureReason?: string },
    at: Date,
  ): Promise<void>;
  /** The job's row errors in row order, in pages. */
  abstract errors(id: string): AsyncIterable<ImportRowError[]>;
  /** Ids of the jobs still queued or running (to queue again a job whose queueing was cut off). */
  abstract unfinished(): Promise<string[]>;
}

/** Another attempt of the job queue works on this import now, or stored this batch already. */
export class ImportAttemptSupersededError extends Error {
  constructor(readonly importId: string) {
    super(`import ${importId} is being worked on by a newer attempt`);
    this.name = 'ImportAttemptSupersededError';
  }
}
