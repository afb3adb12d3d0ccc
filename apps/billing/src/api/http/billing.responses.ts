import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiNullable, ApiRupiah } from '@jaring/platform';
import type {
  AllocationRecord,
  BillingRunRecord,
  InvoiceRecord,
  PaymentRecord,
} from '../../application/ports/billing-records';
import type { MonthlyReportRow } from '../../application/ports/billing-reads';
import type { SponsorAccount } from '../../application/ports/billing-records';
import type { StatementRowOutcome } from '../../application/import-bank-statement/import-bank-statement.handler';
import { type Contribution, INVOICE_KINDS, PAYMENT_SOURCES, PAYMENT_STATUSES, SPONSOR_TYPES } from '../../domain';

const MONTH = { example: '2026-03', description: 'YYYY-MM' } as const;
const STATEMENT_ROW_OUTCOMES = [
  'recorded',
  'already-recorded',
  'duplicate',
  'unmatched',
  'skipped',
  'invalid',
  'rejected',
] as const satisfies readonly StatementRowOutcome[];

export class BillingRunProgressResponse {
  @ApiProperty({ type: 'integer', nullable: true, description: 'null until the run has counted its workers' })
  workersExpected: number | null;

  @ApiProperty({ type: 'integer' })
  linesWritten: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })
  percent: number;
}

export class BillingRunResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  sponsorId: string;

  @ApiProperty(MONTH)
  month: string;

  @ApiProperty({ enum: INVOICE_KINDS })
  kind: BillingRunRecord['kind'];

  @ApiNullable({ format: 'date', description: 'Supplementary runs: the business day it was requested' })
  requestedOn: string | null;

  @ApiProperty({ enum: ['running', 'completed', 'failed'] })
  status: BillingRunRecord['status'];

  @ApiProperty({ enum: ['api', 'schedule'] })
  trigger: BillingRunRecord['trigger'];

  @ApiProperty({ description: "The requester's token subject" })
  requestedBy: string;

  @ApiProperty({ type: BillingRunProgressResponse })
  progress: BillingRunProgressResponse;

  @ApiNullable({ format: 'uuid' })
  invoiceId: string | null;

  @ApiNullable({ enum: ['issued', 'nothing-to-bill', null], description: 'null while running' })
  outcome: BillingRunRecord['outcome'];

  @ApiNullable({ description: 'Why a failed run failed' })
  error: string | null;

  @ApiProperty({ format: 'date-time' })
  startedAt: string;

  @ApiNullable({ format: 'date-time' })
  finishedAt: string | null;
}

export class InvoiceTotalsResponse {
  @ApiRupiah()
  jkk: number;

  @ApiRupiah()
  jkm: number;

  @ApiRupiah()
  total: number;
}

export class InvoiceLinksResponse {
  @ApiProperty({ example: '/v1/invoices/9d1e2f30-4a5b-4c6d-8e7f-a0b1c2d3e4f5/lines' })
  lines: string;

  @ApiProperty({ example: '/v1/invoices/9d1e2f30-4a5b-4c6d-8e7f-a0b1c2d3e4f5/lines.csv' })
  linesCsv: string;
}

export class InvoiceResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'JRG-7604-202603-01' })
  invoiceNumber: string;

  @ApiProperty({ format: 'uuid' })
  sponsorId: string;

  @ApiProperty({ example: '76.04' })
  tenant: string;

  @ApiProperty(MONTH)
  month: string;

  @ApiProperty({ enum: INVOICE_KINDS })
  kind: InvoiceRecord['kind'];

  @ApiProperty({ enum: ['generating', 'issued'] })
  status: InvoiceRecord['status'];

  @ApiProperty({ format: 'date' })
  dueDate: string;

  @ApiProperty({ example: 'PP-44-2015' })
  ruleSetId: string;

  @ApiProperty({ enum: SPONSOR_TYPES })
  sponsorType: InvoiceRecord['sponsorType'];

  @ApiProperty({ type: 'integer' })
  lineCount: number;

  @ApiProperty({ type: InvoiceTotalsResponse })
  totals: InvoiceTotalsResponse;

  @ApiRupiah()
  paidAmount: number;

  @ApiRupiah()
  outstandingAmount: number;

  @ApiProperty({ type: 'integer', description: 'Workers whose line is paid (covered for the month)' })
  coveredWorkers: number;

  @ApiProperty({ enum: PAYMENT_STATUSES })
  paymentStatus: InvoiceRecord['paymentStatus'];

  @ApiProperty({ enum: ['IDR'] })
  currency: 'IDR';

  @ApiNullable({ format: 'date-time' })
  issuedAt: string | null;

  @ApiProperty({ type: InvoiceLinksResponse })
  links: InvoiceLinksResponse;
}

