// What the console reads of the billing API (apps/billing/src/api/http/billing.responses.ts and its reads).

export type PaymentStatus = 'unpaid' | 'partially-paid' | 'paid';

export interface Invoice {
  id: string;
  invoiceNumber: string;
  sponsorId: string;
  tenant: string;
  month: string;
  status: string;
  dueDate: string;
  lineCount: number;
  totals: { jkk: number; jkm: number; total: number };
  paidAmount: number;
  outstandingAmount: number;
  coveredWorkers: number;
  paymentStatus: PaymentStatus;
}

export interface InvoiceLine {
  lineNo: number;
  workerId: string;
  declaredIncome: number;
  jkk: number;
  jkm: number;
  amount: number;
  paid: boolean;
}

export interface Payment {
  id: string;
  sponsorId: string;
  source: string;
  amount: number;
  paidAt: string;
  bankReference: string | null;
  status: string;
  allocatedAmount: number;
  creditRemaining: number;
}

export interface StatementRow {
  row: number;
  outcome: 'recorded' | 'already-recorded' | 'duplicate' | 'unmatched' | 'skipped' | 'invalid' | 'rejected';
  transactionId?: string;
  paymentId?: string;
  invoiceNumber?: string;
  amount?: number;
  reason?: string;
}

export interface StatementResult {
  rows: StatementRow[];
  counts: Record<StatementRow['outcome'], number>;
}

export interface MonthlyReportRow {
  sponsorId: string;
  tenant: string;
  month: string;
  invoiceNumber: string;
  dueDate: string;
  billedWorkers: number;
  billed: number;
  paid: number;
  outstanding: number;
  coveredWorkers: number;
  paymentStatus: PaymentStatus;
}

/** RULES.md §1: after more than 3 consecutive unpaid months the membership lapses. */
export const LAPSE_AFTER_UNPAID_MONTHS = 3;

export interface SponsorArrears {
  sponsorId: string;
  tenant: string;
  /** Months past their due date and not fully paid, oldest first. */
  months: string[];
  outstanding: number;
  /** The longest run of consecutive unpaid months. */
  consecutiveMonths: number;
  lapsing: boolean;
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));

/** Each sponsor's invoices past due and not fully paid on `today`, most months behind first. */
export function arrearsOf(invoices: readonly Invoice[], today: string): SponsorArrears[] {
  const late = invoices.filter((invoice) => invoice.paymentStatus !== 'paid' && invoice.dueDate < today);
  const bySponsor = new Map<string, Invoice[]>();
  for (const invoice of late) bySponsor.set(invoice.sponsorId, [...(bySponsor.get(invoice.sponsorId) ?? []), invoice]);
  return [...bySponsor.values()]
    .map((owed) => {
      const months = [...new Set(owed.map((invoice) => invoice.month))].sort();
      let consecutiveMonths = 0;
      let run = 0;
      months.forEach((month, index) => {
        run = index > 0 && monthIndex(month) === monthIndex(months[index - 1]) + 1 ? run + 1 : 1;
        consecutiveMonths = Math.max(consecutiveMonths, run);
      });
      return {
        sponsorId: owed[0].sponsorId,
        tenant: owed[0].tenant,
        months,
        outstanding: owed.reduce((sum, invoice) => sum + invoice.outstandingAmount, 0),
        consecutiveMonths,
        lapsing: consecutiveMonths > LAPSE_AFTER_UNPAID_MONTHS,
      };
    })
    .sort((a, b) => b.consecutiveMonths - a.consecutiveMonths || b.outstanding - a.outstanding);
}
