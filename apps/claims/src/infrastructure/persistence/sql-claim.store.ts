import { tenantCondition } from '@jaring/auth';
import { appendAudit } from '@jaring/audit';
import type { EntityManager } from 'typeorm';
import { ConflictError } from '@jaring/kernel';
import { isUniqueViolation } from '@jaring/persistence';
import type { AuditRow, ClaimRecord, ClaimStore } from '../../application/ports/claim.store';
import type { ClaimSnapshot, ClaimSummary } from '../../domain';
import { ONE_ACCIDENT_PER_WORKER_DAY_INDEX, ONE_DEATH_PER_WORKER_INDEX } from './postgres-errors';

export interface ClaimRow {
  snapshot: ClaimSnapshot;
  details: ClaimRecord['details'];
  version: number;
  sla_breached_at: Date | null;
}

export function recordOf(row: ClaimRow): ClaimRecord {
  return {
    snapshot: row.snapshot,
    details: row.details,
    version: row.version,
    ...(row.sla_breached_at ? { slaBreachedAt: row.sla_breached_at.toISOString() } : {}),
  };
}

const isDeath = (snapshot: ClaimSnapshot) => snapshot.programme === 'JKM' || snapshot.outcome?.details.type === 'death';

/** Claims as rows: the snapshot in jsonb, the fields screens and rules query in columns. */
export class SqlClaimStore implements ClaimStore {
  constructor(private readonly manager: EntityManager) {}

  /** Only a claim of the current tenant scope: another regency's claim is not there. */
  async get(claimId: string, lock: boolean): Promise<ClaimRecord | undefined> {
    const tenant = tenantCondition('tenant', 2);
    const rows: ClaimRow[] = await this.manager.query(
      `SELECT snapshot, details, version, sla_breached_at FROM claim WHERE id = $1 AND ${tenant.sql}
         ${lock ? 'FOR UPDATE' : ''}`,
      [claimId, tenant.value],
    );
    return rows[0] && recordOf(rows[0]);
  }

  async insert(record: ClaimRecord): Promise<void> {
    const { snapshot } = record;
    await this.guard(snapshot, () =>
      this.manager.query(
        `INSERT INTO claim (id, tenant, worker_id, programme, status, is_death, incident_date, reported_at, payment_due_on,
                            paid_on, resolution, sla_breached_at, snapshot, details, assigned_to, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [...this.columns(record), record.version],
      ),
    );
  }

  async update(record: ClaimRecord): Promise<void> {
    const { snapshot } = record;
    const [, updated]: [unknown, number] = await this.guard(snapshot, () =>
      this.manager.query(
        `UPDATE claim SET tenant = $2, worker_id = $3, programme = $4, status = $5, is_death = $6, incident_date = $7,
                          reported_at = $8, payment_due_on = $9, paid_on = $10, resolution = $11, sla_breached_at = $12,
                          snapshot = $13, details = $14, assigned_to = $15, version = $16, updated_at = now()
          WHERE id = $1 AND version = $16 - 1`,
        [...this.columns(record), record.version],
      ),
    );
    if (updated !== 1) {
      throw new ConflictError('CLAIM_CHANGED_CONCURRENTLY', 'The claim was changed meanwhile; load it again');
    }
  }

  async summariesOfWorker(workerId: string): Promise<ClaimSummary[]> {
    const rows: Array<{
      id: string;
      programme: ClaimSummary['programme'];
      is_death: boolean;
      incident_date: string;
      status: ClaimSummary['status'];
      resolution: ClaimSummary['resolution'] | null;
      confirmed_date_of_death: string | null;
    }> = await this.manager.query(
      `SELECT id, programme, is_death, incident_date::text, status, resolution,
              CASE WHEN snapshot #> '{deathConfirmation,retraction}' IS NULL
                   THEN snapshot #>> '{deathConfirmation,dateOfDeath}' END AS confirmed_date_of_death
         FROM claim WHERE worker_id = $1`,
      [workerId],
    );
    return rows.map((row) => ({
      claimId: row.id,
      programme: row.programme,
      isDeath: row.is_death,
      incidentDate: row.incident_date,
      status: row.status,
      ...(row.resolution ? { resolution: row.resolution } : {}),
      ...(row.confirmed_date_of_death ? { confirmedDateOfDeath: row.confirmed_date_of_death } : {}),
    }));
  }

  /** Into the service's hash-chained audit log (libs/audit), in this transaction. */
  async appendAudit(rows: readonly AuditRow[]): Promise<void> {
    await appendAudit(
      this.manager,
      rows.map((row) => ({
        action: row.action,
        entityType: 'claim',
        entityId: row.claimId,
        actor: { subject: row.actorId, roles: row.actorRoles },
        at: row.at,
        fromStatus: row.fromStatus,
        toStatus: row.toStatus,
        reason: row.reason,
        before: row.before,
        after: row.after,
      })),
    );
  }

  private columns(record: ClaimRecord): unknown[] {
    const { snapshot } = record;
    return [
      snapshot.id,
      snapshot.tenant,
      snapshot.worker.id,
      snapshot.programme,
      snapshot.status,
      isDeath(snapshot),
      snapshot.incidentDate,
      snapshot.reportedAt,
      snapshot.documents?.paymentDueOn ?? null,
      snapshot.paidOn ?? null,
      snapshot.resolution ?? null,
      record.slaBreachedAt ?? null,
      JSON.stringify(snapshot),
      JSON.stringify(record.details),
      record.details.assignment?.officerId ?? null,
    ];
  }

  private async guard<T>(snapshot: ClaimSnapshot, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, ONE_DEATH_PER_WORKER_INDEX)) {
        throw new ConflictError(
          'DEATH_ALREADY_CLAIMED',
          `The death of this worker is already claimed by another open claim; a death is paid once (re-classify that claim instead)`,
          undefined,
          { workerId: snapshot.worker.id },
        );
      }
      if (isUniqueViolation(error, ONE_ACCIDENT_PER_WORKER_DAY_INDEX)) {
        throw new ConflictError(
          'ACCIDENT_ALREADY_CLAIMED',
          `An accident of this worker on ${snapshot.incidentDate} is already claimed by another open claim; an accident is claimed once`,
          undefined,
          { workerId: snapshot.worker.id },
        );
      }
      throw error;
    }
  }
}
