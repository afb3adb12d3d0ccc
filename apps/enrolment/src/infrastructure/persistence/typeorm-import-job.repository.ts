import { tenantCondition } from '@jaring/auth';
import { appendAudit } from '@jaring/audit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '@jaring/messaging';
import { maskPersonalData } from '@jaring/observability';
import { retryOnTransactionConflict } from '@jaring/persistence';
import type { ImportFileFormat } from '../../application/ports/import-file.reader';
import {
  ImportAttemptSupersededError,
  ImportJobRepository,
  type ImportBatch,
  type ImportBatchOutcome,
  type ImportJob,
  type ImportJobFilter,
  type ImportJobStatus,
  type NewImportJob,
} from '../../application/ports/import-job.repository';
import type { ImportHeaderProblem, ImportRowError, KnownWorker } from '../../domain';
import { findKnownWorkers } from './typeorm-worker.repository';
import { workerAudit } from './worker-audit';
import { copyNewWorkers } from './worker-tables';

interface JobRow {
  id: string;
  sponsor_id: string;
  tenant: string;
  file_sha256: string;
  file_format: string;
  file_bytes: number;
  default_enrolment_date: string | null;
  backdating_reason: string | null;
  status: string;
  total_rows: number | null;
  processed_rows: number;
  accepted_rows: number;
  rejected_rows: number;
  flagged_rows: number;
  warnings: ImportHeaderProblem[];
  failure_reason: string | null;
  created_by: string;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

const JOB_COLUMNS = `id, sponsor_id, tenant, file_sha256, file_format, file_bytes,
  default_enrolment_date::text AS default_enrolment_date, backdating_reason, status, total_rows, processed_rows, accepted_rows,
  rejected_rows, flagged_rows, warnings, failure_reason, created_by, created_at, started_at, finished_at`;

/** Error rows read per query when the report is streamed. */
const ERROR_PAGE = 5_000;

@Injectable()
export class TypeormImportJobRepository extends ImportJobRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {
    super();
  }

