import { ConflictError, NotFoundError } from '@jaring/kernel';
import type { NewEvent } from '@jaring/messaging';
import {
  DuplicateNikError,
  KEMENDAGRI_REGENCY_CODES,
  parseCsv,
  Worker,
  type ImportRowError,
  type KnownWorker,
  type LocalDate,
  type Sponsor,
  type WorkerSnapshot,
} from '../../domain';
import { aSponsor, polewaliMandarDirectory, seedBankDirectory } from '../../domain/testing/enrolment.builders';
import {
  BackdatedEnrolmentRepository,
  type BackdatedEnrolment,
  type BackdatedEnrolmentStatus,
  type BackdatingDecision,
} from '../ports/backdated-enrolment.repository';
import { Clock } from '../ports/clock';
import type { EnrolmentWindowSettings } from '../ports/enrolment-window.settings';
import {
  ImportFileReader,
  importFileOf,
  wholeContent,
  type ImportFile,
  type RawImportRow,
} from '../ports/import-file.reader';
import { ImportFileStore } from '../ports/import-file.store';
import {
  ImportAttemptSupersededError,
  ImportJobRepository,
  type ImportBatch,
  type ImportBatchOutcome,
  type ImportJob,
  type ImportJobFilter,
  type NewImportJob,
} from '../ports/import-job.repository';
import { ImportQueue } from '../ports/import-queue';
import { ReferenceData } from '../ports/reference-data';
import { SponsorRepository } from '../ports/sponsor.repository';
import type { Transaction } from '../ports/transaction';
import {
  WorkerRepository,
  type Page,
  type WorkerChange,
  type WorkerSearchCriteria,
  type WorkerSummary,
} from '../ports/worker.repository';

/** In-memory adapters of the application's ports, for fast tests of the use cases. */

/**
 * An enrolment window reaching back to July 2025 from FixedClock's default day (2026-01-15): for
 * tests of other rules that enrol workers from the builders' 2025 dates.
 */
export const SIX_MONTHS_GRACE: EnrolmentWindowSettings = { backdatingGraceMonths: 6, maxDaysAhead: 90 };

export class FixedClock extends Clock {
  constructor(
    public instant = new Date('2026-01-15T02:00:00.000Z'),
    public day: LocalDate = '2026-01-15',
  ) {
    super();
  }

  now(): Date {
    return this.instant;
  }

  today(): LocalDate {
    return this.day;
  }
}

export class TestReferenceData extends ReferenceData {
  readonly regions = polewaliMandarDirectory();
  readonly regencyCodes = KEMENDAGRI_REGENCY_CODES;
  readonly banks = seedBankDirectory();
}

export class InMemorySponsorRepository extends SponsorRepository {
  readonly sponsors = new Map<string, Sponsor>();

  constructor(...sponsors: Sponsor[]) {
    super();
    for (const sponsor of sponsors.length > 0 ? sponsors : [aSponsor()]) this.sponsors.set(sponsor.id, sponsor);
  }

  async findById(id: string): Promise<Sponsor | null> {
    return this.sponsors.get(id) ?? null;
  }

  async findByTenant(tenant: string): Promise<Sponsor | null> {
    return [...this.sponsors.values()].find((sponsor) => sponsor.tenant === tenant) ?? null;
  }

  async list(): Promise<Sponsor[]> {
    return [...this.sponsors.values()];
  }

  async add(sponsor: Sponsor): Promise<void> {
    if (await this.findByTenant(sponsor.tenant)) throw new ConflictError('SPONSOR_TENANT_TAKEN', 'taken', 'tenant');
    this.sponsors.set(sponsor.id, sponsor);
  }
}

/** Workers as snapshots, and every event "committed" with them, in order. */
export class InMemoryWorkerRepository extends WorkerRepository {
  readonly workers = new Map<string, WorkerSnapshot>();
  readonly events: NewEvent<object>[] = [];
  readonly transactionsSeen: Transaction[] = [];

  async findDuplicateCandidates(lookup: { nik: string; duplicateKey: string }): Promise<KnownWorker[]> {
    return this.known().filter((worker) => worker.nik === lookup.nik || worker.duplicateKey === lookup.duplicateKey);
  }

  known(): KnownWorker[] {
    return [...this.workers.values()].map((w) => ({ workerId: w.workerId, nik: w.nik, duplicateKey: w.duplicateKey }));
  }

