import { NotFoundError } from '@jaring/kernel';
import type { EventOrigin } from '@jaring/messaging';
import { assertReversalApprover, assertReversalReason, paymentStatusOf } from '../../domain';
import type { AllocationRecord, InvoiceRecord, PaymentRecord } from '../ports/billing-records';
import { BillingStore, type BillingTransaction } from '../ports/billing-store';
import { Clock } from '../ports/clock';
import { invoicePaymentStatusChanged, paymentReversed } from '../shared/billing-events';
import { stageCoverageChange, stageUncoveredWorkers } from '../shared/coverage-publisher';
import type { BillingSettings } from '../ports/billing-settings';
import { settleSponsorCredit } from '../shared/settlement';

export interface RequestReversalCommand {
  readonly paymentId: string;
  readonly reason: string;
  readonly requestedBy: string;
}

export interface ApproveReversalCommand {
  readonly paymentId: string;
  readonly approvedBy: string;
  readonly origin: EventOrigin;
}

export interface ReversedPayment {
  readonly payment: PaymentRecord;
  readonly allocationsUndone: AllocationRecord[];
  /** False when the payment had been reversed before: nothing changed. */
  readonly reversedNow: boolean;
}

/**
 * Reverses a mistaken payment with a reason, in two steps by two finance users (four eyes: a
 * reversal withdraws coverage). One requests it with the reason: nothing moves yet. A second
 * approves it: every allocation it made is undone, the invoices it paid lose that money (and the
 * coverage of the lines no longer paid, as CoverageWithdrawn batches), its unspent credit
 * disappears, and other credit the sponsor holds then fills what was reopened. Reversing twice
 * changes nothing; requesting again while a request waits changes nothing either.
 */
export class ReversePaymentHandler {
  constructor(
    private readonly store: BillingStore,
    private readonly clock: Clock,
    private readonly settings: Pick<BillingSettings, 'shortPaymentPolicy'>,
  ) {}

  async request(command: RequestReversalCommand): Promise<PaymentRecord> {
    const reason = assertReversalReason(command.reason);
    return this.store.transaction(async (tx) => {
      const payment = await this.lockedPayment(tx, command.paymentId);
      if (payment.status === 'reversed' || payment.reversalRequest) return payment;
      const request = { reason, requestedBy: command.requestedBy, requestedAt: this.clock.now() };
      await tx.requestReversal(payment.id, request);
      return (await tx.payment(payment.id)) as PaymentRecord;
    });
  }

  async approve(command: ApproveReversalCommand): Promise<ReversedPayment> {
    return this.store.transaction(async (tx) => {
      const payment = await this.lockedPayment(tx, command.paymentId);
      const allocations = await tx.allocationsOf(payment.id);
      if (payment.status === 'reversed') {
        return { payment, allocationsUndone: allocations, reversedNow: false };
      }
      const { reason } = assertReversalApprover(payment.reversalRequest, command.approvedBy);
      const now = this.clock.now();
      const active = allocations.filter((allocation) => allocation.reversedAt === null);
      const byInvoice = new Map<string, number>();
      for (const allocation of active) {
        byInvoice.set(allocation.invoiceId, (byInvoice.get(allocation.invoiceId) ?? 0) + allocation.amount);
      }
      await tx.reversePayment(payment.id, { reason, reversedBy: command.approvedBy, reversedAt: now });
      for (const [invoiceId, amount] of byInvoice) {
        const before = (await tx.invoice(invoiceId)) as InvoiceRecord;
        const paidAfter = before.paidAmount - amount;
        const withdrawn = await stageCoverageChange(
          tx,
          before,
          { before: before.paidAmount, after: paidAfter },
          now,
          this.settings.shortPaymentPolicy,
          command.origin,
        );
        const after: InvoiceRecord = {
          ...before,
          paidAmount: paidAfter,
          coveredLines: before.coveredLines - withdrawn,
          paymentStatus: paymentStatusOf(before.total, paidAfter),
        };
        await tx.setInvoiceBalance(invoiceId, {
          paidAmount: after.paidAmount,
          coveredLines: after.coveredLines,
          paymentStatus: after.paymentStatus,
        });
        await tx.stage([invoicePaymentStatusChanged(before, after, 'reversal', payment.id, command.origin)]);
      }
      await tx.stage([
        paymentReversed(
          payment.tenant,
          {
            paymentId: payment.id,
            sponsorId: payment.sponsorId,
            amount: payment.amount,
            reason,
            reversedAt: now.toISOString(),
            reversedBy: command.approvedBy,
            allocationsUndone: active.map((allocation) => ({
              invoiceId: allocation.invoiceId,
              invoiceNumber: allocation.invoiceNumber,
              month: allocation.month,
              amount: allocation.amount,
            })),
          },
          command.origin,
        ),
      ]);
      const resettled = await settleSponsorCredit(tx, payment.sponsorId, command.origin, {
        now,
        policy: this.settings.shortPaymentPolicy,
      });
      // An invoice the remaining credit did not touch again is short now: tell finance who is uncovered.
      const touchedAgain = new Set(resettled.invoices.map((invoice) => invoice.id));
      for (const invoiceId of byInvoice.keys()) {
        if (touchedAgain.has(invoiceId)) continue;
        const after = (await tx.invoice(invoiceId)) as InvoiceRecord;
        await stageUncoveredWorkers(tx, after, payment.id, this.settings.shortPaymentPolicy, command.origin);
      }
      return {
        payment: (await tx.payment(payment.id)) as PaymentRecord,
        allocationsUndone: active,
        reversedNow: true,
      };
    });
  }

  /** The payment, its sponsor's money movements locked until commit. */
  private async lockedPayment(tx: BillingTransaction, paymentId: string): Promise<PaymentRecord> {
    const found = await tx.payment(paymentId);
    if (!found) throw new NotFoundError('PAYMENT_NOT_FOUND', 'no payment has this id', 'paymentId');
    await tx.lockSponsor(found.sponsorId);
    return (await tx.payment(paymentId)) as PaymentRecord;
  }
}
