import { DomainError } from '@jaring/kernel';
import type { EventOrigin } from '@jaring/messaging';
import { readStatementRow } from '../../domain';
import { Clock } from '../ports/clock';
import { RecordPaymentHandler } from '../record-payment/record-payment.handler';

export interface ImportBankStatementCommand {
  /** The statement's data rows as column → value (header names as in BANK_STATEMENT_COLUMNS). */
  readonly records: readonly Readonly<Record<string, string | undefined>>[];
  /** Whose credit a transfer that quotes no invoice number becomes; without it such rows are left unmatched. */
  readonly sponsorId?: string;
  readonly recordedBy: string;
  readonly origin: EventOrigin;
}

/**
 * Wire values. `already-recorded`: this transaction was recorded from a statement before;
 * `duplicate`: it is money recorded otherwise (the finance system's API), so it is not recorded
 * again (the row names that payment); `unmatched`: no invoice number and no sponsor to credit.
 */
export type StatementRowOutcome =
  'recorded' | 'already-recorded' | 'duplicate' | 'unmatched' | 'skipped' | 'invalid' | 'rejected';

export interface StatementRowResult {
  readonly row: number;
  readonly outcome: StatementRowOutcome;
  readonly transactionId?: string;
  /** The payment recorded, or for `duplicate` the payment it is. */
  readonly paymentId?: string;
  readonly invoiceNumber?: string;
  readonly amount?: number;
  readonly reason?: string;
}

export interface StatementImportResult {
  readonly rows: StatementRowResult[];
  readonly counts: Record<StatementRowOutcome, number>;
}

const MATCH_BASIS = {
  'bank-reference': 'its bank reference is this transaction',
  invoice: 'same invoice, amount and day',
  'no-invoice': 'same amount and day, naming no invoice',
  'linked-before': 'matched by an earlier upload',
} as const;

/**
 * Records the credits of a bank statement as payments. Each transaction's idempotency key is
 * derived from the sponsor and the bank's transaction id, so uploading the same statement (or
 * overlapping ones) twice records nothing twice. A credit that is money recorded already through
 * the finance system's API (matchStatementCredit: same sponsor, amount, value date, and invoice or
 * bank reference) is reported as a `duplicate` and not recorded again. The invoice comes from the
 * number quoted in the transfer's description; a row that quotes none becomes the given sponsor's
 * credit or stays unmatched.
 */
export class ImportBankStatementHandler {
  constructor(
    private readonly recordPayment: RecordPaymentHandler,
    private readonly clock: Clock,
  ) {}

  async execute(command: ImportBankStatementCommand): Promise<StatementImportResult> {
    const rows: StatementRowResult[] = [];
    for (const [index, record] of command.records.entries()) {
      const read = readStatementRow(index + 1, record);
      if (read.kind !== 'credit') {
        rows.push({ row: read.row, outcome: read.kind, reason: read.reason });
        continue;
      }
      const line = read.line;
      const base = { row: line.row, transactionId: line.transactionId, amount: line.amount };
      if (!line.invoiceNumber && !command.sponsorId) {
        rows.push({ ...base, outcome: 'unmatched', reason: 'the description quotes no invoice number' });
        continue;
      }
      try {
        const outcome = await this.recordPayment.recordStatementCredit({
          transactionId: line.transactionId,
          valueDate: line.valueDate,
          amount: line.amount,
          paidAt: line.paidAt ?? this.clock.startOf(line.valueDate).toISOString(),
          ...(line.invoiceNumber ? { invoiceNumber: line.invoiceNumber } : { sponsorId: command.sponsorId }),
          description: line.description,
          recordedBy: command.recordedBy,
          origin: command.origin,
        });
        const invoice = line.invoiceNumber ? { invoiceNumber: line.invoiceNumber } : {};
        if (outcome.kind === 'matched') {
          const { payment } = outcome;
          rows.push({
            ...base,
            outcome: 'duplicate',
            paymentId: payment.id,
            ...invoice,
            reason:
              `the same money as payment ${payment.id} (${payment.source}, key ${payment.idempotencyKey}, ` +
              `paid ${payment.paidAt.toISOString()}; ${MATCH_BASIS[outcome.basis]}): not recorded again`,
          });
        } else {
          rows.push({ ...base, outcome: outcome.kind, paymentId: outcome.paymentId, ...invoice });
        }
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        rows.push({ ...base, outcome: 'rejected', reason: `${error.code}: ${error.message}` });
      }
    }
    const counts = {
      recorded: 0,
      'already-recorded': 0,
      duplicate: 0,
      unmatched: 0,
      skipped: 0,
      invalid: 0,
      rejected: 0,
    };
    for (const row of rows) counts[row.outcome] += 1;
    return { rows, counts };
  }
}
