import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/**
 * 'JRG-7604-202603-01': regency code, billed month, sequence. Quote it on the bank transfer. The
 * sequence has at least two digits: past 99 invoices of a regency's month it grows (-100, ...),
 * which hourly supplementary invoices can reach (docs/adr/0009).
 */
export const INVOICE_NUMBER = /^JRG-\d{4}-\d{6}-\d{2,}$/;

/** Wire values: never rename. */
export const INVOICE_KINDS = ['main', 'supplementary'] as const;
export type InvoiceKindV1 = (typeof INVOICE_KINDS)[number];

export const INVOICE_PAYMENT_STATUSES = ['unpaid', 'partially-paid', 'paid'] as const;
export type InvoicePaymentStatus = (typeof INVOICE_PAYMENT_STATUSES)[number];

/** Amounts in whole rupiah (IDR has no minor unit in use). */
export class InvoiceTotalsV1 {
  @IsInt()
  @Min(0)
  jkk: number;

  @IsInt()
  @Min(0)
  jkm: number;

  @IsInt()
  @Min(0)
  total: number;
}

/**
 * An invoice to a sponsor was issued: totals and line count only. The lines (one per worker) are
 * retrieved by API: GET /v1/invoices/{invoiceId}/lines (JSON pages) or
 * /v1/invoices/{invoiceId}/lines.csv. Key: invoiceId. A sponsor's month has one main invoice and
 * may have supplementary ones (see `kind`); a worker is on at most one invoice per month, so the
 * month's totals are the sum of its invoices.
 */
export class InvoiceIssuedV1 {
  @IsUUID()
  invoiceId: string;

  @Matches(INVOICE_NUMBER)
  invoiceNumber: string;

  @IsUUID()
  sponsorId: string;

  /** The month billed, YYYY-MM. */
  @Matches(MONTH)
  month: string;

  /** The 15th of the month, or the next working day (weekends and national holidays). */
  @Matches(DATE)
  dueDate: string;

  @IsISO8601()
  issuedAt: string;

  /** The contribution rule set the amounts were computed with, e.g. BPU-PP50-2025-DISCOUNT. */
  @IsString()
  ruleSetId: string;

  @IsInt()
  @Min(0)
  lineCount: number;

  @ValidateNested()
  @Type(() => InvoiceTotalsV1)
  totals: InvoiceTotalsV1;

  @IsIn(['IDR'])
  currency: 'IDR';

  /**
   * 'main': the month's invoice from the scheduled run. 'supplementary': workers who became
   * billable for the month after the main invoice (enrolled, imported or re-activated later),
   * numbered after it (-02, -03, ...) with its own due date. Optional (added within v1): absent
   * means 'main'.
   */
  @IsOptional()
  @IsIn(INVOICE_KINDS)
  kind?: InvoiceKindV1;
}

/** Part of a payment applied to one invoice. */
export class PaymentAllocationV1 {
  @IsUUID()
  invoiceId: string;

  @Matches(INVOICE_NUMBER)
  invoiceNumber: string;

  @Matches(MONTH)
  month: string;

  @IsInt()
  @Min(1)
  amount: number;
}

/**
 * A payment from the sponsor was recorded, with where it went. What is not allocated stays as the
 * sponsor's credit and pays invoices issued later (over-payment, prepayment). Key: paymentId.
 */
export class PaymentReceivedV1 {
  @IsUUID()
  paymentId: string;

  @IsUUID()
  sponsorId: string;

  /** The key the finance system sent; a repeat with the same key was answered with this payment. */
  @IsString()
  @MaxLength(200)
  idempotencyKey: string;

  @IsIn(['api', 'bank-statement'])
  source: 'api' | 'bank-statement';

  @IsInt()
  @Min(1)
  amount: number;

  /** When the money reached the account. */
  @IsISO8601()
  paidAt: string;

  /** The invoice the payer named, when it named one. */
  @IsOptional()
  @IsUUID()
  invoiceId?: string;

  /** The bank's transaction reference, when known. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  bankReference?: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PaymentAllocationV1)
  allocations: PaymentAllocationV1[];

  /** What of this payment is left as credit after the allocations. */
  @IsInt()
  @Min(0)
  creditRemaining: number;
}

/** A mistaken payment was reversed: every allocation it made was undone. Key: paymentId. */
export class PaymentReversedV1 {
  @IsUUID()
  paymentId: string;

  @IsUUID()
  sponsorId: string;

  @IsInt()
  @Min(1)
  amount: number;

  @IsString()
  @MaxLength(500)
  reason: string;

  @IsISO8601()
  reversedAt: string;

