import type { YearMonth } from '@jaring/calendar';
import type { Rupiah } from '@jaring/kernel';
import type { PaymentStatus } from '../../domain';
import type {
  AllocationRecord,
  BillingRunRecord,
  BillingRunStatus,
  InvoiceRecord,
  PaymentRecord,
  SponsorAccount,
} from './billing-records';

export interface InvoiceLineView {
  readonly lineNo: number;
  readonly workerId: string;
  readonly declaredIncome: Rupiah;
  readonly jkk: Rupiah;
  readonly jkm: Rupiah;
  readonly amount: Rupiah;
  /** Paid, i.e. the worker is covered for the invoice's month. */
  readonly paid: boolean;
}

export interface MonthlyReportRow {
  readonly sponsorId: string;
  readonly tenant: string;
  readonly month: YearMonth;
  readonly invoiceId: string;
  readonly invoiceNumber: string;
  readonly dueDate: string;
  readonly billedWorkers: number;
  readonly billed: Rupiah;
  readonly paid: Rupiah;
  readonly outstanding: Rupiah;
  readonly coveredWorkers: number;
  readonly paymentStatus: PaymentStatus;
}

export interface WorkerCoverageMonth {
  readonly month: YearMonth;
  readonly invoiceId: string;
  readonly invoiceNumber: string;
  readonly amount: Rupiah;
  readonly paid: boolean;
}

export interface SponsorAccountView extends SponsorAccount {
  readonly creditBalance: Rupiah;
  readonly outstanding: Rupiah;
  readonly openInvoices: number;
}

/** Read-only queries behind the API (no use case logic: straight from the tables). */
export abstract class BillingReads {
  abstract run(runId: string): Promise<BillingRunRecord | undefined>;
  abstract runs(filter: {
    sponsorId?: string;
    month?: YearMonth;
    status?: BillingRunStatus;
  }): Promise<BillingRunRecord[]>;
  abstract invoice(idOrNumber: string): Promise<InvoiceRecord | undefined>;
  abstract invoices(filter: {
    sponsorId?: string;
    month?: YearMonth;
    paymentStatus?: PaymentStatus;
  }): Promise<InvoiceRecord[]>;
  /** Lines in line (= worker) order after the given worker (keyset paging: stable and cheap at any depth). */
  abstract lines(invoiceId: string, afterWorkerId: string | null, limit: number): Promise<InvoiceLineView[]>;
  abstract payment(paymentId: string): Promise<{ payment: PaymentRecord; allocations: AllocationRecord[] } | undefined>;
  abstract payments(filter: { sponsorId?: string }): Promise<PaymentRecord[]>;
  abstract sponsorAccount(sponsorId: string): Promise<SponsorAccountView | undefined>;
  abstract sponsors(): Promise<SponsorAccount[]>;
  abstract monthlyReport(filter: { sponsorId?: string; from?: YearMonth; to?: YearMonth }): Promise<MonthlyReportRow[]>;
  abstract workerCoverage(workerId: string): Promise<WorkerCoverageMonth[]>;
}