  async add(worker: Worker, events: NewEvent<object>[], transaction?: Transaction): Promise<void> {
    if (transaction) this.transactionsSeen.push(transaction);
    const taken = [...this.workers.values()].find((stored) => stored.nik === worker.nik);
    if (taken) throw new DuplicateNikError(worker.nik, taken.workerId);
    this.workers.set(worker.id, worker.toSnapshot());
    this.events.push(...events);
  }

  async findById(id: string): Promise<Worker | null> {
    const snapshot = this.workers.get(id);
    return snapshot ? Worker.fromSnapshot(snapshot) : null;
  }

  async update(id: string, change: WorkerChange, transaction?: Transaction): Promise<Worker> {
    if (transaction) this.transactionsSeen.push(transaction);
    const snapshot = this.workers.get(id);
    if (!snapshot) throw new NotFoundError('WORKER_NOT_FOUND', `no worker ${id}`, 'id');
    const worker = Worker.fromSnapshot(snapshot);
    const events = change(worker);
    if (events.length > 0) {
      this.workers.set(id, worker.toSnapshot());
      this.events.push(...events);
    }
    return worker;
  }

  async updatePendingDue(day: LocalDate, limit: number, change: WorkerChange): Promise<number> {
    const due = [...this.workers.values()]
      .filter((worker) => worker.status === 'pending' && worker.coverageStartDate <= day)
      .slice(0, limit);
    let changed = 0;
    for (const snapshot of due) {
      const worker = Worker.fromSnapshot(snapshot);
      const events = change(worker);
      if (events.length === 0) continue;
      this.workers.set(worker.id, worker.toSnapshot());
      this.events.push(...events);
      changed += 1;
    }
    return changed;
  }

  async search(criteria: WorkerSearchCriteria): Promise<Page<WorkerSummary>> {
    const matching = [...this.workers.values()]
      .filter((w) => criteria.nik === undefined || w.nik === criteria.nik)
      .filter(
        (w) =>
          criteria.namePrefix === undefined || w.fullName.toLowerCase().startsWith(criteria.namePrefix.toLowerCase()),
      )
      .filter((w) => criteria.desaCode === undefined || w.desaCode === criteria.desaCode)
      .filter((w) => criteria.status === undefined || w.status === criteria.status)
      .sort((a, b) => a.fullName.localeCompare(b.fullName));
    const start = (criteria.page - 1) * criteria.pageSize;
    return {
      items: matching.slice(start, start + criteria.pageSize).map((w) => ({
        id: w.workerId,
        tenant: w.tenant,
        nik: w.nik,
        fullName: w.fullName,
        birthDate: w.birthDate,
        sex: w.sex,
        desaCode: w.desaCode,
        occupation: w.occupation,
        status: w.status,
        coverageStartDate: w.coverageStartDate,
        flaggedAsProbableDuplicate: w.probableDuplicateOf.length > 0,
      })),
      total: matching.length,
      page: criteria.page,
      pageSize: criteria.pageSize,
    };
  }

  eventTypes(): string[] {
    return this.events.map((event) => event.definition.type);
  }
}

/** Import jobs, with the stored workers kept in the worker repository it is given. */
export class InMemoryImportJobRepository extends ImportJobRepository {
  readonly jobs = new Map<string, ImportJob>();
  readonly errorRows = new Map<string, { seq: number; error: ImportRowError }[]>();
  /** Every job state written, to check progress. */
  readonly progress: ImportJob[] = [];
  /** NIKs "enrolled by another request" between judging and storing, to test that race. */
  readonly takenMeanwhile = new Set<string>();
  /** Committed batch numbers and the attempt holding each job. */
  readonly batches = new Map<string, Set<number>>();
  readonly attempts = new Map<string, number>();
  /** The import that stored each worker. */
  private readonly importOf = new Map<string, string>();
  failNextWrite?: Error;

  constructor(readonly workers: InMemoryWorkerRepository) {
    super();
  }

