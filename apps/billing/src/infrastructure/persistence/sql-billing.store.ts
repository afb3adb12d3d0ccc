import { appendAudit } from '@jaring/audit';
import { tenantCondition } from '@jaring/auth';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { firstDayOf, lastDayOf, type LocalDate, type YearMonth } from '@jaring/calendar';
import { Outbox, type NewEvent } from '@jaring/messaging';
import { isUniqueViolation } from '@jaring/persistence';
import type {
  AllocationRecord,
  BillingRunRecord,
  IncomePrice,
  InvoiceRecord,
  LineBatch,
  LineChunkResult,
  PaymentRecord,
  SponsorAccount,
  SupplementaryBillingState,
  UnpaidRunGroup,
} from '../../application/ports/billing-records';
import {
  BillingStore,
  type BillingTransaction,
  PaymentKeyTaken,
  WorkerBilledMeanwhile,
} from '../../application/ports/billing-store';
import type { CumulativeRange, InvoiceKind, PaymentStatus, ReversalRequest, SponsorType } from '../../domain';
import { billableInMonth } from './billable-workers.sql';
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

/** A billing run's regency is its sponsor's. */
export const RUN_TENANT_OF_ROW = '(SELECT tenant FROM sponsor_account s WHERE s.sponsor_id = billing_run.sponsor_id)';

/** Advisory lock classes (two-key form, apart from the outbox relay's one-key lock). */
const SPONSOR_LOCK = 7101;
const RUN_LOCK = 7102;
const INVOICE_NUMBER_LOCK = 7104;

/** The unique constraint on `payment.idempotency_key` (PostgreSQL's default name for it). */
const PAYMENT_IDEMPOTENCY_KEY = 'payment_idempotency_key_key';
/** No worker is billed twice for a month (migration 1765200000100). */
const INVOICE_LINE_ONCE_PER_WORKER_MONTH = 'invoice_line_once_per_worker_month';

/** The worker `w` has no invoice line for the month (on any invoice, of any sponsor) yet. */
const NOT_BILLED_FOR_MONTH = (month: string): string =>
  `NOT EXISTS (SELECT 1 FROM invoice_line billed WHERE billed.worker_id = w.worker_id AND billed.month = ${month})`;

