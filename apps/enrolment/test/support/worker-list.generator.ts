import { IMPORT_HEADER } from '../../src/domain';
import { makeNik, polewaliMandarDirectory } from '../../src/domain/testing/enrolment.builders';
import { firstOfBusinessMonth } from '../../../../test/support/business-dates';

/**
 * Synthetic Pemkab lists for import tests and benchmarks: deterministic, fake people only (NIKs are
 * built to pass validation but belong to nobody). A share of rows is invalid (each with one known
 * mistake), a share repeats an earlier row's NIK, and optionally a share is a probable duplicate
 * (same name, birth date and desa as an earlier row under another NIK).
 */
export interface WorkerListOptions {
  readonly rows: number;
  /** Every n-th row carries one mistake (50 → 2%). */
  readonly invalidEvery?: number;
  /** Every n-th row repeats the NIK of an earlier valid row (100 → 1%). */
  readonly duplicateEvery?: number;
  /** Every n-th row is a probable duplicate of an earlier valid row (0 = none). */
  readonly probableDuplicateEvery?: number;
  /**
   * The first person's number: names, birth dates, desa and NIKs derive from it, so lists with
   * non-overlapping ranges share no NIK and no duplicate key (default 0).
   */
  readonly firstIndex?: number;
  /** Every row's enrolment date, YYYY-MM-DD (default: the first day of the current month in WITA, inside the enrolment window). */
  readonly enrolmentDate?: string;
}

export interface ExpectedRowError {
  readonly row: number;
  readonly field: string;
  readonly code: string;
}

export interface WorkerList {
  readonly header: readonly string[];
  /** Data rows as cells in header order. */
  readonly rows: readonly string[][];
  readonly expected: {
    readonly accepted: number;
    readonly rejected: number;
    readonly flagged: number;
    /** One entry per invalid or duplicate row: its spreadsheet line (header = 1), column and code. */
    readonly errors: readonly ExpectedRowError[];
  };
}

const FIRST_NAMES = [
  'Ahmad',
  'Budi',
  'Siti',
  'Nur',
  'Andi',
  'Muhammad',
  'Rahmat',
  'Hasan',
  'Fatimah',
  'Aisyah',
  'Yusuf',
  'Ibrahim',
  'Kartini',
  'Dewi',
  'Sri',
  'Agus',
  'Hendra',
  'Rina',
  'Wati',
  'Sulaiman',
];
const SYLLABLES = ['ra', 'ma', 'di', 'ka', 'lo', 'na', 'sa', 'tu', 'wi', 'ba', 'ri', 'mu', 'ha', 'ja', 'pe', 'lu'];
const OCCUPATION_CELLS = [
  'ojek',
  'bentor',
  'buruh harian',
  'PKL',
  'nelayan',
  'petani',
  'pekerja tempat ibadah',
  'lainnya',
];
const DAYS_FROM_1960_TO_2005 = 16_000;

/** A unique name for index i: a first name and a surname spelled from i's digits in base 16. */
function nameOf(index: number): string {
  let surname = '';
  for (let rest = Math.floor(index / FIRST_NAMES.length) + 1; rest > 0; rest = Math.floor(rest / SYLLABLES.length)) {
    surname += SYLLABLES[rest % SYLLABLES.length];
  }
  return `${FIRST_NAMES[index % FIRST_NAMES.length]} ${surname.charAt(0).toUpperCase()}${surname.slice(1)}`;
}

