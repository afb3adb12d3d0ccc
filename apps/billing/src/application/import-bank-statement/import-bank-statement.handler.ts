import { createHash } from 'node:crypto';
import { DomainError } from '@jaring/kernel';
import type { EventOrigin } from '@jaring/messaging';
import { IDEMPOTENCY_KEY_PATTERN, readStatementRow } from '../../domain';
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

export type StatementRowOutcome = 'recorded' | 'already-recorded' | 'unmatched' | 'skipped' | 'invalid' | 'rejected';

export interface StatementRowResult {
  readonly row: number;
  readonly outcome: StatementRowOutcome;
  readonly transactionId?: string;
  readonly paymentId?: string;
  readonly invoiceNumber?: string;
  readonly amount?: number;
  readonly reason?: string;
}

export interface StatementImportResult {
  readonly rows: StatementRowResult[];
  readonly counts: Record<StatementRowOutcome, number>;
}

/**
 * Records the credits of a bank statement as payments. Each transaction's idempotency key is
 * derived from the bank's transaction id, so uploading the same statement (or overlapping ones)
 * twice records nothing twice. The invoice comes from the number quoted in the transfer's
 * description; a row that quotes none becomes the given sponsor's credit or stays unmatched.
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
        const recorded = await this.recordPayment.execute({
          idempotencyKey: statementKey(line.transactionId),
          amount: line.amount,
          paidAt: line.paidAt ?? this.clock.startOf(line.valueDate).toISOString(),
          ...(line.invoiceNumber ? { invoiceNumber: line.invoiceNumber } : { sponsorId: command.sponsorId }),
          bankReference: line.transactionId,
          description: line.description,
          source: 'bank-statement',
          recordedBy: command.recordedBy,
          origin: command.origin,
        });
        rows.push({
          ...base,
          outcome: recorded.replayed ? 'already-recorded' : 'recorded',
          paymentId: recorded.result.paymentId,
          ...(line.invoiceNumber ? { invoiceNumber: line.invoiceNumber } : {}),
        });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        rows.push({ ...base, outcome: 'rejected', reason: `${error.code}: ${error.message}` });
      }
    }
    const counts = { recorded: 0, 'already-recorded': 0, unmatched: 0, skipped: 0, invalid: 0, rejected: 0 };
    for (const row of rows) counts[row.outcome] += 1;
    return { rows, counts };
  }
}

/** The bank's transaction id as an idempotency key; ids with other characters are hashed. */
export function statementKey(transactionId: string): string {
  const key = `bank-statement:${transactionId}`;
  return IDEMPOTENCY_KEY_PATTERN.test(key)
    ? key
    : `bank-statement:sha256:${createHash('sha256').update(transactionId).digest('hex')}`;
}
