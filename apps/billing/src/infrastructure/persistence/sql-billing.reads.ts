import { appendAudit, changedFields } from '@jaring/audit';
import { tenantCondition } from '@jaring/auth';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { YearMonth } from '@jaring/calendar';
import type {
  AllocationRecord,
  BillingRunRecord,
  BillingRunStatus,
  InvoiceRecord,
  PaymentRecord,
  SponsorAccount,
} from '../../application/ports/billing-records';
import {
  BillingReads,
  type InvoiceLineView,
  type MonthlyReportRow,
  type SponsorAccountView,
  type WorkerCoverageMonth,
} from '../../application/ports/billing-reads';
import { SponsorAccounts } from '../../application/ports/sponsor-accounts';
import type { PaymentStatus, SponsorType } from '../../domain';
import {
  ALLOCATION_QUERY,
  INVOICE_COLUMNS,
  PAYMENT_COLUMNS,
  RUN_COLUMNS,
  SPONSOR_COLUMNS,
  rupiah,
  toAllocation,
  toInvoice,
  toPayment,
  toRun,
  toSponsor,
} from './row-mappers';
import { RUN_TENANT_OF_ROW } from './sql-billing.store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Builds "WHERE <tenant scope> AND a = $2 AND b = $3" from the filters that are set: every read
 * holds only the current tenant scope's rows, whatever the caller filters on.
 */
function where(
  tenantColumn: string,
  filters: [column: string, value: unknown][],
): { clause: string; parameters: unknown[] } {
  const tenant = tenantCondition(tenantColumn, 1);
  const set = filters.filter(([, value]) => value !== undefined);
  return {
    clause: `WHERE ${[tenant.sql, ...set.map(([column], index) => `${column} $${index + 2}`)].join(' AND ')}`,
    parameters: [tenant.value, ...set.map(([, value]) => value)],
  };
}

@Injectable()
export class SqlBillingReads extends BillingReads {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private query<R = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<R[]> {
    return this.dataSource.query(sql, parameters);
  }

  async run(runId: string): Promise<BillingRunRecord | undefined> {
    if (!UUID.test(runId)) return undefined;
    const { clause, parameters } = where(RUN_TENANT_OF_ROW, [['id =', runId]]);
    const [row] = await this.query(`SELECT ${RUN_COLUMNS} FROM billing_run ${clause}`, parameters);
    return row ? toRun(row) : undefined;
  }

  async runs(filter: {
    sponsorId?: string;
    month?: YearMonth;
    status?: BillingRunStatus;
  }): Promise<BillingRunRecord[]> {
    const { clause, parameters } = where(RUN_TENANT_OF_ROW, [
      ['sponsor_id =', filter.sponsorId],
      ['month =', filter.month],
      ['status =', filter.status],
    ]);
    const rows = await this.query(
      `SELECT ${RUN_COLUMNS} FROM billing_run ${clause} ORDER BY started_at DESC LIMIT 500`,
      parameters,
    );
    return rows.map(toRun);
  }

  async invoice(idOrNumber: string): Promise<InvoiceRecord | undefined> {
    const byId = UUID.test(idOrNumber);
    const { clause, parameters } = where('tenant', [
      byId ? ['id =', idOrNumber] : ['invoice_number =', idOrNumber.toUpperCase()],
    ]);
    const [row] = await this.query(`SELECT ${INVOICE_COLUMNS} FROM invoice ${clause}`, parameters);
    return row ? toInvoice(row) : undefined;
  }

  async invoices(filter: {
    sponsorId?: string;
    month?: YearMonth;
    paymentStatus?: PaymentStatus;
  }): Promise<InvoiceRecord[]> {
    const { clause, parameters } = where('tenant', [
      ['sponsor_id =', filter.sponsorId],
      ['month =', filter.month],
      ['payment_status =', filter.paymentStatus],
    ]);
    const rows = await this.query(
      `SELECT ${INVOICE_COLUMNS} FROM invoice ${clause} ORDER BY month DESC, invoice_number LIMIT 500`,
      parameters,
    );
    return rows.map(toInvoice);
  }

  async lines(invoiceId: string, afterWorkerId: string | null, limit: number): Promise<InvoiceLineView[]> {
    // Paging on the primary key (invoice_id, worker_id) costs the same at any depth. Lines are
    // covered in line order (oldest enrolment first), as far as the short-payment policy lets the
    // paid amount reach: the first covered_lines of them.
    const tenant = tenantCondition('i.tenant', 4);
    const rows = await this.query(
      `SELECT l.line_no, l.worker_id::text, l.declared_income, l.jkk, l.jkm, l.amount,
              l.line_no <= i.covered_lines AS paid
         FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
        WHERE l.invoice_id = $1 AND ($2::uuid IS NULL OR l.worker_id > $2::uuid) AND ${tenant.sql}
        ORDER BY l.worker_id
        LIMIT $3`,
      [invoiceId, afterWorkerId, limit, tenant.value],
    );
    return rows.map((row) => ({
      lineNo: Number(row.line_no),
      workerId: row.worker_id as string,
      declaredIncome: rupiah(row.declared_income),
      jkk: rupiah(row.jkk),
      jkm: rupiah(row.jkm),
      amount: rupiah(row.amount),
      paid: row.paid as boolean,
    }));
  }

  async payment(paymentId: string): Promise<{ payment: PaymentRecord; allocations: AllocationRecord[] } | undefined> {
    if (!UUID.test(paymentId)) return undefined;
    const { clause, parameters } = where('tenant', [['id =', paymentId]]);
    const [row] = await this.query(`SELECT ${PAYMENT_COLUMNS} FROM payment ${clause}`, parameters);
    if (!row) return undefined;
    const allocations = await this.query(`${ALLOCATION_QUERY} WHERE a.payment_id = $1 ORDER BY a.id`, [paymentId]);
    return { payment: toPayment(row), allocations: allocations.map(toAllocation) };
  }

