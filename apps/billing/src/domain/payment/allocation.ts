import type { Rupiah } from '@jaring/kernel';
import type { YearMonth } from '@jaring/calendar';

/**
 * Money of one payment not yet allocated to an invoice: the sponsor's credit. Over-payments and
 * prepayments (RULES.md §1: 3, 6 or 12 months at once) stay here until invoices exist to take them.
 */
export interface CreditLot {
  readonly paymentId: string;
  /** When the money was received: lots are spent oldest first. */
  readonly paidAt: string;
  readonly available: Rupiah;
}

export interface OpenInvoice {
  readonly invoiceId: string;
  readonly month: YearMonth;
  /**
   * Orders the invoices of one month: the main invoice (-01 of the sponsor) before its
   * supplementary ones, which are numbered after it.
   */
  readonly invoiceNumber?: string;
  readonly outstanding: Rupiah;
}

export interface Allocation {
  readonly paymentId: string;
  readonly invoiceId: string;
  readonly amount: Rupiah;
}

export interface AllocationRequest {
  /** The sponsor's credit, including the payment just received. */
  readonly lots: readonly CreditLot[];
  /** The sponsor's issued invoices with something outstanding. */
  readonly invoices: readonly OpenInvoice[];
  /** A payment that names an invoice goes to that invoice first. */
  readonly directed?: { readonly paymentId: string; readonly invoiceId: string };
}

/**
 * Allocates credit to invoices:
 * 1. a payment that names an invoice pays that invoice first, up to what is outstanding on it;
 * 2. then all credit, oldest lot first, pays the oldest outstanding months first (arrears before
 *    the current month, which is also what restores lapsed coverage soonest), and within a month
 *    the invoices in the order they were numbered (main before supplementary);
 * 3. whatever is left stays as credit for invoices not issued yet.
 * Full, partial, over- and prepayment are all this one rule. Pure: returns the allocations only.
 */
export function allocateCredit(request: AllocationRequest): Allocation[] {
  const available = new Map(request.lots.map((lot) => [lot.paymentId, lot.available]));
  const outstanding = new Map(request.invoices.map((invoice) => [invoice.invoiceId, invoice.outstanding]));
  const allocations: Allocation[] = [];
  const allocate = (paymentId: string, invoiceId: string) => {
    const amount = Math.min(available.get(paymentId) ?? 0, outstanding.get(invoiceId) ?? 0);
    if (amount <= 0) return;
    available.set(paymentId, (available.get(paymentId) ?? 0) - amount);
    outstanding.set(invoiceId, (outstanding.get(invoiceId) ?? 0) - amount);
    const last = allocations[allocations.length - 1];
    if (last && last.paymentId === paymentId && last.invoiceId === invoiceId) {
      allocations[allocations.length - 1] = { ...last, amount: last.amount + amount };
    } else {
      allocations.push({ paymentId, invoiceId, amount });
    }
  };

  if (request.directed) allocate(request.directed.paymentId, request.directed.invoiceId);
  const lots = [...request.lots].sort((a, b) => compare(a.paidAt, b.paidAt) || compare(a.paymentId, b.paymentId));
  const invoices = [...request.invoices].sort(
    (a, b) =>
      compare(a.month, b.month) ||
      compare(a.invoiceNumber ?? '', b.invoiceNumber ?? '') ||
      compare(a.invoiceId, b.invoiceId),
  );
  for (const lot of lots) {
    for (const invoice of invoices) {
      if ((available.get(lot.paymentId) ?? 0) === 0) break;
      allocate(lot.paymentId, invoice.invoiceId);
    }
  }
  return allocations;
}

function compare<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