  async create(job: NewImportJob): Promise<{ job: ImportJob; created: boolean }> {
    const same = [...this.jobs.values()].find(
      (existing) =>
        existing.sponsorId === job.sponsorId && existing.fileSha256 === job.fileSha256 && existing.status !== 'failed',
    );
    if (same) return { job: same, created: false };
    const created: ImportJob = {
      ...job,
      status: 'queued',
      totalRows: null,
      processedRows: 0,
      acceptedRows: 0,
      rejectedRows: 0,
      flaggedRows: 0,
      createdAt: '2026-01-15T02:00:00.000Z',
    };
    this.set(created);
    return { job: created, created: true };
  }

  async findById(id: string): Promise<ImportJob | null> {
    return this.jobs.get(id) ?? null;
  }

  async list(filter: ImportJobFilter): Promise<{ items: ImportJob[]; total: number }> {
    const matching = [...this.jobs.values()]
      .filter(
        (job) => (!filter.status || job.status === filter.status) && (!filter.tenant || job.tenant === filter.tenant),
      )
      .reverse();
    return { items: matching.slice(filter.offset, filter.offset + filter.limit), total: matching.length };
  }

  async claim(id: string, attempt: number, totalRows: number, at: Date): Promise<boolean> {
    const job = this.get(id);
    if ((this.attempts.get(id) ?? -1) > attempt || !['queued', 'running'].includes(job.status)) return false;
    this.attempts.set(id, attempt);
    this.set({ ...job, status: 'running', totalRows, startedAt: job.startedAt ?? at.toISOString() });
    return true;
  }

  async committedBatches(id: string): Promise<ReadonlySet<number>> {
    return new Set(this.batches.get(id));
  }

  async findKnownWorkers(
    niks: readonly string[],
    keys: readonly string[],
    exceptImport: string,
  ): Promise<KnownWorker[]> {
    return this.workers
      .known()
      .filter((worker) => this.importOf.get(worker.workerId) !== exceptImport)
      .filter((worker) => niks.includes(worker.nik) || keys.includes(worker.duplicateKey));
  }

  async writeBatch(jobId: string, attempt: number, batch: ImportBatch): Promise<ImportBatchOutcome> {
    if (this.failNextWrite) {
      const error = this.failNextWrite;
      this.failNextWrite = undefined;
      throw error;
    }
    if (this.attempts.get(jobId) !== attempt) throw new ImportAttemptSupersededError(jobId);
    const committed = this.batches.get(jobId) ?? new Set<number>();
    if (committed.has(batch.batchNo)) return { accepted: 0, rejected: 0 };
    this.batches.set(jobId, committed.add(batch.batchNo));
    const stored = batch.accepted.filter((row) => !this.takenMeanwhile.has(row.worker.nik));
    for (const row of stored) {
      await this.workers.add(row.worker, row.events);
      this.importOf.set(row.worker.id, jobId);
    }
    const errors = [
      ...batch.errors,
      ...batch.accepted.filter((row) => !stored.includes(row)).map((row) => row.ifNikTaken),
    ].sort((a, b) => a.row - b.row);
    const list = this.errorRows.get(jobId) ?? [];
    errors.forEach((error, index) => list.push({ seq: batch.firstErrorSeq + index, error }));
    this.errorRows.set(jobId, list);
    const rejected = new Set(errors.map((error) => error.row)).size;
    const job = this.get(jobId);
    this.set({
      ...job,
      processedRows: job.processedRows + batch.rows,
      acceptedRows: job.acceptedRows + stored.length,
      rejectedRows: job.rejectedRows + rejected,
      flaggedRows: job.flaggedRows + stored.filter((row) => row.worker.flaggedAsProbableDuplicate).length,
    });
    return { accepted: stored.length, rejected };
  }

  async finish(
    id: string,
    outcome: { status: 'completed' | 'failed'; failureReason?: string },
    at: Date,
  ): Promise<void> {
    const job = this.get(id);
    this.set({
      ...job,
      status: outcome.status,
      ...(outcome.failureReason === undefined ? {} : { failureReason: outcome.failureReason }),
      ...(outcome.status === 'completed' ? { totalRows: job.processedRows } : {}),
      finishedAt: at.toISOString(),
    });
  }

  async *errors(id: string): AsyncIterable<ImportRowError[]> {
    yield [...(this.errorRows.get(id) ?? [])].sort((a, b) => a.seq - b.seq).map((entry) => entry.error);
  }

  async unfinished(): Promise<string[]> {
    return [...this.jobs.values()].filter((job) => ['queued', 'running'].includes(job.status)).map((job) => job.id);
  }