  async payments(filter: { sponsorId?: string }): Promise<PaymentRecord[]> {
    const { clause, parameters } = where('tenant', [['sponsor_id =', filter.sponsorId]]);
    const rows = await this.query(
      `SELECT ${PAYMENT_COLUMNS} FROM payment ${clause} ORDER BY recorded_at DESC LIMIT 500`,
      parameters,
    );
    return rows.map(toPayment);
  }

  async sponsorAccount(sponsorId: string): Promise<SponsorAccountView | undefined> {
    if (!UUID.test(sponsorId)) return undefined;
    const { clause, parameters } = where('s.tenant', [['s.sponsor_id =', sponsorId]]);
    const [row] = await this.query(
      `SELECT ${SPONSOR_COLUMNS},
              (SELECT COALESCE(sum(amount - allocated_amount), 0) FROM payment
                WHERE sponsor_id = s.sponsor_id AND status = 'recorded') AS credit_balance,
              (SELECT COALESCE(sum(total - paid_amount), 0) FROM invoice
                WHERE sponsor_id = s.sponsor_id AND status = 'issued') AS outstanding,
              (SELECT count(*)::int FROM invoice
                WHERE sponsor_id = s.sponsor_id AND status = 'issued' AND payment_status <> 'paid') AS open_invoices
         FROM sponsor_account s ${clause}`,
      parameters,
    );
    if (!row) return undefined;
    return {
      ...toSponsor(row),
      creditBalance: rupiah(row.credit_balance),
      outstanding: rupiah(row.outstanding),
      openInvoices: Number(row.open_invoices),
    };
  }

  async sponsors(): Promise<SponsorAccount[]> {
    const { clause, parameters } = where('tenant', []);
    const rows = await this.query(
      `SELECT ${SPONSOR_COLUMNS} FROM sponsor_account ${clause} ORDER BY tenant, sponsor_id`,
      parameters,
    );
    return rows.map(toSponsor);
  }

  async monthlyReport(filter: { sponsorId?: string; from?: YearMonth; to?: YearMonth }): Promise<MonthlyReportRow[]> {
    const { clause, parameters } = where('tenant', [
      ['sponsor_id =', filter.sponsorId],
      ['month >=', filter.from],
      ['month <=', filter.to],
    ]);
    const rows = await this.query(
      `SELECT sponsor_id::text, tenant, month, id::text AS invoice_id, invoice_number, due_date::text AS due_date,
              line_count, total, paid_amount, covered_lines, payment_status
         FROM (SELECT * FROM invoice WHERE status = 'issued') issued ${clause}
        ORDER BY tenant, sponsor_id, month, invoice_number`,
      parameters,
    );
    return rows.map((row) => ({
      sponsorId: row.sponsor_id as string,
      tenant: row.tenant as string,
      month: row.month as string,
      invoiceId: row.invoice_id as string,
      invoiceNumber: row.invoice_number as string,
      dueDate: row.due_date as string,
      billedWorkers: Number(row.line_count),
      billed: rupiah(row.total),
      paid: rupiah(row.paid_amount),
      outstanding: rupiah(row.total) - rupiah(row.paid_amount),
      coveredWorkers: Number(row.covered_lines),
      paymentStatus: row.payment_status as PaymentStatus,
    }));
  }

  async workerCoverage(workerId: string): Promise<WorkerCoverageMonth[]> {
    if (!UUID.test(workerId)) return [];
    const tenant = tenantCondition('i.tenant', 2);
    const rows = await this.query(
      `SELECT i.month, i.id::text AS invoice_id, i.invoice_number, l.amount, l.line_no <= i.covered_lines AS paid
         FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
        WHERE l.worker_id = $1 AND i.status = 'issued' AND ${tenant.sql}
        ORDER BY i.month`,
      [workerId, tenant.value],
    );
    return rows.map((row) => ({
      month: row.month as string,
      invoiceId: row.invoice_id as string,
      invoiceNumber: row.invoice_number as string,
      amount: rupiah(row.amount),
      paid: row.paid as boolean,
    }));
  }
}

@Injectable()
export class SqlSponsorAccounts extends SponsorAccounts {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  /** Changes the payer type or name, audited with its actor and the fields before and after. */
  async update(
    sponsorId: string,
    change: { sponsorType?: SponsorType; name?: string },
  ): Promise<SponsorAccount | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const tenant = tenantCondition('tenant', 2);
      const [current] = await manager.query(
        `SELECT ${SPONSOR_COLUMNS} FROM sponsor_account WHERE sponsor_id = $1 AND ${tenant.sql} FOR UPDATE`,
        [sponsorId, tenant.value],
      );
      if (!current) return undefined;
      const [rows] = await manager.query(
        `UPDATE sponsor_account SET sponsor_type = COALESCE($2, sponsor_type), name = COALESCE($3, name), updated_at = now()
          WHERE sponsor_id = $1 RETURNING ${SPONSOR_COLUMNS}`,
        [sponsorId, change.sponsorType ?? null, change.name ?? null],
      );
      const before = toSponsor(current);
      const after = toSponsor(rows[0]);
      const diff = changedFields(before, after);
      await appendAudit(manager, [
        {
          action: 'update-sponsor',
          entityType: 'sponsor',
          entityId: sponsorId,
          before: diff.before,
          after: diff.after,
        },
      ]);
      return after;
    });
  }
}
