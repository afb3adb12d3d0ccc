import type { EventOrigin } from '@jaring/messaging';
import { allocateCredit, paymentStatusOf, type ShortPaymentPolicy } from '../../domain';
import type { InvoiceRecord, PaymentRecord } from '../ports/billing-records';
import type { BillingTransaction } from '../ports/billing-store';
import { invoicePaymentStatusChanged } from './billing-events';
import { stageCoverageChange, stageUncoveredWorkers } from './coverage-publisher';

export interface SettlementAllocation {
  readonly paymentId: string;
  readonly invoice: InvoiceRecord;
  readonly amount: number;
}

export interface SettlementOutcome {
  readonly allocations: SettlementAllocation[];
  /** Each touched invoice after the settlement. */
  readonly invoices: InvoiceRecord[];
}

/**
 * Spends the sponsor's credit (unallocated money of recorded payments, the new one included) on
 * its open invoices, following the domain's allocation rule, and stages what follows: coverage
 * batches for the lines each allocation covers under the short-payment policy (effective when that
 * money was received), an InvoicePaymentStatusChanged per touched invoice, and for one left short
 * the workers it leaves uncovered. Run inside the sponsor's lock.
 */
export async function settleSponsorCredit(
  tx: BillingTransaction,
  sponsorId: string,
  origin: EventOrigin,
  options: {
    directed?: { paymentId: string; invoiceId: string };
    newPaymentId?: string;
    now: Date;
    policy: ShortPaymentPolicy;
  },
): Promise<SettlementOutcome> {
  const lots = await tx.creditLots(sponsorId);
  const open = await tx.openInvoices(sponsorId);
  if (lots.length === 0 || open.length === 0) return { allocations: [], invoices: [] };
  const allocations = allocateCredit({
    lots: lots.map((lot) => ({
      paymentId: lot.id,
      paidAt: lot.paidAt.toISOString(),
      available: lot.amount - lot.allocatedAmount,
    })),
    invoices: open.map((invoice) => ({
      invoiceId: invoice.id,
      month: invoice.month,
      invoiceNumber: invoice.invoiceNumber,
      outstanding: invoice.total - invoice.paidAmount,
    })),
    ...(options.directed ? { directed: options.directed } : {}),
  });

  const lotsById = new Map<string, PaymentRecord>(lots.map((lot) => [lot.id, lot]));
  const current = new Map<string, InvoiceRecord>(open.map((invoice) => [invoice.id, invoice]));
  const lastPayment = new Map<string, string>();
  const done: SettlementAllocation[] = [];
  for (const allocation of allocations) {
    const invoice = current.get(allocation.invoiceId) as InvoiceRecord;
    const lot = lotsById.get(allocation.paymentId) as PaymentRecord;
    const paidAfter = invoice.paidAmount + allocation.amount;
    await tx.addAllocation({
      paymentId: allocation.paymentId,
      invoiceId: invoice.id,
      amount: allocation.amount,
      paidBefore: invoice.paidAmount,
      allocatedAt: options.now,
    });
    await tx.addAllocatedAmount(allocation.paymentId, allocation.amount);
    const covered = await stageCoverageChange(
      tx,
      invoice,
      { before: invoice.paidAmount, after: paidAfter },
      lot.paidAt,
      options.policy,
      origin,
    );
    const updated: InvoiceRecord = {
      ...invoice,
      paidAmount: paidAfter,
      coveredLines: invoice.coveredLines + covered,
      paymentStatus: paymentStatusOf(invoice.total, paidAfter),
    };
    current.set(invoice.id, updated);
    lastPayment.set(invoice.id, allocation.paymentId);
    done.push({ paymentId: allocation.paymentId, invoice: updated, amount: allocation.amount });
  }

  const touched = open.filter((invoice) => lastPayment.has(invoice.id));
  for (const before of touched) {
    const after = current.get(before.id) as InvoiceRecord;
    await tx.setInvoiceBalance(after.id, {
      paidAmount: after.paidAmount,
      coveredLines: after.coveredLines,
      paymentStatus: after.paymentStatus,
    });
    const paymentId = lastPayment.get(before.id) as string;
    await tx.stage([
      invoicePaymentStatusChanged(
        before,
        after,
        paymentId === options.newPaymentId ? 'payment' : 'credit',
        paymentId,
        origin,
      ),
    ]);
    await stageUncoveredWorkers(tx, after, paymentId, options.policy, origin);
  }
  return { allocations: done, invoices: touched.map((invoice) => current.get(invoice.id) as InvoiceRecord) };
}
