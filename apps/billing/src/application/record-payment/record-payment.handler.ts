import { createHash, randomUUID } from 'node:crypto';
import { addDays, type LocalDate } from '@jaring/calendar';
import type { PaymentReceivedV1 } from '@jaring/contracts';
import { ConflictError, DomainError, NotFoundError, type Rupiah } from '@jaring/kernel';
import type { EventOrigin } from '@jaring/messaging';
import {
  assertValidPayment,
  IDEMPOTENCY_KEY_PATTERN,
  matchStatementCredit,
  type PaymentSource,
  type StatementMatchBasis,
} from '../../domain';
import type { InvoiceRecord, PaymentRecord } from '../ports/billing-records';
import { BillingStore, type BillingTransaction, PaymentKeyTaken } from '../ports/billing-store';
import type { BillingSettings } from '../ports/billing-settings';
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

/** A credit line of a bank statement, to be recorded as a payment unless it is one already. */
export interface RecordStatementCreditCommand {
  /** The bank's transaction id: once per sponsor. */
  readonly transactionId: string;
  readonly valueDate: LocalDate;
  readonly amount: Rupiah;
  readonly paidAt: string;
  /** The invoice number quoted in the description; without it, `sponsorId` gets the credit. */
  readonly invoiceNumber?: string;
  readonly sponsorId?: string;
  readonly description?: string;
  readonly recordedBy: string;
  readonly origin: EventOrigin;
}

export type StatementCreditOutcome =
  /** Recorded now, or recorded from a statement before. */
  | { readonly kind: 'recorded' | 'already-recorded'; readonly paymentId: string }
  /** The same money as a payment recorded otherwise (the finance system's): linked to it, not recorded. */
  | {
      readonly kind: 'matched';
      readonly payment: PaymentRecord;
      /** How it was found; `linked-before` when an earlier upload of the transaction matched it. */
      readonly basis: StatementMatchBasis | 'linked-before';
    };

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
    private readonly settings: Pick<BillingSettings, 'shortPaymentPolicy'>,
  ) {}

  /**
   * Records a bank-statement credit under a key of its sponsor and transaction id, unless it is
   * money recorded already (domain rule matchStatementCredit): then the payment it matches is
   * linked to the transaction and nothing is recorded. Decided under the sponsor's lock, so a
   * payment of the same money recorded at the same time is seen.
   */
  async recordStatementCredit(command: RecordStatementCreditCommand): Promise<StatementCreditOutcome> {
    return this.store.transaction(async (tx) => {
      // The quoted invoice decides the payer; the sponsor given only takes transfers quoting none.
      const reference =
        command.invoiceNumber !== undefined
          ? { invoiceNumber: command.invoiceNumber }
          : { sponsorId: command.sponsorId };
      const { sponsorId, tenant, invoice } = await this.payer(tx, reference);
      const payment: RecordPaymentCommand = {
        idempotencyKey: statementPaymentKey(sponsorId, command.transactionId),
        amount: command.amount,
        paidAt: command.paidAt,
        ...reference,
        bankReference: command.transactionId,
        ...(command.description !== undefined ? { description: command.description } : {}),
        source: 'bank-statement',
        recordedBy: command.recordedBy,
        origin: command.origin,
      };
      assertValidPayment(payment, this.clock.now());
      const requestHash = hashOf(payment);
      await tx.lockSponsor(sponsorId);
      const earlier = await tx.paymentByKey(payment.idempotencyKey);
      if (earlier) return { kind: 'already-recorded', paymentId: replay(earlier, requestHash).result.paymentId };

      const valueDay = {
        from: this.clock.startOf(command.valueDate),
        until: this.clock.startOf(addDays(command.valueDate, 1)),
      };
      const candidates = await tx.statementMatchCandidates({
        sponsorId,
        transactionId: command.transactionId,
        amount: command.amount,
        ...valueDay,
      });
      const match = matchStatementCredit(
        {
          sponsorId,
          transactionId: command.transactionId,
          amount: command.amount,
          valueDay,
          invoiceId: invoice?.id ?? null,
        },
        candidates,
      );
      const found = candidates.find((candidate) => 'paymentId' in match && candidate.id === match.paymentId);
      switch (match.kind) {
        case 'new':
          return {
            kind: 'recorded',
            paymentId: (await this.record(tx, payment, requestHash, sponsorId, tenant, invoice, command.transactionId))
              .paymentId,
          };
        case 'conflict':
          throw new ConflictError(
            'BANK_TRANSACTION_REUSED',
            'this bank transaction was recorded before with another amount',
            'transactionId',
            { paymentId: match.paymentId },
          );
        case 'known':
          // Recorded from a statement before this key was scoped to the sponsor, or matched before.
          return found?.source === 'bank-statement'
            ? { kind: 'already-recorded', paymentId: match.paymentId }
            : { kind: 'matched', payment: found as PaymentRecord, basis: 'linked-before' };
        case 'matched':
          await tx.linkStatementTransaction(match.paymentId, command.transactionId);
          return { kind: 'matched', payment: found as PaymentRecord, basis: match.basis };
      }
    });
  }

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
        return {
          result: await this.record(tx, command, requestHash, sponsorId, tenant, invoice, null),
          replayed: false,
        };
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
    statementTransactionId: string | null,
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
      statementTransactionId,
      description: command.description ?? null,
      recordedBy: command.recordedBy,
      recordedAt: now,
      allocatedAmount: 0,
      status: 'recorded',
      reversalReason: null,
      reversalRequest: null,
      reversedBy: null,
      reversedAt: null,
      firstResult: null,
    });
    const settlement = await settleSponsorCredit(tx, sponsorId, command.origin, {
      now,
      policy: this.settings.shortPaymentPolicy,
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
    command: Pick<RecordPaymentCommand, 'invoiceId' | 'invoiceNumber' | 'sponsorId'>,
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

/**
 * A statement transaction's idempotency key: the sponsor and the bank's transaction id (two
 * regencies' banks may use the same ids); ids with other characters are hashed.
 */
export function statementPaymentKey(sponsorId: string, transactionId: string): string {
  const key = `bank-statement:${sponsorId}:${transactionId}`;
  return IDEMPOTENCY_KEY_PATTERN.test(key)
    ? key
    : `bank-statement:${sponsorId}:sha256:${createHash('sha256').update(transactionId).digest('hex')}`;
}
