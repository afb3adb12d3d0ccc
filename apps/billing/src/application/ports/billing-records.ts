import type { LocalDate, YearMonth } from '@jaring/calendar';
import type { Rupiah } from '@jaring/kernel';
import type {
  InvoiceKind,
  MainRunState,
  PaymentSource,
  PaymentStatus,
  ReversalRequest,
  SponsorType,
} from '../../domain';

export interface SponsorAccount {
  readonly sponsorId: string;
  readonly tenant: string;
  readonly sponsorType: SponsorType;
  readonly name: string | null;
}

export type BillingRunStatus = 'running' | 'completed' | 'failed';
export type BillingRunTrigger = 'api' | 'schedule';
/** The main run of a month bills its invoice; a supplementary run bills the workers it missed (InvoiceKind). */
export type BillingRunKind = InvoiceKind;

export interface BillingRunRecord {
  readonly id: string;
  readonly sponsorId: string;
  readonly month: YearMonth;
  readonly kind: BillingRunKind;
  /** Supplementary runs: the business day it was requested (at most one a day; sets the due date). */
  readonly requestedOn: LocalDate | null;
  readonly status: BillingRunStatus;
  readonly trigger: BillingRunTrigger;
  readonly requestedBy: string;
  readonly workersExpected: number | null;
  readonly linesWritten: number;
  readonly invoiceId: string | null;
  readonly outcome: 'issued' | 'nothing-to-bill' | null;
  readonly error: string | null;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
}

export interface InvoiceRecord {
  readonly id: string;
  readonly invoiceNumber: string;
  readonly sponsorId: string;
  readonly tenant: string;
  readonly month: YearMonth;
  readonly kind: InvoiceKind;
  readonly status: 'generating' | 'issued';
  readonly ruleSetId: string;
  readonly sponsorType: SponsorType;
  readonly dueDate: LocalDate;
  readonly lineCount: number;
  readonly jkkTotal: Rupiah;
  readonly jkmTotal: Rupiah;
  readonly total: Rupiah;
  readonly paidAmount: Rupiah;
  readonly coveredLines: number;
  readonly paymentStatus: PaymentStatus;
  readonly createdAt: Date;
  readonly issuedAt: Date | null;
}

export interface PaymentRecord {
  readonly id: string;
  readonly idempotencyKey: string;
  readonly requestHash: string;
  readonly sponsorId: string;
  readonly tenant: string;
  readonly source: PaymentSource;
  readonly amount: Rupiah;
  readonly paidAt: Date;
  readonly invoiceId: string | null;
  readonly bankReference: string | null;
  /**
   * The bank-statement transaction this payment is (unique per sponsor): its own when recorded
   * from a statement, the one matched to it when it came through the API; null until then.
   */
  readonly statementTransactionId: string | null;
  readonly description: string | null;
  readonly recordedBy: string;
  readonly recordedAt: Date;
  readonly allocatedAmount: Rupiah;
  readonly status: 'recorded' | 'reversed';
  readonly reversalReason: string | null;
  /** The reversal one finance user asked for: pending while the status is recorded, approved by a second once reversed. */
  readonly reversalRequest: ReversalRequest | null;
  readonly reversedBy: string | null;
  readonly reversedAt: Date | null;
  readonly firstResult: unknown;
}

export interface AllocationRecord {
  readonly paymentId: string;
  readonly invoiceId: string;
  readonly invoiceNumber: string;
  readonly month: YearMonth;
  readonly amount: Rupiah;
  readonly allocatedAt: Date;
  readonly reversedAt: Date | null;
}

/** A price per distinct declared income for one billed month (computed by the domain). */
export interface IncomePrice {
  readonly income: Rupiah;
  readonly jkk: Rupiah;
  readonly jkm: Rupiah;
}

export interface LineChunkResult {
  /** Workers the chunk selected (billable, not billed for the month yet). */
  readonly selected: number;
  /** Lines written; fewer than selected when an income had no price (a worker changed meanwhile). */
  readonly written: number;
  readonly jkk: Rupiah;
  readonly jkm: Rupiah;
  readonly total: Rupiah;
}

/** One coverage batch of an invoice's lines: `declaredIncomes[i]` is the line income of `workerIds[i]`. */
export interface LineBatch {
  readonly workerIds: string[];
  readonly declaredIncomes: Rupiah[];
}

/** What decides whether a sponsor's month needs a supplementary run (see decideSupplementaryBilling). */
export interface SupplementaryBillingState {
  readonly mainRun: MainRunState;
  /** The month's supplementary run that is not completed, if any. */
  readonly openSupplementaryRun: BillingRunRecord | undefined;
  /** Counted only when the decision needs it (main run completed, no supplementary run open or that day); else 0. */
  readonly unbilledWorkers: number;
}

/** A group of workers who share the same run of overdue unpaid months. */
export interface UnpaidRunGroup {
  readonly consecutiveUnpaidMonths: number;
  readonly firstUnpaidMonth: YearMonth;
  readonly lastUnpaidMonth: YearMonth;
  readonly workerIds: string[];
}
