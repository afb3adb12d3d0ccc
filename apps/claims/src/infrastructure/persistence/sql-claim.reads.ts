import { auditOf } from '@jaring/audit';
import type { DataSource } from 'typeorm';
import { tenantCondition } from '@jaring/auth';
import { escapeLike } from '@jaring/persistence';
import type {
  ClaimListFilter,
  ClaimReads,
  DeadlineStanding,
  PayoutMonth,
  StoredAuditRow,
} from '../../application/ports/claim.reads';
import type { ClaimRecord } from '../../application/ports/claim.store';
import type { ClaimStatus, LocalDate, Programme } from '../../domain';
import { UNPAID_WITH_DEADLINE } from '../../domain/claim/claim-flags.rules';
import { recordOf, type ClaimRow } from './sql-claim.store';

export class SqlClaimReads implements ClaimReads {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: ClaimListFilter): Promise<{ items: ClaimRecord[]; total: number }> {
    const tenant = tenantCondition('tenant', 1);
    const conditions: string[] = [tenant.sql];
    const parameters: unknown[] = [tenant.value];
    const add = (sql: string, value: unknown) => {
      parameters.push(value);
      conditions.push(sql.replace('?', `$${parameters.length}`));
    };
    if (filter.status) add('status = ?', filter.status);
    if (filter.programme) add('programme = ?', filter.programme);
    if (filter.workerId) add('worker_id = ?', filter.workerId);
    if (filter.nik) add('worker_id IN (SELECT worker_id FROM member WHERE nik = ?)', filter.nik);
    if (filter.workerName) add(`snapshot #>> '{worker,name}' ILIKE ?`, `%${escapeLike(filter.workerName)}%`);
    if (filter.claimNumber) add('id::text LIKE ?', `${escapeLike(filter.claimNumber.toLowerCase())}%`);
    if (filter.assignedTo === null) conditions.push('assigned_to IS NULL');
    else if (filter.assignedTo) add('assigned_to = ?', filter.assignedTo);
    if (filter.overdueOn) {
      add('payment_due_on < ?::date', filter.overdueOn);
      add('status = ANY(?::text[])', UNPAID_WITH_DEADLINE);
    }
    const where = `WHERE ${conditions.join(' AND ')}`;
    const order = filter.overdueOn ? 'payment_due_on, reported_at' : 'reported_at DESC';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM claim ${where}`, parameters);
    const rows: ClaimRow[] = await this.dataSource.query(
      `SELECT snapshot, details, version, sla_breached_at FROM claim ${where} ORDER BY ${order}
        LIMIT $${parameters.length + 1} OFFSET $${parameters.length + 2}`,
      [...parameters, filter.limit, filter.offset],
    );
    return { items: rows.map(recordOf), total };
  }

  async audit(claimId: string): Promise<StoredAuditRow[]> {
    const records = await auditOf(this.dataSource, 'claim', claimId);
    return records.map((record) => ({
      id: record.seq,
      claimId,
      action: record.action,
      actorId: record.actorSubject,
      actorRoles: record.actorRoles,
      at: record.at,
      fromStatus: record.fromStatus as ClaimStatus | null,
      toStatus: record.toStatus as ClaimStatus,
      ...(record.requestId ? { requestId: record.requestId } : {}),
      ...(record.reason ? { reason: record.reason } : {}),
      ...(record.before ? { before: record.before } : {}),
      ...(record.after ? { after: record.after } : {}),
      hash: record.hash,
    }));
  }

  async countsByState(scoped = false): Promise<Array<{ programme: Programme; status: ClaimStatus; count: number }>> {
    // The metrics read every regency outside any request, where no tenant scope exists.
    const tenant = scoped ? tenantCondition('tenant', 1) : { sql: '$1::text[] IS NULL', value: null };
    return this.dataSource.query(
      `SELECT programme, status, count(*)::int AS count FROM claim WHERE ${tenant.sql}
        GROUP BY programme, status ORDER BY 1, 2`,
      [tenant.value],
    );
  }

  async deadlineStanding(today: LocalDate): Promise<DeadlineStanding[]> {
    const tenant = tenantCondition('tenant', 3);
    return this.dataSource.query(
      `SELECT programme,
              count(*) FILTER (WHERE status = ANY($2::text[]) AND payment_due_on >= $1::date)::int AS "openOnTime",
              count(*) FILTER (WHERE status = ANY($2::text[]) AND payment_due_on < $1::date)::int AS "openOverdue",
              count(*) FILTER (WHERE paid_on <= payment_due_on)::int AS "paidOnTime",
              count(*) FILTER (WHERE paid_on > payment_due_on)::int AS "paidLate"
         FROM claim WHERE payment_due_on IS NOT NULL AND ${tenant.sql}
        GROUP BY programme ORDER BY programme`,
      [today, UNPAID_WITH_DEADLINE, tenant.value],
    );
  }

  async payoutsPerMonth(fromMonth: string, utcOffsetMinutes: number): Promise<PayoutMonth[]> {
    const tenant = tenantCondition('tenant', 3);
    return this.dataSource.query(
      `SELECT month, count(*)::int AS payouts, sum(amount)::bigint::float8 AS amount
         FROM (SELECT to_char((completed_at AT TIME ZONE 'UTC') + $2 * interval '1 minute', 'YYYY-MM') AS month, amount
                 FROM payout_instruction WHERE status = 'confirmed' AND ${tenant.sql}) AS paid
        WHERE month >= $1 GROUP BY month ORDER BY month`,
      [fromMonth, utcOffsetMinutes, tenant.value],
    );
  }

  async markSlaBreaches(today: LocalDate): Promise<Array<{ claimId: string; programme: Programme }>> {
    const [rows]: [Array<{ id: string; programme: Programme }>, number] = await this.dataSource.query(
      `UPDATE claim SET sla_breached_at = now()
        WHERE sla_breached_at IS NULL AND payment_due_on < $1::date AND status = ANY($2::text[])
        RETURNING id, programme`,
      [today, UNPAID_WITH_DEADLINE],
    );
    return rows.map((row) => ({ claimId: row.id, programme: row.programme }));
  }
}
