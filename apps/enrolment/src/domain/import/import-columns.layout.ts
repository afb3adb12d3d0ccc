/**
 * The bulk-import file layout: one header line, then one worker per line. Column names are a
 * contract with every Pemkab's spreadsheet (and seed/worker-import-template.csv): never rename,
 * only add optional columns. Documented for officers in apps/enrolment/seed/README.md.
 */
export interface ImportColumn {
  /** The header name in the file. */
  readonly name: string;
  /** The RegisterWorkerInput property path its value lands in; violations on it point back here. */
  readonly field: string;
  /** A required column must be present in the header; its cells must be filled. */
  readonly required: boolean;
}

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { name: 'nik', field: 'nik', required: true },
  { name: 'full_name', field: 'fullName', required: true },
  { name: 'birth_date', field: 'birthDate', required: true },
  { name: 'sex', field: 'sex', required: true },
  { name: 'address', field: 'addressLine', required: true },
  { name: 'desa_code', field: 'desaCode', required: true },
  { name: 'occupation', field: 'occupation', required: true },
  { name: 'phone', field: 'phone', required: false },
  { name: 'kk_number', field: 'kk.number', required: false },
  { name: 'kk_since', field: 'kk.since', required: false },
  { name: 'bank_code', field: 'payoutAccount.bankCode', required: false },
  { name: 'account_number', field: 'payoutAccount.accountNumber', required: false },
  { name: 'account_holder', field: 'payoutAccount.holderName', required: false },
  { name: 'declared_income', field: 'declaredMonthlyIncome', required: false },
  { name: 'enrolment_date', field: 'enrolmentDate', required: false },
  { name: 'prior_membership_start', field: 'priorMembership.bpjsMembershipStart', required: false },
  { name: 'prior_months_paid', field: 'priorMembership.monthsPaid', required: false },
  { name: 'prior_membership_proof', field: 'priorMembership.proofDocument', required: false },
];

export const IMPORT_HEADER: readonly string[] = IMPORT_COLUMNS.map((column) => column.name);

export interface ImportHeaderProblem {
  readonly column: string;
  /** 'error' rejects the whole file; 'warning' is reported and the column ignored. */
  readonly severity: 'error' | 'warning';
  readonly code: 'COLUMN_MISSING' | 'COLUMN_REPEATED' | 'COLUMN_UNKNOWN';
  readonly message: string;
}

/**
 * Header names as officers write them: any case, spaces or hyphens for underscores, stray
 * spaces and a byte-order mark ('Full Name ' → 'full_name').
 */
export function normaliseColumnName(name: string): string {
  let normalised = normalisedNames.get(name);
  if (normalised === undefined) {
    normalised = name
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    // Every row of a file repeats the same few header names: remember them (bounded).
    if (normalisedNames.size >= MAX_REMEMBERED_NAMES) normalisedNames.clear();
    normalisedNames.set(name, normalised);
  }
  return normalised;
}

const MAX_REMEMBERED_NAMES = 1_000;
const normalisedNames = new Map<string, string>();

/**
 * Checks a file's header once, before its rows: a missing required column or a repeated column
 * rejects the file (every row would fail the same way); an unknown column (such as a row counter
 * 'no') is only a warning.
 */
export function checkImportHeader(header: readonly string[]): readonly ImportHeaderProblem[] {
  const names = header.map(normaliseColumnName);
  const known = new Set(IMPORT_HEADER);
  const missing = IMPORT_COLUMNS.filter((column) => column.required && !names.includes(column.name)).map(
    (column): ImportHeaderProblem => ({
      column: column.name,
      severity: 'error',
      code: 'COLUMN_MISSING',
      message: `the required column ${column.name} is missing`,
    }),
  );
  const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))].map(
    (name): ImportHeaderProblem => ({
      column: name,
      severity: 'error',
      code: 'COLUMN_REPEATED',
      message: `the column ${name} appears more than once`,
    }),
  );
  const unknown = names
    .filter((name) => name !== '' && !known.has(name))
    .map((name): ImportHeaderProblem => ({
      column: name,
      severity: 'warning',
      code: 'COLUMN_UNKNOWN',
      message: `the column ${name} is not part of the import layout and is ignored`,
    }));
  return [...missing, ...repeated, ...unknown];
}
