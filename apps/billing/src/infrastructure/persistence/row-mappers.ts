import { rupiahColumn } from '@jaring/persistence';
import type {
  AllocationRecord,
  BillingRunRecord,
  InvoiceRecord,
  PaymentRecord,
  SponsorAccount,
} from '../../application/ports/billing-records';

/** bigint arrives from the driver as a string: whole rupiah, checked to be a safe integer. */
export function rupiah(value: unknown): number {
  return rupiahColumn.from(value === null || value === undefined ? null : String(value)) as number;
}

// Raw rows as selected below: dates are cast to text in SQL (the driver would make local-midnight Dates of them).
type Row = Record<string, unknown>;

export const INVOICE_COLUMNS = `id::text, invoice_number, sponsor_id::text, tenant, month, kind, status, rule_set_id, sponsor_type,
  due_date::text AS due_date, line_count, jkk_total, jkm_total, total, paid_amount, covered_lines, payment_status,
  created_at, issued_at`;

export function toInvoice(row: Row): InvoiceRecord {
  return {
    id: row.id as string,
    invoiceNumber: row.invoice_number as string,
    sponsorId: row.sponsor_id as string,
    tenant: row.tenant as string,
    month: row.month as string,
    kind: row.kind as InvoiceRecord['kind'],
    status: row.status as InvoiceRecord['status'],
    ruleSetId: row.rule_set_id as string,
    sponsorType: row.sponsor_type as InvoiceRecord['sponsorType'],
    dueDate: row.due_date as string,
    lineCount: Number(row.line_count),
    jkkTotal: rupiah(row.jkk_total),
    jkmTotal: rupiah(row.jkm_total),
    total: rupiah(row.total),
    paidAmount: rupiah(row.paid_amount),
    coveredLines: Number(row.covered_lines),
    paymentStatus: row.payment_status as InvoiceRecord['paymentStatus'],
    createdAt: row.created_at as Date,
    issuedAt: (row.issued_at as Date | null) ?? null,
  };
}

export const RUN_COLUMNS = `id::text, sponsor_id::text, month, kind, requested_on::text AS requested_on, status, trigger, requested_by, workers_expected, lines_written,
  invoice_id::text, outcome, error, started_at, finished_at`;

export function toRun(row: Row): BillingRunRecord {
  return {
    id: row.id as string,
    sponsorId: row.sponsor_id as string,
    month: row.month as string,
    kind: row.kind as BillingRunRecord['kind'],
    requestedOn: (row.requested_on as string | null) ?? null,
    status: row.status as BillingRunRecord['status'],
    trigger: row.trigger as BillingRunRecord['trigger'],
    requestedBy: row.requested_by as string,
    workersExpected: row.workers_expected === null ? null : Number(row.workers_expected),
    linesWritten: Number(row.lines_written),
    invoiceId: (row.invoice_id as string | null) ?? null,
    outcome: (row.outcome as BillingRunRecord['outcome']) ?? null,
    error: (row.error as string | null) ?? null,
    startedAt: row.started_at as Date,
    finishedAt: (row.finished_at as Date | null) ?? null,
  };
}

export const PAYMENT_COLUMNS = `id::text, idempotency_key, request_hash, sponsor_id::text, tenant, source, amount, paid_at,
  invoice_id::text, bank_reference, statement_transaction_id, description, recorded_by, recorded_at, allocated_amount, status, reversal_reason,
  reversal_requested_by, reversal_requested_at, reversed_by, reversed_at, first_result`;

export function toPayment(row: Row): PaymentRecord {
  return {
    id: row.id as string,
    idempotencyKey: row.idempotency_key as string,
    requestHash: row.request_hash as string,
    sponsorId: row.sponsor_id as string,
    tenant: row.tenant as string,
    source: row.source as PaymentRecord['source'],
    amount: rupiah(row.amount),
    paidAt: row.paid_at as Date,
    invoiceId: (row.invoice_id as string | null) ?? null,
    bankReference: (row.bank_reference as string | null) ?? null,
    statementTransactionId: (row.statement_transaction_id as string | null) ?? null,
    description: (row.description as string | null) ?? null,
    recordedBy: row.recorded_by as string,
    recordedAt: row.recorded_at as Date,
    allocatedAmount: rupiah(row.allocated_amount),
    status: row.status as PaymentRecord['status'],
    reversalReason: (row.reversal_reason as string | null) ?? null,
    reversalRequest: row.reversal_requested_by
      ? {
          reason: row.reversal_reason as string,
          requestedBy: row.reversal_requested_by as string,
          requestedAt: row.reversal_requested_at as Date,
        }
      : null,
    reversedBy: (row.reversed_by as string | null) ?? null,
    reversedAt: (row.reversed_at as Date | null) ?? null,
    firstResult: row.first_result ?? null,
  };
}

export const ALLOCATION_QUERY = `
  SELECT a.payment_id::text, a.invoice_id::text, i.invoice_number, i.month, a.amount, a.allocated_at, a.reversed_at
    FROM payment_allocation a JOIN invoice i ON i.id = a.invoice_id`;

export function toAllocation(row: Row): AllocationRecord {
  return {
    paymentId: row.payment_id as string,
    invoiceId: row.invoice_id as string,
    invoiceNumber: row.invoice_number as string,
    month: row.month as string,
    amount: rupiah(row.amount),
    allocatedAt: row.allocated_at as Date,
    reversedAt: (row.reversed_at as Date | null) ?? null,
  };
}

export const SPONSOR_COLUMNS = `sponsor_id::text, tenant, sponsor_type, name`;

export function toSponsor(row: Row): SponsorAccount {
  return {
    sponsorId: row.sponsor_id as string,
    tenant: row.tenant as string,
    sponsorType: row.sponsor_type as SponsorAccount['sponsorType'],
    name: (row.name as string | null) ?? null,
  };
}