/** BillingStore on PostgreSQL: each transaction's writes and its outbox rows commit together. */
@Injectable()
export class SqlBillingStore extends BillingStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {
    super();
  }

  transaction<T>(work: (tx: BillingTransaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new SqlBillingTransaction(manager, this.outbox)));
  }

  async exclusively<T>(key: string, work: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked`, [
        RUN_LOCK,
        key,
      ]);
      if (!locked) return { ran: false };
      try {
        return { ran: true, result: await work() };
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [RUN_LOCK, key]);
      }
    } finally {
      await runner.release();
    }
  }
}

export class SqlBillingTransaction implements BillingTransaction {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  private query<R = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<R[]> {
    return this.manager.query(sql, parameters);
  }

  async lockSponsor(sponsorId: string): Promise<void> {
    await this.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [SPONSOR_LOCK, sponsorId]);
  }

  /**
   * Every billing state change is published as an event, staged here in its transaction: each is
   * also an audit row (who from the audit context, what the event says changed, the request id).
   */
  async stage(events: NewEvent<object>[]): Promise<void> {
    if (events.length === 0) return;
    await this.outbox.stage(this.manager, events);
    await appendAudit(
      this.manager,
      events.map((event) => ({
        action: event.definition.type,
        entityType: auditedEntityOf(event.definition.type),
        entityId: event.aggregateId,
        after: event.payload as Record<string, unknown>,
        reason: reasonOf(event.payload),
      })),
    );
  }

  /** The lookups below start every use case; each sees only the current tenant scope. */
  async sponsor(sponsorId: string): Promise<SponsorAccount | undefined> {
    return this.scopedRow('sponsor_account', SPONSOR_COLUMNS, 'sponsor_id', sponsorId, 'tenant', toSponsor);
  }

  private async scopedRow<T>(
    table: string,
    columns: string,
    key: string,
    value: string,
    tenantColumn: string,
    map: (row: Record<string, unknown>) => T,
  ): Promise<T | undefined> {
    const tenant = tenantCondition(tenantColumn, 2);
    const [row] = await this.query(`SELECT ${columns} FROM ${table} WHERE ${key} = $1 AND ${tenant.sql}`, [
      value,
      tenant.value,
    ]);
    return row ? map(row) : undefined;
  }

  async insertRunIfAbsent(run: BillingRunRecord): Promise<{ run: BillingRunRecord; created: boolean }> {
    // No conflict target: whichever of the run's unique indexes it would break (the month's main
    // run; a supplementary run not completed) makes it a no-op.
    const [inserted] = await this.query(
      `INSERT INTO billing_run (id, sponsor_id, month, kind, requested_on, status, trigger, requested_by, started_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT DO NOTHING
       RETURNING ${RUN_COLUMNS}`,
      [
        run.id,
        run.sponsorId,
        run.month,
        run.kind,
        run.requestedOn,
        run.status,
        run.trigger,
        run.requestedBy,
        run.startedAt,
      ],
    );
    if (inserted) return { run: toRun(inserted), created: true };
    const [existing] = await this.query(
      run.kind === 'main'
        ? `SELECT ${RUN_COLUMNS} FROM billing_run WHERE sponsor_id = $1 AND month = $2 AND kind = 'main' FOR UPDATE`
        : `SELECT ${RUN_COLUMNS} FROM billing_run
            WHERE sponsor_id = $1 AND month = $2 AND kind = 'supplementary' AND status <> 'completed' FOR UPDATE`,
      [run.sponsorId, run.month],
    );
    if (!existing) throw new Error(`billing run of ${run.sponsorId} ${run.month} conflicted but was not found`);
    return { run: toRun(existing), created: false };
  }

  async supplementaryBillingState(sponsorId: string, month: YearMonth): Promise<SupplementaryBillingState> {
    const runs = (
      await this.query(
        `SELECT ${RUN_COLUMNS} FROM billing_run
          WHERE sponsor_id = $1 AND month = $2 AND (kind = 'main' OR status <> 'completed')`,
        [sponsorId, month],
      )
    ).map(toRun);
    const main = runs.find((run) => run.kind === 'main');
    const openSupplementaryRun = runs.find((run) => run.kind === 'supplementary' && run.status !== 'completed');
    // The count scans the sponsor's workers: made only when it can decide anything — once the main
    // run is done (before, it bills everyone itself) and no supplementary run is open.
    const needsCount = main?.status === 'completed' && !openSupplementaryRun;
    return {
      mainRun: main?.status ?? 'none',
      openSupplementaryRun,
      unbilledWorkers: needsCount ? await this.countUnbilledWorkers(sponsorId, month) : 0,
    };
  }

  private async countUnbilledWorkers(sponsorId: string, month: YearMonth): Promise<number> {
    const [row] = await this.query(
      `SELECT count(*)::int AS workers FROM worker_projection w
        WHERE w.sponsor_id = $1 AND ${billableInMonth('$2', '$3')} AND ${NOT_BILLED_FOR_MONTH('$4')}`,
      [sponsorId, firstDayOf(month), lastDayOf(month), month],
    );
    return Number(row.workers);
  }

  async run(runId: string): Promise<BillingRunRecord | undefined> {
    return this.scopedRow('billing_run', RUN_COLUMNS, 'id', runId, RUN_TENANT_OF_ROW, toRun);
  }

  async updateRun(runId: string, change: Partial<Omit<BillingRunRecord, 'id' | 'sponsorId' | 'month'>>): Promise<void> {
    const columns: Record<string, string> = {
      status: 'status',
      trigger: 'trigger',
      requestedBy: 'requested_by',
      workersExpected: 'workers_expected',
      linesWritten: 'lines_written',
      invoiceId: 'invoice_id',
      outcome: 'outcome',
      error: 'error',
      startedAt: 'started_at',
      finishedAt: 'finished_at',
    };
    const entries = Object.entries(change).filter(([field]) => columns[field] !== undefined);
    if (entries.length === 0) return;
    const assignments = entries.map(([field], index) => `${columns[field]} = $${index + 2}`).join(', ');
    await this.query(`UPDATE billing_run SET ${assignments} WHERE id = $1`, [
      runId,
      ...entries.map(([, value]) => value),
    ]);
  }

  async invoice(invoiceId: string): Promise<InvoiceRecord | undefined> {
    return this.scopedRow('invoice', INVOICE_COLUMNS, 'id', invoiceId, 'tenant', toInvoice);
  }

  async invoiceByNumber(invoiceNumber: string): Promise<InvoiceRecord | undefined> {
    return this.scopedRow('invoice', INVOICE_COLUMNS, 'invoice_number', invoiceNumber, 'tenant', toInvoice);
  }

  async nextInvoiceSequence(tenant: string, month: YearMonth): Promise<number> {
    // Held until commit, so a run numbering an invoice of the same regency and month at the same
    // time (another replica) counts this one's invoice instead of taking the same number.
    await this.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [INVOICE_NUMBER_LOCK, `${tenant} ${month}`]);
    const [row] = await this.query(`SELECT count(*)::int + 1 AS next FROM invoice WHERE tenant = $1 AND month = $2`, [
      tenant,
      month,
    ]);
    return Number(row.next);
  }

  async createInvoice(invoice: {
    id: string;
    invoiceNumber: string;
    sponsorId: string;
    tenant: string;
    month: YearMonth;
    kind: InvoiceKind;
    ruleSetId: string;
    sponsorType: SponsorType;
    dueDate: LocalDate;
    createdAt: Date;
  }): Promise<void> {
    await this.query(
      `INSERT INTO invoice (id, invoice_number, sponsor_id, tenant, month, kind, status, rule_set_id, sponsor_type, due_date,
                            created_at)
       VALUES ($1, $2, $3, $4, $5, $10, 'generating', $6, $7, $8, $9)`,
      [
        invoice.id,
        invoice.invoiceNumber,
        invoice.sponsorId,
        invoice.tenant,
        invoice.month,
        invoice.ruleSetId,
        invoice.sponsorType,
        invoice.dueDate,
        invoice.createdAt,
        invoice.kind,
      ],
    );
  }

  async issueInvoice(invoiceId: string, issuedAt: Date): Promise<InvoiceRecord> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [[row]] = await this.manager.query(
      `UPDATE invoice SET status = 'issued', issued_at = $2,
              payment_status = CASE WHEN total = 0 THEN 'paid' ELSE 'unpaid' END
        WHERE id = $1 AND status = 'generating'
        RETURNING ${INVOICE_COLUMNS}`,
      [invoiceId, issuedAt],
    );
    if (!row) throw new Error(`invoice ${invoiceId} is not being generated`);
    return toInvoice(row);
  }

  async openInvoices(sponsorId: string): Promise<InvoiceRecord[]> {
    const rows = await this.query(
      `SELECT ${INVOICE_COLUMNS} FROM invoice
        WHERE sponsor_id = $1 AND status = 'issued' AND payment_status <> 'paid'
        ORDER BY month, invoice_number`,
      [sponsorId],
    );
    return rows.map(toInvoice);
  }

  async setInvoiceBalance(
    invoiceId: string,
    balance: { paidAmount: number; coveredLines: number; paymentStatus: PaymentStatus },
  ): Promise<void> {
    await this.query(`UPDATE invoice SET paid_amount = $2, covered_lines = $3, payment_status = $4 WHERE id = $1`, [
      invoiceId,
      balance.paidAmount,
      balance.coveredLines,
      balance.paymentStatus,
    ]);
  }

  async billableIncomes(sponsorId: string, month: YearMonth): Promise<{ income: number; workers: number }[]> {
    const rows = await this.query(
      `SELECT w.declared_monthly_income AS income, count(*)::int AS workers
         FROM worker_projection w
        WHERE w.sponsor_id = $1 AND ${billableInMonth('$2', '$3')} AND ${NOT_BILLED_FOR_MONTH('$4')}
        GROUP BY 1 ORDER BY 1`,
      [sponsorId, firstDayOf(month), lastDayOf(month), month],
    );
    return rows.map((row) => ({ income: rupiah(row.income), workers: Number(row.workers) }));
  }

  async writeLineChunk(chunk: {
    invoiceId: string;
    sponsorId: string;
    month: YearMonth;
    limit: number;
    prices: readonly IncomePrice[];
  }): Promise<LineChunkResult> {
    // One statement: select the next chunk of unbilled billable workers, oldest coverage start
    // first (ties by id), price them by
    // their declared income, number them after the lines already written, keep the running total,
    // insert, and add the chunk to the invoice's totals. Prices travel as three parallel arrays.
    const [row] = await this.query<Record<string, unknown>>(
      `WITH prices AS (
         SELECT * FROM unnest($5::bigint[], $6::bigint[], $7::bigint[]) AS p (income, jkk, jkm)
       ), chunk AS (
         SELECT w.worker_id, w.declared_monthly_income, w.coverage_start_date
           FROM worker_projection w
          WHERE w.sponsor_id = $2
            AND ${billableInMonth('$3', '$4')}
            AND ${NOT_BILLED_FOR_MONTH('$9')}
          ORDER BY w.coverage_start_date, w.worker_id
          LIMIT $8
       ), written_before AS (
         SELECT line_count, total FROM invoice WHERE id = $1
       ), numbered AS (
         SELECT c.worker_id, c.declared_monthly_income, p.jkk, p.jkm, p.jkk + p.jkm AS amount,
                row_number() OVER running AS n, sum(p.jkk + p.jkm) OVER running AS running_total
           FROM chunk c JOIN prices p ON p.income = c.declared_monthly_income
         WINDOW running AS (ORDER BY c.coverage_start_date, c.worker_id ROWS UNBOUNDED PRECEDING)
       ), inserted AS (
         INSERT INTO invoice_line (invoice_id, worker_id, month, line_no, declared_income, jkk, jkm, amount, cumulative_amount)
         SELECT $1, n.worker_id, $9, b.line_count + n.n, n.declared_monthly_income, n.jkk, n.jkm, n.amount, b.total + n.running_total
           FROM numbered n CROSS JOIN written_before b
         RETURNING jkk, jkm, amount
       ), summary AS (
         SELECT count(*)::int AS written, COALESCE(sum(jkk), 0) AS jkk, COALESCE(sum(jkm), 0) AS jkm,
                COALESCE(sum(amount), 0) AS total
           FROM inserted
       ), totals AS (
         UPDATE invoice i
            SET line_count = i.line_count + s.written, jkk_total = i.jkk_total + s.jkk,
                jkm_total = i.jkm_total + s.jkm, total = i.total + s.total
           FROM summary s
          WHERE i.id = $1
       )
       SELECT s.written, s.jkk, s.jkm, s.total,
              (SELECT count(*)::int FROM chunk) AS selected
         FROM summary s`,
      [
        chunk.invoiceId,
        chunk.sponsorId,
        firstDayOf(chunk.month),
        lastDayOf(chunk.month),
        chunk.prices.map((price) => price.income),
        chunk.prices.map((price) => price.jkk),
        chunk.prices.map((price) => price.jkm),
        chunk.limit,
        chunk.month,
      ],
    ).catch((error: unknown) => {
      if (isUniqueViolation(error, INVOICE_LINE_ONCE_PER_WORKER_MONTH)) throw new WorkerBilledMeanwhile();
      throw error;
    });
    return {
      selected: Number(row.selected),
      written: Number(row.written),
      jkk: rupiah(row.jkk),
      jkm: rupiah(row.jkm),
      total: rupiah(row.total),
    };
  }

  async countLines(invoiceId: string, range: CumulativeRange): Promise<number> {
    const [row] = await this.query(
      `SELECT count(*)::int AS lines FROM invoice_line
        WHERE invoice_id = $1 AND cumulative_amount > $2 AND cumulative_amount <= $3`,
      [invoiceId, range.above, range.upTo],
    );
    return Number(row.lines);
  }

  async lineBatches(
    invoiceId: string,
    range: CumulativeRange,
    afterWorkerId: string | null,
    batchSize: number,
    maxBatches: number,
  ): Promise<LineBatch[]> {
    const rows = await this.query<{ ids: string[]; incomes: string[] }>(
      `SELECT array_agg(worker_id::text ORDER BY worker_id) AS ids,
              array_agg(declared_income::text ORDER BY worker_id) AS incomes
         FROM (SELECT worker_id, declared_income, (row_number() OVER (ORDER BY worker_id) - 1) / $5 AS bucket
                 FROM (SELECT worker_id, declared_income FROM invoice_line
                        WHERE invoice_id = $1 AND cumulative_amount > $2 AND cumulative_amount <= $3
                          AND ($4::uuid IS NULL OR worker_id > $4::uuid)
                        ORDER BY worker_id
                        LIMIT $6) page) numbered
        GROUP BY bucket
        ORDER BY bucket`,
      [invoiceId, range.above, range.upTo, afterWorkerId, batchSize, batchSize * maxBatches],
    );
    return rows.map((row) => ({ workerIds: row.ids, declaredIncomes: row.incomes.map((income) => rupiah(income)) }));
  }

  async paymentByKey(idempotencyKey: string): Promise<PaymentRecord | undefined> {
    return this.scopedRow('payment', PAYMENT_COLUMNS, 'idempotency_key', idempotencyKey, 'tenant', toPayment);
  }

  async payment(paymentId: string): Promise<PaymentRecord | undefined> {
    return this.scopedRow('payment', PAYMENT_COLUMNS, 'id', paymentId, 'tenant', toPayment);
  }

  async insertPayment(payment: PaymentRecord): Promise<void> {
    try {
      await this.insertPaymentRow(payment);
    } catch (error) {
      if (isUniqueViolation(error, PAYMENT_IDEMPOTENCY_KEY)) throw new PaymentKeyTaken();
      throw error;
    }
  }

  private async insertPaymentRow(payment: PaymentRecord): Promise<void> {
    await this.query(
      `INSERT INTO payment (id, idempotency_key, request_hash, sponsor_id, tenant, source, amount, paid_at, invoice_id,
                            bank_reference, description, recorded_by, recorded_at, statement_transaction_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        payment.id,
        payment.idempotencyKey,
        payment.requestHash,
        payment.sponsorId,
        payment.tenant,
        payment.source,
        payment.amount,
        payment.paidAt,
        payment.invoiceId,
        payment.bankReference,
        payment.description,
        payment.recordedBy,
        payment.recordedAt,
        payment.statementTransactionId,
      ],
    );
  }

  async setPaymentResult(paymentId: string, result: unknown): Promise<void> {
    await this.query(`UPDATE payment SET first_result = $2::jsonb WHERE id = $1`, [paymentId, JSON.stringify(result)]);
  }

  async statementMatchCandidates(query: {
    sponsorId: string;
    transactionId: string;
    amount: number;
    from: Date;
    until: Date;
  }): Promise<PaymentRecord[]> {
    const rows = await this.query(
      `SELECT ${PAYMENT_COLUMNS} FROM payment
        WHERE sponsor_id = $1
          AND (statement_transaction_id = $2 OR (amount = $3 AND paid_at >= $4 AND paid_at < $5))
        ORDER BY sequence`,
      [query.sponsorId, query.transactionId, query.amount, query.from, query.until],
    );
    return rows.map(toPayment);
  }

  async linkStatementTransaction(paymentId: string, transactionId: string): Promise<void> {
    const [, linked] = await this.manager.query(
      `UPDATE payment SET statement_transaction_id = $2 WHERE id = $1 AND statement_transaction_id IS NULL`,
      [paymentId, transactionId],
    );
    if (linked !== 1) throw new Error(`payment ${paymentId} is linked to a statement transaction already`);
  }

  async creditLots(sponsorId: string): Promise<PaymentRecord[]> {
    const rows = await this.query(
      `SELECT ${PAYMENT_COLUMNS} FROM payment
        WHERE sponsor_id = $1 AND status = 'recorded' AND allocated_amount < amount
        ORDER BY paid_at, sequence`,
      [sponsorId],
    );
    return rows.map(toPayment);
  }

  async addAllocation(allocation: {
    paymentId: string;
    invoiceId: string;
    amount: number;
    paidBefore: number;
    allocatedAt: Date;
  }): Promise<void> {
    await this.query(
      `INSERT INTO payment_allocation (payment_id, invoice_id, amount, paid_before, allocated_at) VALUES ($1, $2, $3, $4, $5)`,
      [allocation.paymentId, allocation.invoiceId, allocation.amount, allocation.paidBefore, allocation.allocatedAt],
    );
  }

  async addAllocatedAmount(paymentId: string, amount: number): Promise<void> {
    await this.query(`UPDATE payment SET allocated_amount = allocated_amount + $2 WHERE id = $1`, [paymentId, amount]);
  }

  async allocationsOf(paymentId: string): Promise<AllocationRecord[]> {
    const rows = await this.query(`${ALLOCATION_QUERY} WHERE a.payment_id = $1 ORDER BY a.id`, [paymentId]);
    return rows.map(toAllocation);
  }

  async requestReversal(paymentId: string, request: ReversalRequest): Promise<void> {
    await this.query(
      `UPDATE payment SET reversal_reason = $2, reversal_requested_by = $3, reversal_requested_at = $4
        WHERE id = $1 AND status = 'recorded'`,
      [paymentId, request.reason, request.requestedBy, request.requestedAt],
    );
    await appendAudit(this.manager, [
      {
        action: 'request-payment-reversal',
        entityType: 'payment',
        entityId: paymentId,
        fromStatus: 'recorded',
        toStatus: 'recorded',
        before: { reversalRequest: null },
        after: { reversalRequest: request },
        reason: request.reason,
      },
    ]);
  }

  async reversePayment(
    paymentId: string,
    reversal: { reason: string; reversedBy: string; reversedAt: Date },
  ): Promise<void> {
    await this.query(`UPDATE payment_allocation SET reversed_at = $2 WHERE payment_id = $1 AND reversed_at IS NULL`, [
      paymentId,
      reversal.reversedAt,
    ]);
    await this.query(
      `UPDATE payment SET status = 'reversed', allocated_amount = 0, reversal_reason = $2, reversed_by = $3, reversed_at = $4
        WHERE id = $1`,
      [paymentId, reversal.reason, reversal.reversedBy, reversal.reversedAt],
    );
  }

  async unpaidRuns(
    sponsorId: string,
    asOf: LocalDate,
    minimumMonths: number,
    workerIds?: readonly string[],
  ): Promise<UnpaidRunGroup[]> {
    // Only months after the sponsor's latest fully paid overdue month (every invoice of it: main and
    // supplementary) can be part of a current run of arrears: a sponsor that pays makes this read
    // nothing at all. A worker has one line per month (invoice_line_once_per_worker_month).
    const rows = await this.query(
      `WITH overdue AS (
         SELECT id, month, covered_lines FROM invoice
          WHERE sponsor_id = $1 AND status = 'issued' AND due_date < $2::date
            AND month > COALESCE((SELECT max(month) FROM (
                                     SELECT month FROM invoice
                                      WHERE sponsor_id = $1 AND status = 'issued' AND due_date < $2::date
                                      GROUP BY month HAVING bool_and(payment_status = 'paid')) paid_months), '0000-00')
       ), facts AS (
         -- covered, not merely paid for: a short payment held under the policy covers nobody
         SELECT l.worker_id, o.month, l.line_no <= o.covered_lines AS paid
           FROM overdue o JOIN invoice_line l ON l.invoice_id = o.id
          WHERE $4::uuid[] IS NULL OR l.worker_id = ANY ($4::uuid[])
       ), last_paid AS (
         SELECT worker_id, max(month) FILTER (WHERE paid) AS month FROM facts GROUP BY worker_id
       ), runs AS (
         SELECT f.worker_id, count(*)::int AS unpaid, min(f.month) AS first_unpaid, max(f.month) AS last_unpaid
           FROM facts f JOIN last_paid p USING (worker_id)
          WHERE NOT f.paid AND (p.month IS NULL OR f.month > p.month)
          GROUP BY f.worker_id
         HAVING count(*) >= $3
       )
       SELECT r.unpaid, r.first_unpaid, r.last_unpaid, array_agg(r.worker_id::text ORDER BY r.worker_id) AS worker_ids
         FROM runs r JOIN worker_projection w ON w.worker_id = r.worker_id AND w.status = 'active'
        GROUP BY r.unpaid, r.first_unpaid, r.last_unpaid
        ORDER BY r.first_unpaid, r.unpaid`,
      [sponsorId, asOf, minimumMonths, workerIds ?? null],
    );
    return rows.map((row) => ({
      consecutiveUnpaidMonths: Number(row.unpaid),
      firstUnpaidMonth: row.first_unpaid as string,
      lastUnpaidMonth: row.last_unpaid as string,
      workerIds: row.worker_ids as string[],
    }));
  }

  async recordLapses(
    sponsorId: string,
    lapsedFromMonth: YearMonth,
    consecutiveUnpaidMonths: number,
    workerIds: readonly string[],
    at: Date,
  ): Promise<string[]> {
    const rows = await this.query<{ worker_id: string }>(
      `INSERT INTO membership_lapse (worker_id, lapsed_from_month, sponsor_id, consecutive_unpaid_months, recorded_at)
       SELECT worker_id, $2, $3, $4, $5 FROM unnest($1::uuid[]) AS w (worker_id)
       ON CONFLICT DO NOTHING
       RETURNING worker_id::text`,
      [workerIds, lapsedFromMonth, sponsorId, consecutiveUnpaidMonths, at],
    );
    return rows.map((row) => row.worker_id);
  }

  async recordArrearsWarning(warning: {
    sponsorId: string;
    firstUnpaidMonth: YearMonth;
    consecutiveUnpaidMonths: number;
    workersAtRisk: number;
    at: Date;
  }): Promise<boolean> {
    const rows = await this.query(
      `INSERT INTO arrears_warning (sponsor_id, first_unpaid_month, consecutive_unpaid_months, workers_at_risk, recorded_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING sponsor_id`,
      [warning.sponsorId, warning.firstUnpaidMonth, warning.consecutiveUnpaidMonths, warning.workersAtRisk, warning.at],
    );
    return rows.length > 0;
  }
}

/** What a billing event's aggregate id names: a payment, a sponsor, a worker or (invoices, coverage) an invoice. */
function auditedEntityOf(eventType: string): string {
  if (eventType.startsWith('Payment')) return 'payment';
  if (eventType === 'ArrearsWarning') return 'sponsor';
  if (eventType === 'MembershipLapsed') return 'worker';
  return 'invoice';
}

/** The reason an event gives for its change (a reversal's, a lapse's), if any. */
function reasonOf(payload: object): string | undefined {
  const reason = (payload as { reason?: unknown }).reason;
  return typeof reason === 'string' ? reason : undefined;
}
