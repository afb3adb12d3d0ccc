import { createHash, randomUUID } from 'node:crypto';
import type { PaymentReceivedV1 } from '@jaring/contracts';
import { ConflictError, DomainError, NotFoundError, type Rupiah } from '@jaring/kernel';
import type { EventOrigin } from '@jaring/messaging';
import { assertValidPayment, type PaymentSource } from '../../domain';
import type { InvoiceRecord, PaymentRecord } from '../ports/billing-records';
import { BillingStore, type BillingTransaction, PaymentKeyTaken } from '../ports/billing-store';
import { Clock } from '../ports/clock';
import { paymentReceived } from '../shared/billing-events';
import { settleSponsorCredit } from '../shared/settlement';

export interface RecordPaymentCommand {
  readonly idempotencyKey: string;
  readonly amount: Rupiah;
  readonly paidAt: string;
  /** The invoice the payer names, by id or by number; optional for a prepayment or a bank line without one. */
  readonly invoiceId?: string;
  readonly invoiceNumber?: string;
  /** Needed when no invoice is named (whose credit it becomes). */
  readonly sponsorId?: string;
  readonly bankReference?: string;
  readonly description?: string;
  readonly source: PaymentSource;
  readonly recordedBy: string;
  readonly origin: EventOrigin;
}

/** What the API answers, and answers again, unchanged, to a repeat with the same idempotency key. */
export interface PaymentResult {
  readonly paymentId: string;
  readonly sponsorId: string;
  readonly idempotencyKey: string;
  readonly amount: Rupiah;
  readonly paidAt: string;
  readonly invoiceId: string | null;
  readonly allocations: PaymentReceivedV1['allocations'];
  /** What of this payment was left as the sponsor's credit. */
  readonly creditRemaining: Rupiah;
  readonly recordedAt: string;
}

export interface RecordedPayment {
  readonly result: PaymentResult;
  /** True when the key was seen before: `result` is the first request's result and nothing changed. */
  readonly replayed: boolean;
}

/**
 * Records a payment from the sponsor's finance system and allocates it (domain rule: the named
 * invoice first, then the oldest open invoices, the rest as credit), staging PaymentReceived,
 * InvoicePaymentStatusChanged and the coverage batches in the same transaction. Idempotent by key:
 * a repeat returns the first result; the same key with a different request is refused (409).
 */
export class RecordPaymentHandler {
  constructor(
    private readonly store: BillingStore,
    private readonly clock: Clock,
  ) {}

  async execute(command: RecordPaymentCommand): Promise<RecordedPayment> {
    assertValidPayment(command, this.clock.now());
    const requestHash = hashOf(command);
    try {
      return await this.store.transaction(async (tx) => {
        const earlier = await tx.paymentByKey(command.idempotencyKey);
        if (earlier) return replay(earlier, requestHash);
        const { sponsorId, tenant, invoice } = await this.payer(tx, command);
        await tx.lockSponsor(sponsorId);
        const raced = await tx.paymentByKey(command.idempotencyKey);
        if (raced) return replay(raced, requestHash);
        return { result: await this.record(tx, command, requestHash, sponsorId, tenant, invoice), replayed: false };
      });
    } catch (error) {
      // Two first requests with one key for different sponsors raced past each other's locks.
      if (!(error instanceof PaymentKeyTaken)) throw error;
      const earlier = await this.store.transaction((tx) => tx.paymentByKey(command.idempotencyKey));
      if (!earlier) throw error;
      return replay(earlier, requestHash);
    }
  }

