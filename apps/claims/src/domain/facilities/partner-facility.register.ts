import { DomainError, InvalidInputError } from '@jaring/kernel';
import type { PartnerCareInvoice } from '../benefits/benefit.types';
import type { BankAccount } from '../claim/claim.types';
import { isBefore, isLocalDate, type LocalDate } from '../shared/local-date.util';

/**
 * One row of the register of BPJS Ketenagakerjaan partner health facilities (fasilitas kesehatan
 * mitra / PLKK, RULES.md §2): who the facility is, where, and the account its invoices are paid
 * into, from `effectiveFrom` until `effectiveUntil` (inclusive; open when absent). A change of
 * account or an ended partnership is a new row, never an edit, so a paid invoice keeps its account.
 */
export interface PartnerFacility {
  code: string;
  name: string;
  /** Kemendagri code of the facility's regency, e.g. 76.04. */
  regency: string;
  bankAccount: BankAccount;
  effectiveFrom: LocalDate;
  effectiveUntil?: LocalDate;
  /** Where the row comes from (the PKS with the facility, the branch office's letter). */
  source: string;
}

/** The facility a claim pays: its payee id (used in the payout key, never a person's id) and its registered account. */
export interface FacilityPayee {
  id: string;
  facilityCode: string;
  name: string;
  bankAccount: BankAccount;
}

/** The prefix keeps a facility's payee id apart from any worker, heir or NIK. */
export function facilityPayeeId(facilityCode: string): string {
  return `facility:${facilityCode}`;
}

export const PARTNER_FACILITY_COLUMNS = [
  'code',
  'name',
  'regency',
  'bank_code',
  'account_number',
  'account_holder',
  'effective_from',
  'effective_until',
  'source',
] as const;

const FACILITY_CODE = /^[A-Z0-9][A-Z0-9-]{2,31}$/;
const REGENCY_CODE = /^\d{2}\.\d{2}$/;
const BANK_CODE = /^\d{3}$/;
const ACCOUNT_NUMBER = /^\d{6,20}$/;

/**
 * Parses the partner-facility register (CSV with the PARTNER_FACILITY_COLUMNS header; no quoting:
 * a name holds no comma). Every problem is listed, each with its line, so an operator fixes the
 * file in one pass; the service does not start on a bad register.
 * Rows of one facility may not overlap in time.
 */
export function parsePartnerFacilityRegister(csv: string): PartnerFacility[] {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const problems: string[] = [];
  if (lines.length === 0 || lines[0].trim() !== PARTNER_FACILITY_COLUMNS.join(',')) {
    throw registerInvalid([`the header must be ${PARTNER_FACILITY_COLUMNS.join(',')}`]);
  }
  const rows: PartnerFacility[] = [];
  lines.slice(1).forEach((line, index) => {
    const at = `line ${index + 2}`;
    const cells = line.split(',').map((cell) => cell.trim());
    if (cells.length !== PARTNER_FACILITY_COLUMNS.length) {
      problems.push(`${at}: ${PARTNER_FACILITY_COLUMNS.length} columns expected, got ${cells.length}`);
      return;
    }
    const [code, name, regency, bankCode, accountNumber, holderName, from, until, source] = cells;
    const rowProblems = [
      FACILITY_CODE.test(code) ? undefined : `code '${code}' must be 3-32 capital letters, digits or '-'`,
      name ? undefined : 'name is required',
      REGENCY_CODE.test(regency) ? undefined : `regency '${regency}' must be a Kemendagri code like 76.04`,
      BANK_CODE.test(bankCode) ? undefined : `bank_code '${bankCode}' must be 3 digits`,
      ACCOUNT_NUMBER.test(accountNumber) ? undefined : 'account_number must be 6-20 digits',
      holderName ? undefined : 'account_holder is required',
      isLocalDate(from) ? undefined : `effective_from '${from}' must be a date YYYY-MM-DD`,
      until === '' || isLocalDate(until) ? undefined : `effective_until '${until}' must be empty or a date`,
      until !== '' && isLocalDate(from) && isLocalDate(until) && isBefore(until, from)
        ? 'effective_until is before effective_from'
        : undefined,
      source ? undefined : 'source is required (where the row comes from)',
    ].filter((problem): problem is string => problem !== undefined);
    if (rowProblems.length > 0) {
      problems.push(...rowProblems.map((problem) => `${at}: ${problem}`));
      return;
    }
    rows.push({
      code,
      name,
      regency,
      bankAccount: { bankCode, accountNumber, holderName },
      effectiveFrom: from,
      ...(until ? { effectiveUntil: until } : {}),
      source,
    });
  });
  problems.push(...overlaps(rows));
  if (problems.length > 0) throw registerInvalid(problems);
  return rows;
}

/** The row of `code` in force on `date`, if the facility was a partner then. */
export function partnerFacilityOn(
  register: readonly PartnerFacility[],
  code: string,
  date: LocalDate,
): PartnerFacility | undefined {
  return register.find((row) => row.code === code && inForce(row, date));
}

/**
 * Every invoice is from a facility that was a partner on the incident date (care elsewhere is
 * non-partner care, reimbursed to the worker on its receipts). Each unknown facility is a violation.
 */
export function assertPartnerFacilities(
  invoices: readonly PartnerCareInvoice[],
  register: readonly PartnerFacility[],
  incidentDate: LocalDate,
): void {
  InvalidInputError.throwIfAny(
    invoices.flatMap((invoice, index) =>
      partnerFacilityOn(register, invoice.facilityCode, incidentDate)
        ? []
        : [
            {
              field: `partnerCare.${index}.facilityCode`,
              code: 'PARTNER_FACILITY_UNKNOWN',
              message: `Facility ${invoice.facilityCode} was not a registered partner facility on ${incidentDate}: claim its receipts as nonPartnerCare, or check the code`,
            },
          ],
    ),
  );
}

/**
 * Where a registered facility is paid as of `date`: the latest row that started by then — an ended
 * partnership still gets paid for the care it gave as a partner.
 */
export function facilityPayeeAsOf(
  register: readonly PartnerFacility[],
  code: string,
  date: LocalDate,
): FacilityPayee | undefined {
  const row = register
    .filter((candidate) => candidate.code === code && !isBefore(date, candidate.effectiveFrom))
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))
    .at(-1);
  return row && { id: facilityPayeeId(row.code), facilityCode: row.code, name: row.name, bankAccount: row.bankAccount };
}

function inForce(row: PartnerFacility, date: LocalDate): boolean {
  return (
    !isBefore(date, row.effectiveFrom) && (row.effectiveUntil === undefined || !isBefore(row.effectiveUntil, date))
  );
}

function overlaps(rows: readonly PartnerFacility[]): string[] {
  const byCode = new Map<string, PartnerFacility[]>();
  for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  const problems: string[] = [];
  for (const [code, ofCode] of byCode) {
    const ordered = [...ofCode].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    ordered.slice(1).forEach((row, index) => {
      const previous = ordered[index];
      if (previous.effectiveUntil === undefined || !isBefore(previous.effectiveUntil, row.effectiveFrom)) {
        problems.push(
          `facility ${code}: the row from ${row.effectiveFrom} overlaps the row from ${previous.effectiveFrom}`,
        );
      }
    });
  }
  return problems;
}

function registerInvalid(problems: readonly string[]): DomainError {
  return new DomainError('PARTNER_FACILITY_REGISTER_INVALID', `Partner-facility register: ${problems.join('; ')}`);
}