function birthDateOf(index: number): string {
  const date = new Date(Date.UTC(1960, 0, 1) + (index % DAYS_FROM_1960_TO_2005) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

function dayFirst(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

type Mistake = {
  readonly field: string;
  readonly code: string;
  readonly apply: (cells: Record<string, string>) => void;
};

/** One mistake per invalid row, in rotation; each is reported on the named column with the named code. */
const MISTAKES: readonly Mistake[] = [
  { field: 'nik', code: 'NIK_TOO_SHORT', apply: (c) => void (c.nik = c.nik.slice(0, 15)) },
  { field: 'nik', code: 'NIK_BIRTH_DATE_MISMATCH', apply: (c) => void (c.birth_date = shiftYear(c.birth_date)) },
  { field: 'desa_code', code: 'DESA_NOT_IN_TENANT', apply: (c) => void (c.desa_code = '76.05.01.2001') },
  { field: 'occupation', code: 'OCCUPATION_UNKNOWN', apply: (c) => void (c.occupation = 'astronot') },
  { field: 'declared_income', code: 'INCOME_BELOW_MINIMUM', apply: (c) => void (c.declared_income = '500.000') },
  { field: 'nik', code: 'NIK_SERIAL_ZERO', apply: (c) => void (c.nik = `${c.nik.slice(0, 12)}0000`) },
  { field: 'nik', code: 'NIK_NOT_DIGITS', apply: (c) => void (c.nik = `${c.nik.slice(0, 15)}X`) },
  { field: 'nik', code: 'NIK_SEX_MISMATCH', apply: (c) => void (c.sex = c.sex === 'L' ? 'P' : 'L') },
];

/** 12/05/1990 → 12/05/1986: the NIK then disagrees with the birth date (four years keep 29 February real). */
function shiftYear(date: string): string {
  const [day, month, year] = date.split('/');
  return `${day}/${month}/${Number(year) - 4}`;
}

export function generateWorkerList(options: WorkerListOptions): WorkerList {
  const { rows, invalidEvery = 0, duplicateEvery = 0, probableDuplicateEvery = 0, firstIndex = 0 } = options;
  const enrolmentDate = options.enrolmentDate ?? firstOfBusinessMonth();
  const villages = polewaliMandarDirectory().villagesOf('76.04');
  const data: string[][] = [];
  const errors: ExpectedRowError[] = [];
  const validRows: Record<string, string>[] = [];
  let mistakes = 0;
  let flagged = 0;
  for (let index = 0; index < rows; index += 1) {
    const row = index + 2;
    const isInvalid = invalidEvery > 0 && index % invalidEvery === Math.floor(invalidEvery / 2);
    const isDuplicate =
      !isInvalid && duplicateEvery > 0 && index % duplicateEvery === duplicateEvery - 1 && validRows.length > 0;
    const isProbable =
      !isInvalid &&
      !isDuplicate &&
      probableDuplicateEvery > 0 &&
      index % probableDuplicateEvery === probableDuplicateEvery - 3 &&
      validRows.length > 0;
    let cells: Record<string, string>;
    if (isDuplicate) {
      cells = { ...validRows[(index * 7919) % validRows.length] };
      errors.push({ row, field: 'nik', code: 'NIK_REPEATED_IN_FILE' });
    } else {
      cells = freshRow(
        firstIndex + index,
        villages.map((village) => village.code),
        enrolmentDate,
      );
      if (isProbable) {
        const earlier = validRows[(index * 104_729) % validRows.length];
        const [year, month, day] = earlier.birth_date.split('/').reverse();
        const sex = earlier.sex === 'L' ? 'M' : 'F';
        Object.assign(cells, {
          full_name: earlier.full_name,
          account_holder: earlier.full_name,
          birth_date: earlier.birth_date,
          sex: earlier.sex,
          desa_code: earlier.desa_code,
          // District 90–99 is never used by fresh rows, so this NIK is new.
          nik: makeNik({
            birthDate: `${year}-${month}-${day}`,
            sex,
            district: `9${Math.floor((firstIndex + index) / 9_999) % 10}`,
            serial: String(((firstIndex + index) % 9_999) + 1).padStart(4, '0'),
          }),
        });
        flagged += 1;
      }
      if (isInvalid) {
        const mistake = MISTAKES[mistakes % MISTAKES.length];
        mistakes += 1;
        mistake.apply(cells);
        errors.push({ row, field: mistake.field, code: mistake.code });
      } else {
        validRows.push(cells);
      }
    }
    data.push(IMPORT_HEADER.map((column) => cells[column] ?? ''));
  }
  return {
    header: IMPORT_HEADER,
    rows: data,
    expected: { accepted: rows - errors.length, rejected: errors.length, flagged, errors },
  };
}

/** With the birth date (index modulo 16,000 days), unique for the first 159 million indices. */
function serialOf(index: number): string {
  return String((Math.floor(index / DAYS_FROM_1960_TO_2005) % 9_999) + 1).padStart(4, '0');
}

function freshRow(index: number, desaCodes: readonly string[], enrolmentDate: string): Record<string, string> {
  const birthDate = birthDateOf(index);
  const sex = index % 2 === 0 ? 'M' : 'F';
  const fullName = nameOf(index);
  const district = String((index % 16) + 1).padStart(2, '0');
  return {
    nik: makeNik({ birthDate, sex, district, serial: serialOf(index) }),
    full_name: fullName,
    birth_date: dayFirst(birthDate),
    sex: sex === 'M' ? 'L' : 'P',
    address: `Dusun ${SYLLABLES[index % SYLLABLES.length]} RT ${String(index % 20).padStart(3, '0')}`,
    desa_code: desaCodes[index % desaCodes.length],
    occupation: OCCUPATION_CELLS[index % OCCUPATION_CELLS.length],
    phone: `0812${String(10_000_000 + index).slice(-8)}`,
    kk_number: `760401${String(index).padStart(10, '0')}`,
    kk_since: '01/01/2015',
    bank_code: '002',
    account_number: String(100_000_000_000 + index),
    account_holder: fullName,
    declared_income: '1.000.000',
    enrolment_date: dayFirst(enrolmentDate),
  };
}

/** The list as CSV text (comma-separated, cells quoted when needed, CRLF line ends as Excel writes). */
export function toCsv(list: Pick<WorkerList, 'header' | 'rows'>): string {
  const line = (cells: readonly string[]) =>
    cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
  return [line(list.header), ...list.rows.map(line)].join('\r\n') + '\r\n';
}
