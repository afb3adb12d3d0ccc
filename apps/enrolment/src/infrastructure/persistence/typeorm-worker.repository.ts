import { tenantCondition } from '@jaring/auth';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '@jaring/audit';
import { NotFoundError } from '@jaring/kernel';
import { escapeLike } from '@jaring/persistence';
import { Outbox, type NewEvent } from '@jaring/messaging';
import type { Transaction } from '../../application/ports/transaction';
import {
  WorkerRepository,
  type Page,
  type WorkerChange,
  type WorkerSearchCriteria,
  type WorkerSummary,
} from '../../application/ports/worker.repository';
import { DuplicateNikError, Worker, type KnownWorker, type LocalDate, type WorkerStatus } from '../../domain';
import { managerOf } from './typeorm-transaction';
import { workerAudit } from './worker-audit';
import { insertWorkers, saveChanges, snapshotsOf, WORKER_COLUMNS, type WorkerRow } from './worker-tables';

@Injectable()
export class TypeormWorkerRepository extends WorkerRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {
    super();
  }

  async findDuplicateCandidates(lookup: { nik: string; duplicateKey: string }): Promise<KnownWorker[]> {
    return findKnownWorkers(this.dataSource.manager, [lookup.nik], [lookup.duplicateKey]);
  }

  async add(worker: Worker, events: NewEvent<object>[], transaction?: Transaction): Promise<void> {
    const given = managerOf(transaction);
    const inTransaction = <T>(work: (manager: EntityManager) => Promise<T>) =>
      given ? work(given) : this.dataSource.transaction(work);
    const inserted = await inTransaction(async (manager) => {
      const stored = (await insertWorkers(manager, [worker.toSnapshot()], null)).has(worker.id);
      if (stored) {
        await this.outbox.stage(manager, events);
        await appendAudit(manager, workerAudit([{ after: worker.toSnapshot() }], events));
      }
      return stored;
    });
    if (!inserted) {
      // Another request enrolled the same NIK between our duplicate check and this insert.
      const [existing] = await findKnownWorkers(given ?? this.dataSource.manager, [worker.nik], []);
      throw new DuplicateNikError(worker.nik, existing?.workerId ?? 'unknown');
    }
  }

  /** Workers of the current tenant scope only; another regency's worker is not there. */
  async findById(id: string): Promise<Worker | null> {
    const tenant = tenantCondition('w.tenant', 2);
    const rows: WorkerRow[] = await this.dataSource.query(
      `SELECT ${WORKER_COLUMNS} FROM worker w WHERE w.id = $1 AND ${tenant.sql}`,
      [id, tenant.value],
    );
    const [snapshot] = await snapshotsOf(this.dataSource.manager, rows);
    return snapshot ? Worker.fromSnapshot(snapshot) : null;
  }

  async update(id: string, change: WorkerChange, transaction?: Transaction): Promise<Worker> {
    const given = managerOf(transaction);
    const apply = async (manager: EntityManager): Promise<Worker> => {
      const tenant = tenantCondition('w.tenant', 2);
      const rows: WorkerRow[] = await manager.query(
        `SELECT ${WORKER_COLUMNS} FROM worker w WHERE w.id = $1 AND ${tenant.sql} FOR UPDATE`,
        [id, tenant.value],
      );
      const [before] = await snapshotsOf(manager, rows);
      if (!before) throw new NotFoundError('WORKER_NOT_FOUND', `no worker ${id}`, 'id');
      const worker = Worker.fromSnapshot(before);
      const events = change(worker);
      if (events.length > 0) {
        const changes = [{ before, after: worker.toSnapshot() }];
        await saveChanges(manager, changes);
        await this.outbox.stage(manager, events);
        await appendAudit(manager, workerAudit(changes, events));
      }
      return worker;
    };
    return given ? apply(given) : this.dataSource.transaction(apply);
  }

  async updatePendingDue(day: LocalDate, limit: number, change: WorkerChange): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: WorkerRow[] = await manager.query(
        `SELECT ${WORKER_COLUMNS} FROM worker w
          WHERE w.status = 'pending' AND w.coverage_start_date <= $1::date
          ORDER BY w.coverage_start_date, w.id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [day, limit],
      );
      const befores = await snapshotsOf(manager, rows);
      const changes = [];
      const events: NewEvent<object>[] = [];
      for (const before of befores) {
        const worker = Worker.fromSnapshot(before);
        const caused = change(worker);
        if (caused.length === 0) continue;
        changes.push({ before, after: worker.toSnapshot() });
        events.push(...caused);
      }
      await saveChanges(manager, changes);
      await this.outbox.stage(manager, events);
      await appendAudit(manager, workerAudit(changes, events));
      return changes.length;
    });
  }

  async search(criteria: WorkerSearchCriteria): Promise<Page<WorkerSummary>> {
    const tenant = tenantCondition('w.tenant', 1);
    const conditions: string[] = [tenant.sql];
    const parameters: unknown[] = [tenant.value];
    const where = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(condition(`$${parameters.length}`));
    };
    if (criteria.nik !== undefined) where((p) => `w.nik = ${p}::bpchar`, criteria.nik);
    // lower(full_name) LIKE 'prefix%' is served by the text_pattern_ops index worker_name_prefix.
    if (criteria.namePrefix !== undefined)
      where((p) => `lower(w.full_name) LIKE ${p}`, `${escapeLike(criteria.namePrefix.toLowerCase())}%`);
    if (criteria.desaCode !== undefined) where((p) => `w.desa_code = ${p}`, criteria.desaCode);
    if (criteria.status !== undefined) where((p) => `w.status = ${p}`, criteria.status);
    if (criteria.tenant !== undefined) where((p) => `w.tenant = ${p}`, criteria.tenant);
    if (criteria.flagged === true) conditions.push('cardinality(w.probable_duplicate_of) > 0');
    if (criteria.flagged === false) conditions.push('cardinality(w.probable_duplicate_of) = 0');
    const filter = `WHERE ${conditions.join(' AND ')}`;

    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM worker w ${filter}`,
      parameters,
    );
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT w.id, w.tenant, w.nik, w.full_name, w.birth_date::text AS birth_date, w.sex, w.desa_code, w.occupation,
              w.status, w.coverage_start_date::text AS coverage_start_date,
              cardinality(w.probable_duplicate_of) > 0 AS flagged
         FROM worker w ${filter}
        ORDER BY w.full_name, w.id
        LIMIT $${parameters.length + 1} OFFSET $${parameters.length + 2}`,
      [...parameters, criteria.pageSize, (criteria.page - 1) * criteria.pageSize],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        tenant: row.tenant,
        nik: row.nik,
        fullName: row.full_name,
        birthDate: row.birth_date,
        sex: row.sex,
        desaCode: row.desa_code,
        occupation: row.occupation,
        status: row.status as WorkerStatus,
        coverageStartDate: row.coverage_start_date,
        flaggedAsProbableDuplicate: row.flagged,
      })),
      total,
      page: criteria.page,
      pageSize: criteria.pageSize,
    };
  }
}

interface SummaryRow {
  id: string;
  tenant: string;
  nik: string;
  full_name: string;
  birth_date: string;
  sex: 'M' | 'F';
  desa_code: string;
  occupation: string;
  status: string;
  coverage_start_date: string;
  flagged: boolean;
}

/** Workers stored with any of these NIKs or duplicate keys (both columns indexed). */
export async function findKnownWorkers(
  manager: EntityManager,
  niks: readonly string[],
  duplicateKeys: readonly string[],
  exceptImport: string | null = null,
): Promise<KnownWorker[]> {
  if (niks.length === 0 && duplicateKeys.length === 0) return [];
  // nik is char(16): compare with bpchar[] so the unique index on nik is used.
  const rows: { id: string; nik: string; duplicate_key: string }[] = await manager.query(
    `SELECT id, nik, duplicate_key FROM worker
      WHERE (nik = ANY($1::bpchar[]) OR duplicate_key = ANY($2::text[]))
        AND ($3::uuid IS NULL OR import_id IS DISTINCT FROM $3::uuid)`,
    [niks, duplicateKeys, exceptImport],
  );
  return rows.map((row) => ({ workerId: row.id, nik: row.nik, duplicateKey: row.duplicate_key }));
}