export class InvoiceLineResponse {
  @ApiProperty({ type: 'integer' })
  lineNo: number;

  @ApiProperty({ format: 'uuid' })
  workerId: string;

  @ApiRupiah()
  declaredIncome: number;

  @ApiRupiah()
  jkk: number;

  @ApiRupiah()
  jkm: number;

  @ApiRupiah()
  amount: number;

  @ApiProperty({ description: "Paid: the worker is covered for the invoice's month" })
  paid: boolean;
}

export class InvoiceLinesResponse {
  @ApiProperty({ format: 'uuid' })
  invoiceId: string;

  @ApiProperty({ example: 'JRG-7604-202603-01' })
  invoiceNumber: string;

  @ApiProperty(MONTH)
  month: string;

  @ApiProperty({ type: [InvoiceLineResponse] })
  lines: InvoiceLineResponse[];

  @ApiNullable({ format: 'uuid', description: 'The `after` of the following page; null at the end' })
  next: string | null;
}

export class AllocationResponse {
  @ApiProperty({ format: 'uuid' })
  invoiceId: string;

  @ApiProperty({ example: 'JRG-7604-202603-01' })
  invoiceNumber: string;

  @ApiProperty(MONTH)
  month: string;

  @ApiRupiah()
  amount: number;

  @ApiProperty({ format: 'date-time' })
  allocatedAt: string;

  @ApiNullable({ format: 'date-time', description: 'Set when the payment was reversed' })
  reversedAt: string | null;
}

export class PaymentReversalResponse {
  @ApiProperty({ enum: ['requested', 'reversed'] })
  status: 'requested' | 'reversed';

  @ApiNullable()
  reason: string | null;

  @ApiNullable({ description: 'The finance user who asked for it' })
  requestedBy: string | null;

  @ApiPropertyOptional({ format: 'date-time', description: 'While requested' })
  requestedAt?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The second finance user, once reversed' })
  reversedBy?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  reversedAt?: string | null;
}

export class PaymentResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  sponsorId: string;

  @ApiProperty()
  idempotencyKey: string;

  @ApiProperty({ enum: PAYMENT_SOURCES })
  source: PaymentRecord['source'];

  @ApiRupiah()
  amount: number;

  @ApiProperty({ format: 'date-time' })
  paidAt: string;

  @ApiNullable({ format: 'uuid' })
  invoiceId: string | null;

  @ApiNullable()
  bankReference: string | null;

  @ApiProperty({ enum: ['recorded', 'reversed'] })
  status: PaymentRecord['status'];

  @ApiRupiah()
  allocatedAmount: number;

  @ApiRupiah({ description: "What is left as the sponsor's credit (0 once reversed)" })
  creditRemaining: number;

  @ApiProperty()
  recordedBy: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  @ApiProperty({ type: PaymentReversalResponse, nullable: true })
  reversal: PaymentReversalResponse | null;

  @ApiPropertyOptional({ type: [AllocationResponse], description: 'GET /v1/payments/{id} only' })
  allocations?: AllocationResponse[];
}

export class ReversedPaymentResponse extends PaymentResponse {
  @ApiProperty({ description: 'False when it was reversed already (a repeat changes nothing)' })
  reversedNow: boolean;

  @ApiProperty({ type: [AllocationResponse] })
  allocationsUndone: AllocationResponse[];
}

export class PaymentAllocationResponse {
  @ApiProperty({ format: 'uuid' })
  invoiceId: string;

  @ApiProperty({ example: 'JRG-7604-202603-01' })
  invoiceNumber: string;

  @ApiProperty(MONTH)
  month: string;

  @ApiRupiah()
  amount: number;
}

/** POST /v1/payments: the first result, answered again unchanged to a repeat of the key. */
export class RecordedPaymentResponse {
  @ApiProperty({ format: 'uuid' })
  paymentId: string;

  @ApiProperty({ format: 'uuid' })
  sponsorId: string;

  @ApiProperty()
  idempotencyKey: string;

  @ApiRupiah()
  amount: number;

  @ApiProperty({ format: 'date-time' })
  paidAt: string;

  @ApiNullable({ format: 'uuid' })
  invoiceId: string | null;

  @ApiProperty({ type: [PaymentAllocationResponse] })
  allocations: PaymentAllocationResponse[];

