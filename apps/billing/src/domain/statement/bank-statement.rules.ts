import type { Rupiah } from '@jaring/kernel';
import { isLocalDate } from '@jaring/calendar';
import { findInvoiceNumber } from '../invoice/invoice-number';

/**
 * The bank-statement CSV the Pemkab's finance office exports (one row per transaction, UTF-8,
 * header row): transactionId, valueDate, amount, description, and optionally direction (CR/DB)
 * and paidAt (an instant; the value date at 00:00 in the business time zone when absent).
 */
export const BANK_STATEMENT_COLUMNS = ['transactionId', 'valueDate', 'amount', 'description'] as const;

export interface StatementLine {
  readonly row: number;
  readonly transactionId: string;
  readonly valueDate: string;
  readonly paidAt?: string;
  readonly amount: Rupiah;
  readonly description: string;
  /** The invoice number quoted in the description, if any. */
  readonly invoiceNumber?: string;
}

export type StatementRow =
  | { readonly kind: 'credit'; readonly line: StatementLine }
  | { readonly kind: 'skipped'; readonly row: number; readonly reason: string }
  | { readonly kind: 'invalid'; readonly row: number; readonly reason: string };

/** Reads one data row (1-based row number, header excluded) of the statement. */
export function readStatementRow(row: number, record: Readonly<Record<string, string | undefined>>): StatementRow {
  const value = (name: string) => (record[name] ?? '').trim();
  const missing = BANK_STATEMENT_COLUMNS.filter((name) => name !== 'description' && value(name) === '');
  if (missing.length > 0) return { kind: 'invalid', row, reason: `missing ${missing.join(', ')}` };
  const direction = value('direction').toUpperCase();
  if (direction !== '' && !['CR', 'C', 'K', 'KREDIT', 'CREDIT'].includes(direction)) {
    return { kind: 'skipped', row, reason: `not a credit (${direction})` };
  }
  const amount = parseRupiah(value('amount'));
  if (amount === undefined) return { kind: 'invalid', row, reason: 'amount is not a whole number of rupiah' };
  if (amount <= 0) return { kind: 'skipped', row, reason: 'not a credit (amount is not positive)' };
  const valueDate = value('valueDate');
  if (!isLocalDate(valueDate)) return { kind: 'invalid', row, reason: 'valueDate must be a date YYYY-MM-DD' };
  const paidAt = value('paidAt');
  if (paidAt !== '' && Number.isNaN(Date.parse(paidAt))) {
    return { kind: 'invalid', row, reason: 'paidAt must be an ISO-8601 instant' };
  }
  const description = value('description');
  const invoiceNumber = findInvoiceNumber(description);
  return {
    kind: 'credit',
    line: {
      row,
      transactionId: value('transactionId'),
      valueDate,
      ...(paidAt === '' ? {} : { paidAt }),
      amount,
      description,
      ...(invoiceNumber ? { invoiceNumber } : {}),
    },
  };
}

/**
 * Amounts as banks print them: '431995200', '431.995.200', '431,995,200', 'Rp 431.995.200,00'.
 * Cents other than zero are refused (money is whole rupiah); a minus sign makes it negative.
 */
export function parseRupiah(text: string): Rupiah | undefined {
  let cleaned = text.replace(/^rp\.?\s*/i, '').replace(/\s/g, '');
  const negative = cleaned.startsWith('-');
  if (negative) cleaned = cleaned.slice(1);
  const cents = /^(.*)[.,](\d{2})$/.exec(cleaned);
  if (cents && !/^\d{1,3}([.,]\d{3})+$/.test(cleaned)) {
    if (cents[2] !== '00') return undefined;
    cleaned = cents[1];
  }
  if (!/^\d{1,3}([.,]?\d{3})*$/.test(cleaned) && !/^\d+$/.test(cleaned)) return undefined;
  const amount = Number(cleaned.replace(/[.,]/g, ''));
  if (!Number.isSafeInteger(amount)) return undefined;
  return negative ? -amount : amount;
}