  async create(job: NewImportJob): Promise<{ job: ImportJob; created: boolean }> {
    const inserted = await this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO import_job (id, sponsor_id, tenant, file_sha256, file_format, file_bytes, default_enrolment_date,
                                 backdating_reason, status, warnings, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'queued', $9::jsonb, $10)
         ON CONFLICT (sponsor_id, file_sha256) WHERE status <> 'failed' DO NOTHING
         RETURNING id`,
        [
          job.id,
          job.sponsorId,
          job.tenant,
          job.fileSha256,
          job.fileFormat,
          job.fileBytes,
          job.defaultEnrolmentDate ?? null,
          job.backdatingReason ?? null,
          JSON.stringify(job.warnings),
          job.createdBy,
        ],
      );
      if (rows.length > 0 && job.backdatingReason !== undefined) {
        // The approval of backdated rows is the supervisor's upload itself: the audit log names them.
        await appendAudit(manager, [
          {
            action: 'ImportApprovedAsBackdated',
            entityType: 'import-job',
            entityId: job.id,
            after: { tenant: job.tenant, fileSha256: job.fileSha256, approvedBy: job.createdBy },
            reason: job.backdatingReason,
          },
        ]);
      }
      return rows;
    });
    if (inserted.length > 0) return { job: (await this.findById(job.id)) as ImportJob, created: true };
    const rows: JobRow[] = await this.dataSource.query(
      `SELECT ${JOB_COLUMNS} FROM import_job WHERE sponsor_id = $1 AND file_sha256 = $2 AND status <> 'failed'`,
      [job.sponsorId, job.fileSha256],
    );
    if (!rows[0]) return this.create(job); // the earlier job failed in between: this upload may run
    return { job: toJob(rows[0]), created: false };
  }

  /** Jobs of the current tenant scope only. */
  async findById(id: string): Promise<ImportJob | null> {
    const tenant = tenantCondition('tenant', 2);
    const rows: JobRow[] = await this.dataSource.query(
      `SELECT ${JOB_COLUMNS} FROM import_job WHERE id = $1 AND ${tenant.sql}`,
      [id, tenant.value],
    );
    return rows[0] ? toJob(rows[0]) : null;
  }

  async list(filter: ImportJobFilter): Promise<{ items: ImportJob[]; total: number }> {
    const where = `WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR tenant = $2)`;
    const parameters = [filter.status ?? null, filter.tenant ?? null];
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM import_job ${where}`,
      parameters,
    );
    const rows: JobRow[] = await this.dataSource.query(
      `SELECT ${JOB_COLUMNS} FROM import_job ${where} ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`,
      [...parameters, filter.limit, filter.offset],
    );
    return { items: rows.map(toJob), total };
  }

  async claim(id: string, attempt: number, totalRows: number, at: Date): Promise<boolean> {
    const [, affected]: [unknown[], number] = await this.dataSource.query(
      `UPDATE import_job SET status = 'running', total_rows = $3, started_at = coalesce(started_at, $4), attempt = $2
        WHERE id = $1 AND attempt <= $2 AND status IN ('queued', 'running')`,
      [id, attempt, totalRows, at],
    );
    return affected > 0;
  }

  async committedBatches(id: string): Promise<ReadonlySet<number>> {
    const rows: { batch_no: number }[] = await this.dataSource.query(
      `SELECT batch_no FROM import_batch WHERE import_id = $1`,
      [id],
    );
    return new Set(rows.map((row) => row.batch_no));
  }

  findKnownWorkers(
    niks: readonly string[],
    duplicateKeys: readonly string[],
    exceptImport: string,
  ): Promise<KnownWorker[]> {
    return findKnownWorkers(this.dataSource.manager, niks, duplicateKeys, exceptImport);
  }

  async writeBatch(jobId: string, attempt: number, batch: ImportBatch): Promise<ImportBatchOutcome> {
    // Two imports with the same NIKs in another order (two replicas) can deadlock; the loser runs
    // its batch again and then finds those NIKs enrolled, instead of failing its whole job.
    return retryOnTransactionConflict(() => this.writeBatchOnce(jobId, attempt, batch));
  }

  private writeBatchOnce(jobId: string, attempt: number, batch: ImportBatch): Promise<ImportBatchOutcome> {
    return this.dataSource.transaction(async (manager) => {
      // First: the job row stays locked to this transaction, so a newer attempt's claim waits for
      // it and this attempt's later batches see that claim.
      const [, owned]: [unknown[], number] = await manager.query(
        `UPDATE import_job SET attempt = attempt WHERE id = $1 AND attempt = $2 AND status = 'running'`,
        [jobId, attempt],
      );
      if (owned === 0) throw new ImportAttemptSupersededError(jobId);
      const recorded: unknown[] = await manager.query(
        `INSERT INTO import_batch (import_id, batch_no) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING batch_no`,
        [jobId, batch.batchNo],
      );
      // Committed already (a commit whose answer was lost, then retried): nothing more to store.
      if (recorded.length === 0) return { accepted: 0, rejected: 0 };
      const inserted = await copyNewWorkers(
        manager,
        batch.accepted.map((row) => row.worker.toSnapshot()),
        jobId,
      );
      const stored = batch.accepted.filter((row) => inserted.has(row.worker.id));
      const events = stored.flatMap((row) => row.events);
      await this.outbox.stage(manager, events);
      await appendAudit(
        manager,
        workerAudit(
          stored.map((row) => ({ after: row.worker.toSnapshot() })),
          events,
        ),
      );
      const errors = [
        ...batch.errors,
        ...batch.accepted.filter((row) => !inserted.has(row.worker.id)).map((row) => row.ifNikTaken),
      ].sort((a, b) => a.row - b.row);
      const rejected = new Set(errors.map((error) => error.row)).size;
      const flagged = stored.filter((row) => row.worker.flaggedAsProbableDuplicate).length;

      // Row errors (numbered from the batch's reserved position) and the progress counters: one statement.
      await manager.query(
        `WITH errors AS (
           INSERT INTO import_row_error (import_id, seq, row_number, field, code, message)
           SELECT $1, $7::int + e.position - 1, e."row", e.field, e.code, e.message
             FROM ROWS FROM (json_to_recordset($2::json) AS ("row" int, field text, code text, message text))
                  WITH ORDINALITY AS e ("row", field, code, message, position)
         )
         UPDATE import_job
            SET processed_rows = processed_rows + $3, accepted_rows = accepted_rows + $4,
                rejected_rows = rejected_rows + $5, flagged_rows = flagged_rows + $6
          WHERE id = $1`,
        [
          jobId,
          // The domain never puts a full NIK in a message; masking again costs little and guards the report.
          JSON.stringify(errors.map((error) => ({ ...error, message: maskPersonalData(error.message) }))),
          batch.rows,
          stored.length,
          rejected,
          flagged,
          batch.firstErrorSeq,
        ],
      );
      return { accepted: stored.length, rejected };
    });
  }

  async finish(
    id: string,
    outcome: { status: 'completed' | 'failed'; failureReason?: string },
    at: Date,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_job
          SET status = $2, failure_reason = $3, finished_at = $4,
              total_rows = CASE WHEN $2 = 'completed' THEN processed_rows ELSE total_rows END
        WHERE id = $1`,
      [id, outcome.status, outcome.failureReason ?? null, at],
    );
  }

  async *errors(id: string): AsyncIterable<ImportRowError[]> {
    for (let after = 0; ;) {
      const rows: { seq: number; row_number: number; field: string; code: string; message: string }[] =
        await this.dataSource.query(
          `SELECT seq, row_number, field, code, message FROM import_row_error
            WHERE import_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
          [id, after, ERROR_PAGE],
        );
      if (rows.length === 0) return;
      yield rows.map((row) => ({ row: row.row_number, field: row.field, code: row.code, message: row.message }));
      after = rows[rows.length - 1].seq;
    }
  }

  async unfinished(): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM import_job WHERE status IN ('queued', 'running') ORDER BY created_at`,
    );
    return rows.map((row) => row.id);
  }
}

function toJob(row: JobRow): ImportJob {
  return {
    id: row.id,
    sponsorId: row.sponsor_id,
    tenant: row.tenant,
    fileSha256: row.file_sha256,
    fileFormat: row.file_format as ImportFileFormat,
    fileBytes: row.file_bytes,
    ...(row.default_enrolment_date === null ? {} : { defaultEnrolmentDate: row.default_enrolment_date }),
    ...(row.backdating_reason === null ? {} : { backdatingReason: row.backdating_reason }),
    status: row.status as ImportJobStatus,
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    acceptedRows: row.accepted_rows,
    rejectedRows: row.rejected_rows,
    flaggedRows: row.flagged_rows,
    warnings: row.warnings,
    ...(row.failure_reason === null ? {} : { failureReason: row.failure_reason }),
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    ...(row.started_at === null ? {} : { startedAt: row.started_at.toISOString() }),
    ...(row.finished_at === null ? {} : { finishedAt: row.finished_at.toISOString() }),
  };
}