  @ApiRupiah({ description: "What of this payment was left as the sponsor's credit" })
  creditRemaining: number;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

export class StatementRowResponse {
  @ApiProperty({ type: 'integer', description: 'The data row, from 1' })
  row: number;

  @ApiProperty({ enum: STATEMENT_ROW_OUTCOMES })
  outcome: StatementRowOutcome;

  @ApiPropertyOptional()
  transactionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The payment recorded, or for `duplicate` the payment it is' })
  paymentId?: string;

  @ApiPropertyOptional()
  invoiceNumber?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'Whole rupiah' })
  amount?: number;

  @ApiPropertyOptional()
  reason?: string;
}

export class StatementCountsResponse implements Record<StatementRowOutcome, number> {
  @ApiProperty({ type: 'integer' })
  recorded: number;

  @ApiProperty({ type: 'integer' })
  'already-recorded': number;

  @ApiProperty({ type: 'integer' })
  duplicate: number;

  @ApiProperty({ type: 'integer' })
  unmatched: number;

  @ApiProperty({ type: 'integer' })
  skipped: number;

  @ApiProperty({ type: 'integer' })
  invalid: number;

  @ApiProperty({ type: 'integer' })
  rejected: number;
}

export class StatementImportResponse {
  @ApiProperty({ type: [StatementRowResponse] })
  rows: StatementRowResponse[];

  @ApiProperty({ type: StatementCountsResponse })
  counts: StatementCountsResponse;
}

export class RuleSetResponse {
  @ApiProperty({ example: 'PP-44-2015' })
  id: string;

  @ApiProperty(MONTH)
  effectiveFrom: string;

  @ApiPropertyOptional(MONTH)
  effectiveUntil?: string;

  @ApiProperty({ type: [String], description: 'The regulations and articles it implements' })
  sources: readonly string[];
}

export class DiscountResponse {
  @ApiProperty()
  applied: boolean;

  @ApiProperty({ type: 'integer', description: 'Basis points (5000 = 50%)' })
  rateBp: number;

  @ApiProperty()
  reason: string;
}

export class ContributionResponse {
  @ApiProperty(MONTH)
  month: string;

  @ApiProperty({ enum: SPONSOR_TYPES })
  sponsorType: Contribution['sponsorType'];

  @ApiRupiah()
  declaredMonthlyIncome: number;

  @ApiRupiah({ description: 'The income the rates apply to (RULES.md §1)' })
  contributionBasis: number;

  @ApiProperty({ description: 'How the basis was found: the bracket and its source, or the clamp' })
  basisRule: string;

  @ApiRupiah()
  jkk: number;

  @ApiRupiah()
  jkm: number;

  @ApiRupiah()
  total: number;

  @ApiProperty({ type: RuleSetResponse })
  ruleSet: RuleSetResponse;

  @ApiProperty({ type: DiscountResponse })
  discount: DiscountResponse;
}

export class SponsorResponse {
  @ApiProperty({ format: 'uuid' })
  sponsorId: string;

  @ApiProperty({ example: '76.04' })
  tenant: string;

  @ApiProperty({ enum: SPONSOR_TYPES })
  sponsorType: SponsorAccount['sponsorType'];

  @ApiNullable({ example: 'Pemkab Polewali Mandar' })
  name: string | null;
}

export class SponsorAccountResponse extends SponsorResponse {
  @ApiRupiah({ description: 'Over- and prepayments not yet allocated' })
  creditBalance: number;

  @ApiRupiah()
  outstanding: number;

  @ApiProperty({ type: 'integer' })
  openInvoices: number;
}

export class MonthlyReportRowResponse {
  @ApiProperty({ format: 'uuid' })
  sponsorId: string;

  @ApiProperty({ example: '76.04' })
  tenant: string;

  @ApiProperty(MONTH)
  month: string;

  @ApiProperty({ format: 'uuid' })
  invoiceId: string;

  @ApiProperty({ example: 'JRG-7604-202603-01' })
  invoiceNumber: string;

  @ApiProperty({ format: 'date' })
  dueDate: string;

  @ApiProperty({ type: 'integer' })
  billedWorkers: number;

  @ApiRupiah()
  billed: number;

  @ApiRupiah()
  paid: number;

  @ApiRupiah()
  outstanding: number;

  @ApiProperty({ type: 'integer' })
  coveredWorkers: number;

  @ApiProperty({ enum: PAYMENT_STATUSES })
  paymentStatus: MonthlyReportRow['paymentStatus'];
}

