import { DomainError } from '@jaring/kernel';
import type { YearMonth } from '@jaring/calendar';

/**
 * 'JRG-7604-202603-01': regency code, billed month, sequence within that regency and month. The
 * sequence has two digits at least and grows past 99 (hourly supplementary invoices, ADR 0009).
 */
export const INVOICE_NUMBER_PATTERN = /\bJRG-\d{4}-\d{6}-\d{2,}\b/i;

/**
 * The invoice number a finance officer quotes on a bank transfer. The regency (tenant) and month
 * make it readable; the sequence keeps it unique when one regency has more than one sponsor.
 */
export function invoiceNumber(tenant: string, month: YearMonth, sequence: number): string {
  if (!/^\d{2}\.\d{2}$/.test(tenant)) throw new DomainError('TENANT_INVALID', `'${tenant}' is not a regency code`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new DomainError('INVOICE_SEQUENCE_INVALID', `invoice sequence ${sequence} is not a positive whole number`);
  }
  return `JRG-${tenant.replace('.', '')}-${month.replace('-', '')}-${String(sequence).padStart(2, '0')}`;
}

/** The first invoice number quoted in free text (a bank transfer's description), upper-cased. */
export function findInvoiceNumber(text: string): string | undefined {
  return INVOICE_NUMBER_PATTERN.exec(text)?.[0].toUpperCase();
}