  /** The subject of the finance officer's token. */
  @IsString()
  reversedBy: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PaymentAllocationV1)
  allocationsUndone: PaymentAllocationV1[];
}

/**
 * What is paid on an invoice changed: a payment or credit was applied, or a payment reversed.
 * `status` 'paid' means settled; 'partially-paid' says how much is still outstanding. Published on
 * every change of the paid amount, so `status` may equal `previousStatus` (a second partial
 * payment). Key: invoiceId, so an invoice's changes arrive in order.
 */
export class InvoicePaymentStatusChangedV1 {
  @IsUUID()
  invoiceId: string;

  @Matches(INVOICE_NUMBER)
  invoiceNumber: string;

  @IsUUID()
  sponsorId: string;

  @Matches(MONTH)
  month: string;

  @IsIn(INVOICE_PAYMENT_STATUSES)
  previousStatus: InvoicePaymentStatus;

  @IsIn(INVOICE_PAYMENT_STATUSES)
  status: InvoicePaymentStatus;

  @IsInt()
  @Min(0)
  total: number;

  @IsInt()
  @Min(0)
  paidAmount: number;

  @IsInt()
  @Min(0)
  outstandingAmount: number;

  /** Workers whose line on this invoice is paid, i.e. covered for the month. */
  @IsInt()
  @Min(0)
  coveredWorkers: number;

  @IsInt()
  @Min(0)
  lineCount: number;

  /** payment: a new payment; credit: earlier credit applied (e.g. to a new invoice); reversal: a payment undone. */
  @IsIn(['payment', 'credit', 'reversal'])
  cause: 'payment' | 'credit' | 'reversal';

  @IsUUID()
  paymentId: string;
}

/** Wire values: which workers a short payment covers (billing's BILLING_SHORT_PAYMENT_POLICY). */
export const SHORT_PAYMENT_POLICIES_V1 = ['hold-invoice', 'oldest-enrolment-first'] as const;
export type ShortPaymentPolicyV1 = (typeof SHORT_PAYMENT_POLICIES_V1)[number];

/**
 * An invoice is paid short (or a reversal made it so): these workers of its month are not covered
 * until the rest is paid. hold-invoice leaves every worker of the invoice uncovered;
 * oldest-enrolment-first the most recently enrolled. One event per numbered batch of up to 1,000
 * workers, published after each payment or reversal that leaves the invoice short. Key: invoiceId.
 */
export class WorkersLeftUncoveredV1 {
  @IsUUID()
  invoiceId: string;

  @Matches(INVOICE_NUMBER)
  invoiceNumber: string;

  @IsUUID()
  sponsorId: string;

  @Matches(MONTH)
  month: string;

  @IsIn(SHORT_PAYMENT_POLICIES_V1)
  policy: ShortPaymentPolicyV1;

  @IsInt()
  @Min(0)
  total: number;

  @IsInt()
  @Min(0)
  paidAmount: number;

  /** What finance must still pay for every worker of the invoice to be covered. */
  @IsInt()
  @Min(1)
  missingAmount: number;

  /** All uncovered workers of the invoice, across the batches. */
  @IsInt()
  @Min(1)
  uncoveredWorkers: number;

  /** The payment or reversal that left the invoice short. */
  @IsUUID()
  paymentId: string;

  @IsInt()
  @Min(1)
  batch: number;

  @IsInt()
  @Min(1)
  batches: number;

  @ArrayMinSize(1)
  @ArrayMaxSize(1_000)
  @IsUUID('all', { each: true })
  workerIds: string[];
}

/**
 * The sponsor's contributions are overdue for several consecutive months: if the named month's due
 * date also passes unpaid, the workers' memberships lapse (MembershipLapsed, one per worker). One
 * warning per sponsor per run of unpaid months and count. Key: sponsorId.
 */
export class ArrearsWarningV1 {
  @IsUUID()
  sponsorId: string;

  /** The day the arrears were assessed (business time zone). */
  @Matches(DATE)
  asOf: string;

  @IsInt()
  @Min(1)
  consecutiveUnpaidMonths: number;

  @ArrayMinSize(1)
  @Matches(MONTH, { each: true })
  unpaidMonths: string[];

  /** The month whose due date, passed unpaid, lapses the memberships. */
  @Matches(MONTH)
  lapseMonth: string;

  /** That month's due date: the lapse comes the day after it. */
  @Matches(DATE)
  lapsesAfter: string;

  @IsInt()
  @Min(1)
  workersAtRisk: number;

  /** Outstanding on the overdue invoices, in rupiah. */
  @IsInt()
  @Min(0)
  outstandingAmount: number;
}