export class CoverageMonthResponse {
  @ApiProperty(MONTH)
  month: string;

  @ApiProperty({ format: 'uuid' })
  invoiceId: string;

  @ApiProperty({ example: 'JRG-7604-202603-01' })
  invoiceNumber: string;

  @ApiRupiah()
  amount: number;

  @ApiProperty({ description: 'Paid: the worker is covered that month' })
  paid: boolean;
}

export class ArrearsAssessmentResponse {
  @ApiProperty({ format: 'uuid' })
  sponsorId: string;

  @ApiProperty({ format: 'date' })
  asOf: string;

  @ApiProperty({ type: 'integer' })
  warningsIssued: number;

  @ApiProperty({ type: 'integer' })
  lapsesRecorded: number;
}

/** The API shapes: records as the finance system sees them (amounts in whole rupiah, dates ISO). */
export function runResponse(run: BillingRunRecord): BillingRunResponse {
  return {
    id: run.id,
    sponsorId: run.sponsorId,
    month: run.month,
    kind: run.kind,
    requestedOn: run.requestedOn,
    status: run.status,
    trigger: run.trigger,
    requestedBy: run.requestedBy,
    progress: {
      workersExpected: run.workersExpected,
      linesWritten: run.linesWritten,
      percent:
        run.workersExpected === null || run.workersExpected === 0
          ? run.status === 'completed'
            ? 100
            : 0
          : Math.min(100, Math.floor((run.linesWritten * 100) / run.workersExpected)),
    },
    invoiceId: run.invoiceId,
    outcome: run.outcome,
    error: run.error,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

export function invoiceResponse(invoice: InvoiceRecord): InvoiceResponse {
  return {
    id: invoice.id,
    invoiceNumber: invoice.invoiceNumber,
    sponsorId: invoice.sponsorId,
    tenant: invoice.tenant,
    month: invoice.month,
    kind: invoice.kind,
    status: invoice.status,
    dueDate: invoice.dueDate,
    ruleSetId: invoice.ruleSetId,
    sponsorType: invoice.sponsorType,
    lineCount: invoice.lineCount,
    totals: { jkk: invoice.jkkTotal, jkm: invoice.jkmTotal, total: invoice.total },
    paidAmount: invoice.paidAmount,
    outstandingAmount: invoice.total - invoice.paidAmount,
    coveredWorkers: invoice.coveredLines,
    paymentStatus: invoice.paymentStatus,
    currency: 'IDR' as const,
    issuedAt: invoice.issuedAt?.toISOString() ?? null,
    links: { lines: `/v1/invoices/${invoice.id}/lines`, linesCsv: `/v1/invoices/${invoice.id}/lines.csv` },
  };
}

export function allocationResponse(allocation: AllocationRecord): AllocationResponse {
  return {
    invoiceId: allocation.invoiceId,
    invoiceNumber: allocation.invoiceNumber,
    month: allocation.month,
    amount: allocation.amount,
    allocatedAt: allocation.allocatedAt.toISOString(),
    reversedAt: allocation.reversedAt?.toISOString() ?? null,
  };
}

export function paymentResponse(payment: PaymentRecord, allocations?: AllocationRecord[]): PaymentResponse {
  return {
    id: payment.id,
    sponsorId: payment.sponsorId,
    idempotencyKey: payment.idempotencyKey,
    source: payment.source,
    amount: payment.amount,
    paidAt: payment.paidAt.toISOString(),
    invoiceId: payment.invoiceId,
    bankReference: payment.bankReference,
    status: payment.status,
    allocatedAmount: payment.allocatedAmount,
    creditRemaining: payment.status === 'recorded' ? payment.amount - payment.allocatedAmount : 0,
    recordedBy: payment.recordedBy,
    recordedAt: payment.recordedAt.toISOString(),
    reversal:
      payment.status === 'reversed'
        ? {
            status: 'reversed' as const,
            reason: payment.reversalReason,
            requestedBy: payment.reversalRequest?.requestedBy ?? null,
            reversedBy: payment.reversedBy,
            reversedAt: payment.reversedAt?.toISOString() ?? null,
          }
        : payment.reversalRequest
          ? {
              status: 'requested' as const,
              reason: payment.reversalRequest.reason,
              requestedBy: payment.reversalRequest.requestedBy,
              requestedAt: payment.reversalRequest.requestedAt.toISOString(),
            }
          : null,
    ...(allocations ? { allocations: allocations.map(allocationResponse) } : {}),
  };
}