  private get(id: string): ImportJob {
    const job = this.jobs.get(id);
    if (!job) throw new Error(`no job ${id}`);
    return job;
  }

  private set(job: ImportJob): void {
    this.jobs.set(job.id, job);
    this.progress.push(job);
  }
}

/** Reads CSV uploads with the domain's parser, in chunks of `chunk` rows. */
export class CsvTextReader extends ImportFileReader {
  constructor(private readonly chunk = 7) {
    super();
  }

  /** Small test files; the limits are the real reader's (spreadsheet-import.reader.spec.ts). */
  async checkLimits(): Promise<void> {}

  async readHeader(file: ImportFile): Promise<string[]> {
    return [...parseCsv((await wholeContent(file)).toString('utf8')).header];
  }

  async countRows(file: ImportFile): Promise<number> {
    return parseCsv((await wholeContent(file)).toString('utf8')).rows.length;
  }

  async *rows(file: ImportFile): AsyncIterable<RawImportRow[]> {
    const rows = parseCsv((await wholeContent(file)).toString('utf8')).rows.map((row) => ({
      rowNumber: row.lineNumber,
      record: row.record,
    }));
    for (let start = 0; start < rows.length; start += this.chunk) yield rows.slice(start, start + this.chunk);
  }
}

export class RecordingImportQueue extends ImportQueue {
  readonly queued: string[] = [];

  constructor(
    private readonly files: InMemoryImportFileStore = new InMemoryImportFileStore(),
    private readonly maxQueuedBytes = Number.POSITIVE_INFINITY,
  ) {
    super();
  }

  async hasRoomFor(bytes: number): Promise<boolean> {
    return (await this.files.storedBytes()) + bytes <= this.maxQueuedBytes;
  }

  async enqueue(importId: string): Promise<void> {
    this.queued.push(importId);
  }
}

export class InMemoryImportFileStore extends ImportFileStore {
  readonly files = new Map<string, Buffer>();

  async put(importId: string, file: ImportFile): Promise<void> {
    this.files.set(importId, await wholeContent(file));
  }

  async get(importId: string): Promise<ImportFile | null> {
    const content = this.files.get(importId);
    return content ? importFileOf(content) : null;
  }

  async storedBytes(): Promise<number> {
    return [...this.files.values()].reduce((sum, content) => sum + content.length, 0);
  }

  async remove(importId: string): Promise<void> {
    this.files.delete(importId);
  }
}

export const ORIGIN = { correlationId: 'request-1', causationId: 'request-1' };

/** Backdated enrolments in memory; an approval enrols in a stand-in transaction, as the adapter does in its own. */
export class InMemoryBackdatedEnrolmentRepository extends BackdatedEnrolmentRepository {
  readonly requests = new Map<string, BackdatedEnrolment>();

  async add(request: BackdatedEnrolment): Promise<void> {
    this.requests.set(request.id, request);
  }

  async findById(id: string): Promise<BackdatedEnrolment | null> {
    return this.requests.get(id) ?? null;
  }

  async list(filter: { status?: BackdatedEnrolmentStatus; limit: number; offset: number }) {
    const items = [...this.requests.values()].filter(
      (request) => filter.status === undefined || request.status === filter.status,
    );
    return { items: items.slice(filter.offset, filter.offset + filter.limit), total: items.length };
  }

  async approve(
    id: string,
    decision: BackdatingDecision,
    enrol: (transaction: Transaction) => Promise<string>,
  ): Promise<BackdatedEnrolment> {
    const workerId = await enrol({ kind: 'transaction' });
    return this.decide(id, { status: 'approved', decision, workerId });
  }

  async refuse(id: string, decision: BackdatingDecision): Promise<BackdatedEnrolment> {
    return this.decide(id, { status: 'refused', decision });
  }

  private decide(id: string, outcome: Partial<BackdatedEnrolment>): BackdatedEnrolment {
    const request = this.requests.get(id);
    if (request?.status !== 'pending-backdating-approval') {
      throw new ConflictError('BACKDATED_ENROLMENT_ALREADY_DECIDED', 'decided meanwhile');
    }
    const decided = { ...request, ...outcome };
    this.requests.set(id, decided);
    return decided;
  }
}