  private async record(
    tx: BillingTransaction,
    command: RecordPaymentCommand,
    requestHash: string,
    sponsorId: string,
    tenant: string,
    invoice: InvoiceRecord | undefined,
  ): Promise<PaymentResult> {
    const now = this.clock.now();
    const paymentId = randomUUID();
    const paidAt = new Date(command.paidAt);
    await tx.insertPayment({
      id: paymentId,
      idempotencyKey: command.idempotencyKey,
      requestHash,
      sponsorId,
      tenant,
      source: command.source,
      amount: command.amount,
      paidAt,
      invoiceId: invoice?.id ?? null,
      bankReference: command.bankReference ?? null,
      description: command.description ?? null,
      recordedBy: command.recordedBy,
      recordedAt: now,
      allocatedAmount: 0,
      status: 'recorded',
      reversalReason: null,
      reversedBy: null,
      reversedAt: null,
      firstResult: null,
    });
    const settlement = await settleSponsorCredit(tx, sponsorId, command.origin, {
      now,
      newPaymentId: paymentId,
      ...(invoice ? { directed: { paymentId, invoiceId: invoice.id } } : {}),
    });
    const allocations = settlement.allocations
      .filter((allocation) => allocation.paymentId === paymentId)
      .map((allocation) => ({
        invoiceId: allocation.invoice.id,
        invoiceNumber: allocation.invoice.invoiceNumber,
        month: allocation.invoice.month,
        amount: allocation.amount,
      }));
    const allocated = allocations.reduce((sum, allocation) => sum + allocation.amount, 0);
    const result: PaymentResult = {
      paymentId,
      sponsorId,
      idempotencyKey: command.idempotencyKey,
      amount: command.amount,
      paidAt: paidAt.toISOString(),
      invoiceId: invoice?.id ?? null,
      allocations,
      creditRemaining: command.amount - allocated,
      recordedAt: now.toISOString(),
    };
    // Keyed by the payment id, so it shares no partition with the invoice events staged above:
    // consumers must not rely on an order between a payment and the invoice changes it caused.
    await tx.stage([
      paymentReceived(
        tenant,
        {
          paymentId,
          sponsorId,
          idempotencyKey: command.idempotencyKey,
          source: command.source,
          amount: command.amount,
          paidAt: result.paidAt,
          ...(invoice ? { invoiceId: invoice.id } : {}),
          ...(command.bankReference ? { bankReference: command.bankReference } : {}),
          allocations,
          creditRemaining: result.creditRemaining,
        },
        command.origin,
      ),
    ]);
    await tx.setPaymentResult(paymentId, result);
    return result;
  }

  /** Who pays: the named invoice's sponsor, or the sponsor given; both must agree. */
  private async payer(
    tx: BillingTransaction,
    command: RecordPaymentCommand,
  ): Promise<{ sponsorId: string; tenant: string; invoice?: InvoiceRecord }> {
    let invoice: InvoiceRecord | undefined;
    if (command.invoiceId !== undefined || command.invoiceNumber !== undefined) {
      invoice =
        command.invoiceId !== undefined
          ? await tx.invoice(command.invoiceId)
          : await tx.invoiceByNumber((command.invoiceNumber as string).toUpperCase());
      if (!invoice) throw new NotFoundError('INVOICE_NOT_FOUND', 'no invoice has this reference', 'invoice');
      if (command.invoiceId !== undefined && command.invoiceNumber !== undefined) {
        if (invoice.invoiceNumber !== command.invoiceNumber.toUpperCase()) {
          throw new DomainError(
            'INVOICE_REFERENCE_MISMATCH',
            'invoiceId and invoiceNumber name different invoices',
            'invoiceNumber',
          );
        }
      }
      if (invoice.status !== 'issued') {
        throw new ConflictError('INVOICE_NOT_ISSUED', 'the invoice is still being generated', 'invoice');
      }
      if (command.sponsorId !== undefined && command.sponsorId !== invoice.sponsorId) {
        throw new DomainError('SPONSOR_MISMATCH', "the invoice is not this sponsor's", 'sponsorId');
      }
      return { sponsorId: invoice.sponsorId, tenant: invoice.tenant, invoice };
    }
    if (command.sponsorId === undefined) {
      throw new DomainError(
        'PAYER_UNKNOWN',
        'name the invoice paid (invoiceId or invoiceNumber) or, for a prepayment, the sponsorId',
        'sponsorId',
      );
    }
    const sponsor = await tx.sponsor(command.sponsorId);
    if (!sponsor) throw new NotFoundError('SPONSOR_UNKNOWN', 'billing knows no such sponsor', 'sponsorId');
    return { sponsorId: sponsor.sponsorId, tenant: sponsor.tenant };
  }
}

function replay(earlier: PaymentRecord, requestHash: string): RecordedPayment {
  if (earlier.requestHash !== requestHash) {
    throw new ConflictError(
      'IDEMPOTENCY_KEY_REUSED',
      'this idempotency key was used for a different payment',
      'idempotencyKey',
      { paymentId: earlier.id },
    );
  }
  return { result: earlier.firstResult as PaymentResult, replayed: true };
}

/** What makes two requests "the same payment": every field the payer sent, not who sent it or when. */
function hashOf(command: RecordPaymentCommand): string {
  const significant = [
    command.idempotencyKey,
    command.amount,
    new Date(command.paidAt).toISOString(),
    command.invoiceId ?? '',
    (command.invoiceNumber ?? '').toUpperCase(),
    command.sponsorId ?? '',
    command.bankReference ?? '',
    command.source,
  ];
  return createHash('sha256').update(JSON.stringify(significant)).digest('hex');
}
