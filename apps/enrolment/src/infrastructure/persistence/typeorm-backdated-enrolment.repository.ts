import { tenantCondition } from '@jaring/auth';
import { appendAudit } from '@jaring/audit';
import { ConflictError } from '@jaring/kernel';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  BackdatedEnrolmentRepository,
  type BackdatedEnrolment,
  type BackdatedEnrolmentStatus,
  type BackdatingDecision,
} from '../../application/ports/backdated-enrolment.repository';
import type { Transaction } from '../../application/ports/transaction';
import { TypeormTransaction } from './typeorm-transaction';

interface RequestRow {
  id: string;
  tenant: string;
  enrolment_date: string;
  registration: BackdatedEnrolment['registration'];
  request_reason: string;
  requested_by: string;
  requested_at: Date;
  status: BackdatedEnrolmentStatus;
  decided_by: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  worker_id: string | null;
}

const COLUMNS = `id, tenant, enrolment_date::text AS enrolment_date, registration, request_reason, requested_by,
  requested_at, status, decided_by, decided_at, decision_reason, worker_id`;

@Injectable()
export class TypeormBackdatedEnrolmentRepository extends BackdatedEnrolmentRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async add(request: BackdatedEnrolment): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO backdated_enrolment (id, tenant, enrolment_date, registration, request_reason, requested_by,
                                          requested_at, status)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8)`,
        [
          request.id,
          request.tenant,
          request.enrolmentDate,
          JSON.stringify(request.registration),
          request.requestReason,
          request.requestedBy,
          request.requestedAt,
          request.status,
        ],
      );
      await appendAudit(manager, [
        {
          action: 'BackdatedEnrolmentRequested',
          entityType: 'backdated-enrolment',
          entityId: request.id,
          after: { tenant: request.tenant, enrolmentDate: request.enrolmentDate },
          toStatus: request.status,
          reason: request.requestReason,
        },
      ]);
    });
  }

  async findById(id: string): Promise<BackdatedEnrolment | null> {
    const tenant = tenantCondition('tenant', 2);
    const rows: RequestRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM backdated_enrolment WHERE id = $1 AND ${tenant.sql}`,
      [id, tenant.value],
    );
    return rows[0] ? toRequest(rows[0]) : null;
  }

  async list(filter: { status?: BackdatedEnrolmentStatus; limit: number; offset: number }) {
    const tenant = tenantCondition('tenant', 1);
    const where = `${tenant.sql} AND ($2::text IS NULL OR status = $2)`;
    const parameters = [tenant.value, filter.status ?? null];
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${COLUMNS} FROM backdated_enrolment WHERE ${where} ORDER BY requested_at, id LIMIT $3 OFFSET $4`,
        [...parameters, filter.limit, filter.offset],
      ) as Promise<RequestRow[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS total FROM backdated_enrolment WHERE ${where}`,
        parameters,
      ) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map(toRequest), total };
  }

  async approve(
    id: string,
    decision: BackdatingDecision,
    enrol: (transaction: Transaction) => Promise<string>,
  ): Promise<BackdatedEnrolment> {
    return this.dataSource.transaction(async (manager) => {
      const request = await decide(manager, id, 'approved', decision);
      const workerId = await enrol(new TypeormTransaction(manager));
      await manager.query(`UPDATE backdated_enrolment SET worker_id = $2 WHERE id = $1`, [id, workerId]);
      await appendAudit(manager, [
        decisionAudit(request, decision),
        {
          // On the worker too, so the worker's own audit trail shows who allowed its early date and why.
          action: 'BackdatedEnrolmentApproved',
          entityType: 'worker',
          entityId: workerId,
          after: {
            enrolmentDate: request.enrolmentDate,
            backdatedEnrolmentId: id,
            requestedBy: request.requestedBy,
            approvedBy: decision.by,
          },
          reason: decision.reason,
        },
      ]);
      return { ...request, workerId };
    });
  }

  async refuse(id: string, decision: BackdatingDecision): Promise<BackdatedEnrolment> {
    return this.dataSource.transaction(async (manager) => {
      const request = await decide(manager, id, 'refused', decision);
      await appendAudit(manager, [decisionAudit(request, decision)]);
      return request;
    });
  }
}

/** Moves a pending request to its decision; a request decided meanwhile is a conflict, never decided twice. */
async function decide(
  manager: EntityManager,
  id: string,
  status: 'approved' | 'refused',
  decision: BackdatingDecision,
): Promise<BackdatedEnrolment> {
  const tenant = tenantCondition('tenant', 6);
  const [rows]: [RequestRow[], number] = await manager.query(
    `UPDATE backdated_enrolment SET status = $2, decided_by = $3, decided_at = $4, decision_reason = $5
      WHERE id = $1 AND status = 'pending-backdating-approval' AND ${tenant.sql}
      RETURNING ${COLUMNS}`,
    [id, status, decision.by, decision.at, decision.reason, tenant.value],
  );
  if (!rows[0]) {
    throw new ConflictError('BACKDATED_ENROLMENT_ALREADY_DECIDED', 'this backdated enrolment was decided meanwhile');
  }
  return toRequest(rows[0]);
}

function decisionAudit(request: BackdatedEnrolment, decision: BackdatingDecision) {
  return {
    action: request.status === 'approved' ? 'BackdatedEnrolmentApproved' : 'BackdatedEnrolmentRefused',
    entityType: 'backdated-enrolment',
    entityId: request.id,
    after: { enrolmentDate: request.enrolmentDate, requestedBy: request.requestedBy, decidedBy: decision.by },
    fromStatus: 'pending-backdating-approval',
    toStatus: request.status,
    reason: decision.reason,
  };
}

function toRequest(row: RequestRow): BackdatedEnrolment {
  return {
    id: row.id,
    tenant: row.tenant,
    enrolmentDate: row.enrolment_date,
    registration: row.registration,
    requestReason: row.request_reason,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at.toISOString(),
    status: row.status,
    ...(row.decided_by === null || row.decided_at === null || row.decision_reason === null
      ? {}
      : { decision: { by: row.decided_by, at: row.decided_at.toISOString(), reason: row.decision_reason } }),
    ...(row.worker_id === null ? {} : { workerId: row.worker_id }),
  };
}
