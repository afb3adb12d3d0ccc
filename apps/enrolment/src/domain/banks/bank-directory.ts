import { DomainError } from '@jaring/kernel';
import { parseCsv } from '../shared/csv.parser';

/** A bank of Bank Indonesia's clearing list: its 3-digit code and the names officers write for it. */
export interface Bank {
  readonly code: string;
  readonly name: string;
  readonly alsoWritten: readonly string[];
}

/** The banks payouts can go to, looked up by code or by a name as officers write it ('BRI', 'Bank Sulselbar'). */
export interface BankDirectory {
  readonly banks: readonly Bank[];
  /** The 3-digit code of the bank this name or code means, if the table knows it. */
  codeFor(written: string): string | undefined;
}

/** Case, punctuation, company forms and a leading 'Bank' do not tell banks apart: 'PT. Bank BRI' is 'bri'. */
function nameKey(written: string): string {
  return written
    .toLowerCase()
    .replace(/\(persero\)|\btbk\b|^pt\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^pt /, '')
    .replace(/^bank /, '');
}

/**
 * Reads the bank table (seed/banks.csv: code, name, also_written with names separated by '|').
 * Throws when a code is not 3 digits or one name would mean two banks: a payout to the wrong bank
 * is worse than an officer asked to write the code.
 */
export function parseBankCsv(text: string): BankDirectory {
  const { header, rows } = parseCsv(text);
  for (const column of ['code', 'name', 'also_written']) {
    if (!header.includes(column)) throw new DomainError('BANK_TABLE_INVALID', `the bank table has no ${column} column`);
  }
  const banks = rows.map(({ lineNumber, record }) => {
    const code = record.code.trim();
    if (!/^\d{3}$/.test(code)) {
      throw new DomainError('BANK_TABLE_INVALID', `line ${lineNumber}: bank code '${code}' is not 3 digits`);
    }
    const alsoWritten = record.also_written
      .split('|')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    return { code, name: record.name.trim(), alsoWritten };
  });
  const codesByName = new Map<string, string>();
  for (const bank of banks) {
    for (const key of [bank.code, ...[bank.name, ...bank.alsoWritten].map(nameKey)]) {
      const known = codesByName.get(key);
      if (known !== undefined && known !== bank.code) {
        throw new DomainError('BANK_TABLE_INVALID', `'${key}' names both bank ${known} and bank ${bank.code}`);
      }
      codesByName.set(key, bank.code);
    }
  }
  return {
    banks,
    codeFor: (written) => codesByName.get(nameKey(written)),
  };
}
