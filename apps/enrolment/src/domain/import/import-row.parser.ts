import { hasControlCharacter, withoutControlCharacters } from '@jaring/kernel';
import { formatLocalDate, isRealDate, type DateParts, type LocalDate } from '../shared/local-date.util';
import type { FieldViolation } from '../shared/field-violation.types';
import { validateRegistration } from '../worker/registration.rules';
import type { RegisterWorker, RegisterWorkerInput, RegistrationContext } from '../worker/registration.types';
import type { BankDirectory } from '../banks/bank-directory';
import { IMPORT_COLUMNS, normaliseColumnName } from './import-columns.layout';

export interface ImportContext extends RegistrationContext {
  /** Used for rows whose enrolment_date is empty (e.g. the date the Pemkab's list was handed over). */
  readonly defaultEnrolmentDate?: LocalDate;
  /** Bank names as officers write them ('BRI', 'Bank Sulselbar'), resolved to their 3-digit codes. */
  readonly banks: BankDirectory;
}

/**
 * One problem in one row, for the officers' error report. `row` is the caller's row number (the
 * spreadsheet line, header = line 1); `field` is the column name. Messages never contain the NIK
 * or other identifying numbers, so the report can be logged and mailed.
 */
export interface ImportRowError {
  readonly row: number;
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export type ImportRowResult =
  | { readonly ok: true; readonly row: number; readonly registration: RegisterWorker }
  | { readonly ok: false; readonly row: number; readonly errors: readonly ImportRowError[] };

/**
 * Turns one spreadsheet row into a validated registration, or every problem in it. Tolerates what
 * spreadsheets and officers commonly do to data:
 * - header names in any case, with spaces ('Full Name'); cells with surrounding or non-breaking spaces;
 * - a leading apostrophe Excel uses to keep numbers as text ('7604...); NIK, KK and account
 *   numbers written in groups with spaces, dots or dashes;
 * - dates as DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY (day first, as in Indonesia) or YYYY-MM-DD;
 * - incomes like '1.000.000', '1,000,000', 'Rp 1.000.000' or '1.000.000,00'; an empty income
 *   takes the sponsor's declared-income basis;
 * - sex as L/P (laki-laki/perempuan) as well as M/F; occupations in any case with spaces, and the
 *   abbreviations PKL (pedagang kaki lima) and BHL (buruh harian lepas);
 * - desa codes without dots (7604012002); bank codes that lost their leading zeros (2 → 002), and
 *   bank names from the bank table (BRI, BNI, Mandiri, BSI, Bank Sulselbar…) instead of codes.
 * A NIK or KK number the spreadsheet turned into a number (7.60401E+15) cannot be repaired, and is
 * reported with the fix: format the column as text.
 */
export function parseImportRow(
  rawRecord: Readonly<Record<string, string>>,
  rowNumber: number,
  context: ImportContext,
): ImportRowResult {
  // A cell with a control character is refused as such; it is read without them, so no other
  // message quotes one (PostgreSQL cannot store U+0000 in the error report).
  const refusedCells = controlCharacterProblems(rawRecord);
  const refusedColumns = new Set(refusedCells.map((problem) => problem.field));
  const read = readRow(readCells(rawRecord), context);
  const problems = [...refusedCells, ...read.problems.filter((problem) => !refusedColumns.has(problem.field))];
  const checked = validateRegistration(read.input, context);
  const columnsWithProblems = new Set(problems.map((problem) => problem.field));
  // A cell that could not be read is reported once, not again by the validation it then fails.
  const violations = (checked.ok ? [] : checked.violations)
    .map(toCellProblem)
    .filter((problem) => !columnsWithProblems.has(problem.field));
  const errors = [...problems, ...violations].sort(byColumnOrder).map((problem) => ({ row: rowNumber, ...problem }));
  if (!checked.ok || errors.length > 0) return { ok: false, row: rowNumber, errors };
  return { ok: true, row: rowNumber, registration: checked.value };
}

type CellProblem = Omit<ImportRowError, 'row'>;
type CellReader = (column: string) => string;

/** The row's cells read into a registration input, and the cells that could not be read. */
function readRow(cells: CellReader, context: ImportContext): { input: RegisterWorkerInput; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const report = (field: string, code: string, message: string): void => {
    problems.push({ field, code, message });
  };

  const idNumber = (column: string): string => {
    const value = stripTextMarker(cells(column));
    if (looksMangledBySpreadsheet(value)) {
      report(
        column,
        'NUMBER_MANGLED_BY_SPREADSHEET',
        'the spreadsheet turned this number into a rounded figure; format the column as text and type it again',
      );
    }
    return value.replace(/[\s.-]/g, '');
  };
  const date = (column: string, fallback?: LocalDate): string => {
    const value = cells(column);
    if (value === '') return fallback ?? '';
    const parsed = parseSpreadsheetDate(value);
    if (parsed === undefined) {
      report(column, 'DATE_UNREADABLE', `'${value}' is not a date; write DD/MM/YYYY or YYYY-MM-DD`);
    }
    return parsed ?? value;
  };

  const sex = readSex(cells('sex'));
  if (sex === undefined) {
    if (cells('sex') === '') report('sex', 'REQUIRED', 'is required');
    else report('sex', 'SEX_INVALID', 'must be L or P (or M or F)');
  }
  const income = readIncome(cells('declared_income'), context.sponsor.declaredIncomeBasis);
  if (!income.ok) report('declared_income', income.code, income.message);

  const kk = { number: idNumber('kk_number'), since: date('kk_since') };
  const prior = {
    bpjsMembershipStart: date('prior_membership_start'),
    monthsPaid: cells('prior_months_paid'),
    proofDocument: cells('prior_membership_proof'),
  };
  const bankCode = readBankCode(cells('bank_code'), context.banks);
  if (bankCode === undefined) {
    report(
      'bank_code',
      'BANK_UNKNOWN',
      `'${cells('bank_code')}' is not in the bank table; write the bank's 3-digit code or a name such as ${context.banks.banks
        .slice(0, 5)
        .map((bank) => bank.alsoWritten[0] ?? bank.name)
        .join(', ')}`,
    );
  }
  const account = {
    bankCode: bankCode ?? cells('bank_code'),
    accountNumber: idNumber('account_number'),
    holderName: cells('account_holder'),
  };
  const input: RegisterWorkerInput = {
    nik: idNumber('nik'),
    fullName: cells('full_name'),
    birthDate: date('birth_date'),
    sex: sex ?? '',
    addressLine: cells('address'),
    desaCode: readDesaCode(cells('desa_code')),
    occupation: readOccupation(cells('occupation')),
    phone: stripTextMarker(cells('phone')),
    ...(allEmpty(kk) ? {} : { kk }),
    ...(allEmpty(account) ? {} : { payoutAccount: account }),
    declaredMonthlyIncome: income.ok ? income.value : Number.NaN,
    enrolmentDate: date('enrolment_date', context.defaultEnrolmentDate),
    ...(allEmpty(prior) ? {} : { priorMembership: { ...prior, monthsPaid: readMonths(prior.monthsPaid) } }),
  };
  return { input, problems };
}

/**
 * A date as officers type it: YYYY-MM-DD, or day first with '/', '-' or '.' (DD/MM/YYYY, D/M/YYYY).
 * Two-digit years are refused: the century would be a guess. Undefined when unreadable or not a real day.
 */
export function parseSpreadsheetDate(text: string): LocalDate | undefined {
  const parts = isoLikeParts(text) ?? dayFirstParts(text);
  return parts && isRealDate(parts) ? formatLocalDate(parts) : undefined;
}

function isoLikeParts(text: string): DateParts | undefined {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}

function dayFirstParts(text: string): DateParts | undefined {
  const match = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  return match ? { year: Number(match[4]), month: Number(match[3]), day: Number(match[1]) } : undefined;
}

type IncomeReading = { ok: true; value: number } | { ok: false; code: string; message: string };

/**
 * Whole rupiah from '1000000', '1.000.000', '1,000,000', 'Rp 1.000.000' or '1.000.000,00'. A
 * group of three digits after a separator is thousands; one or two digits after the last
 * separator are sen, accepted only when zero (contributions and benefits are whole rupiah).
 */
export function readIncome(text: string, basis: number): IncomeReading {
  const compact = text.replace(/^rp\.?/i, '').replace(/\s/g, '');
  if (compact === '') return { ok: true, value: basis };
  const match = /^(\d{1,3}(?:([.,])\d{3})(?:\2\d{3})*|\d+)(?:([.,])(\d{1,2}))?$/.exec(compact);
  const [, whole, thousandsSeparator, decimalSeparator, sen] = match ?? [];
  if (whole === undefined || (decimalSeparator !== undefined && decimalSeparator === thousandsSeparator)) {
    return { ok: false, code: 'INCOME_UNREADABLE', message: `'${text}' is not an amount of rupiah such as 1.000.000` };
  }
  if (sen !== undefined && Number(sen) !== 0) {
    return { ok: false, code: 'RUPIAH_NOT_WHOLE', message: `'${text}' has sen; declare whole rupiah` };
  }
  return { ok: true, value: Number(whole.replace(/[.,]/g, '')) };
}

const SEX_WORDS: Readonly<Record<string, 'M' | 'F'>> = {
  m: 'M',
  l: 'M',
  'laki-laki': 'M',
  'laki laki': 'M',
  pria: 'M',
  male: 'M',
  f: 'F',
  p: 'F',
  perempuan: 'F',
  wanita: 'F',
  female: 'F',
};

const OCCUPATION_ALIASES: Readonly<Record<string, string>> = {
  pkl: 'pedagang-kaki-lima',
  bhl: 'buruh-harian',
  'buruh-harian-lepas': 'buruh-harian',
};

function readSex(text: string): 'M' | 'F' | undefined {
  return SEX_WORDS[text.toLowerCase()];
}

function readOccupation(text: string): string {
  const slug = text.toLowerCase().replace(/[\s_]+/g, '-');
  return OCCUPATION_ALIASES[slug] ?? slug;
}

/** Whole months as typed ('30'); anything else is left for the registration rules to refuse. */
function readMonths(text: string): number {
  return /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * A bank code, or the code of a bank named as officers write it; undefined for a name the table
 * does not know. Codes typed into a numeric cell lose their leading zeros: '2' is BRI's '002'.
 */
function readBankCode(text: string, banks: BankDirectory): string | undefined {
  const code = stripTextMarker(text);
  if (code === '' || /^\d+$/.test(code)) return /^\d{1,2}$/.test(code) ? code.padStart(3, '0') : code;
  return banks.codeFor(code);
}

function readDesaCode(text: string): string {
  const digits = stripTextMarker(text);
  return /^\d{10}$/.test(digits)
    ? `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`
    : digits;
}

function controlCharacterProblems(rawRecord: Readonly<Record<string, string>>): CellProblem[] {
  return Object.keys(rawRecord)
    .filter((name) => hasControlCharacter(rawRecord[name]))
    .map((name) => ({
      field: normaliseColumnName(name),
      code: 'CONTROL_CHARACTERS',
      message: 'must not contain control characters',
    }));
}

/** The cell reader: by normalised column name, control characters dropped, non-breaking spaces made plain, trimmed. */
function readCells(rawRecord: Readonly<Record<string, string>>): CellReader {
  const byColumn: Record<string, string> = {};
  for (const name in rawRecord) byColumn[normaliseColumnName(name)] = withoutControlCharacters(rawRecord[name]);
  return (column) => {
    const value = byColumn[column] ?? '';
    return UNTIDY_SPACE.test(value) ? value.replace(/\s+/g, ' ').trim() : value;
  };
}

/** Whitespace that tidying changes: any blank but a plain space (NBSP, tab, BOM…), two spaces, or one at an end. */
const UNTIDY_SPACE = /[^\S ]| {2}|^ | $/;

function stripTextMarker(value: string): string {
  return value.startsWith("'") ? value.slice(1).trim() : value;
}

/** '7.60401E+15' (scientific notation) or '7604011205900001.0': a long number stored as a float. */
function looksMangledBySpreadsheet(value: string): boolean {
  return /^\d+([.,]\d+)?e\+?\d+$/i.test(value) || /^\d{10,}[.,]0+$/.test(value);
}

const COLUMN_ORDER = new Map(IMPORT_COLUMNS.map((column, index) => [column.name, index]));
const FIELD_TO_COLUMN = new Map(IMPORT_COLUMNS.map((column) => [column.field, column.name]));

function toCellProblem(violation: FieldViolation): CellProblem {
  return {
    field: FIELD_TO_COLUMN.get(violation.field) ?? violation.field,
    code: violation.code,
    message: violation.message,
  };
}

function allEmpty(values: object): boolean {
  return Object.values(values).every((value) => value === '');
}

function byColumnOrder(a: CellProblem, b: CellProblem): number {
  return (
    (COLUMN_ORDER.get(a.field) ?? Number.MAX_SAFE_INTEGER) - (COLUMN_ORDER.get(b.field) ?? Number.MAX_SAFE_INTEGER)
  );
}
