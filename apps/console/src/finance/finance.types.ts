// What the console reads of the billing API: views of the response types generated from
// apps/billing/openapi.json (apps/console/src/api/generated/billing.ts), and the arrears it derives.
import type { BillingSchema } from '../api';

export type Invoice = BillingSchema<'InvoiceResponse'>;
export type PaymentStatus = Invoice['paymentStatus'];
export type InvoiceLine = BillingSchema<'InvoiceLineResponse'>;
export type Payment = BillingSchema<'PaymentResponse'>;
export type StatementRow = BillingSchema<'StatementRowResponse'>;
export type StatementResult = BillingSchema<'StatementImportResponse'>;
export type MonthlyReportRow = BillingSchema<'MonthlyReportRowResponse'>;

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
/** What arrears are judged on: an invoice's sponsor, month, due date and what is still owed. */
export type OwedInvoice = Pick<
  Invoice,
  'sponsorId' | 'tenant' | 'month' | 'dueDate' | 'paymentStatus' | 'outstandingAmount'
>;

export function arrearsOf(invoices: readonly OwedInvoice[], today: string): SponsorArrears[] {
  const late = invoices.filter((invoice) => invoice.paymentStatus !== 'paid' && invoice.dueDate < today);
  const bySponsor = new Map<string, OwedInvoice[]>();
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
