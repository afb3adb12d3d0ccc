import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../shared/csv.parser';
import { anImportContext, SEED_DIR } from '../testing/enrolment.builders';
import { checkImportHeader, IMPORT_HEADER } from './import-columns.layout';
import { parseImportRow, parseSpreadsheetDate, readIncome, type ImportContext } from './import-row.parser';

const context: ImportContext = anImportContext();

/** A valid row as an officer's spreadsheet would hold it; override cells per test. */
function aRow(cells: Record<string, string> = {}): Record<string, string> {
  return {
    nik: '7604011205900001',
    full_name: 'Ahmad Contoh',
    birth_date: '12/05/1990',
    sex: 'L',
    address: 'Dusun Contoh RT 001',
    desa_code: '76.04.01.2002',
    occupation: 'ojek',
    phone: '081234567890',
    kk_number: '7604010101200001',
    kk_since: '01/01/2020',
    bank_code: '002',
    account_number: '123456789012',
    account_holder: 'AHMAD CONTOH',
    declared_income: '1.000.000',
    enrolment_date: '01/09/2025',
    ...cells,
  };
}

function errorsOf(row: Record<string, string>, importContext: ImportContext = context) {
  const result = parseImportRow(row, 7, importContext);
  return result.ok ? [] : result.errors;
}

describe('parseImportRow', () => {
  it('refuses any cell with a control character, which PostgreSQL cannot store (U+0000) or which is junk, and never quotes one', () => {
    const errors = errorsOf(
      aRow({ address: 'Dusun\u0000Baru', account_holder: 'AHMAD\u001bCONTOH', birth_date: '12/05\u0000' }),
    );
    expect(errors.map((error) => `${error.field}:${error.code}`)).toEqual([
      'birth_date:CONTROL_CHARACTERS',
      'address:CONTROL_CHARACTERS',
      'account_holder:CONTROL_CHARACTERS',
    ]);
    expect(JSON.stringify(errors)).not.toMatch(/\\u00(00|1b)/);
  });

  it('turns a spreadsheet row into a validated registration', () => {
    expect(parseImportRow(aRow(), 7, context)).toEqual({
      ok: true,
      row: 7,
      registration: {
        nik: '7604011205900001',
        fullName: 'Ahmad Contoh',
        birthDate: '1990-05-12',
        sex: 'M',
        addressLine: 'Dusun Contoh RT 001',
        desaCode: '76.04.01.2002',
        occupation: 'ojek',
        phone: '+6281234567890',
        kk: { number: '7604010101200001', since: '2020-01-01' },
        payoutAccount: { bankCode: '002', accountNumber: '123456789012', holderName: 'AHMAD CONTOH' },
        declaredMonthlyIncome: 1_000_000,
        enrolmentDate: '2025-09-01',
      },
    });
  });

  it('tolerates spreadsheet quirks', () => {
    const result = parseImportRow(
      {
        ' NIK ': "'7604 0112 0590 0001 ",
        'Full Name': '\u00A0Ahmad   Contoh\u00A0',
        'Birth-Date': '12-5-1990',
        SEX: 'laki-laki',
        Address: 'Dusun Contoh RT 001',
        desa_code: '7604012002',
        occupation: 'Ojek',
        phone: "'6281234567890",
        kk_number: '7604.0101.0120.0001',
        kk_since: '2020-01-01',
        bank_code: '2',
        account_number: '1234-5678-9012',
        account_holder: 'Ahmad Contoh',
        declared_income: 'Rp 1.000.000,00',
        enrolment_date: '01.09.2025',
      },
      7,
      context,
    );
    expect(result.ok && result.registration).toEqual(
      expect.objectContaining({
        nik: '7604011205900001',
        fullName: 'Ahmad Contoh',
        birthDate: '1990-05-12',
        sex: 'M',
        desaCode: '76.04.01.2002',
        phone: '+6281234567890',
        kk: { number: '7604010101200001', since: '2020-01-01' },
        payoutAccount: { bankCode: '002', accountNumber: '123456789012', holderName: 'Ahmad Contoh' },
        declaredMonthlyIncome: 1_000_000,
        enrolmentDate: '2025-09-01',
      }),
    );
  });

  it.each([
    ['a tab', 'Ahmad\tContoh'],
    ['a byte-order mark', '\uFEFFAhmad Contoh'],
    ['a figure space and a narrow no-break space', 'Ahmad\u2007\u202FContoh'],
    ['a trailing space', 'Ahmad Contoh '],
    ['two spaces', 'Ahmad  Contoh'],
  ])('tidies a cell holding %s, and leaves a tidy one as it is', (_case, fullName) => {
    const result = parseImportRow(aRow({ full_name: fullName }), 7, context);
    expect(result.ok && result.registration.fullName).toBe('Ahmad Contoh');
    const tidy = parseImportRow(aRow({ full_name: "Andi Ma'ruf", account_holder: "Andi Ma'ruf" }), 7, context);
    expect(tidy.ok && tidy.registration.fullName).toBe("Andi Ma'ruf");
  });

  it('reads P as a woman and the occupation abbreviations PKL and BHL', () => {
    const woman = aRow({
      nik: '7604016508920002',
      full_name: 'Siti Contoh',
      account_holder: 'Siti Contoh',
      birth_date: '25/08/1992',
      sex: 'P',
      occupation: 'PKL',
    });
    const result = parseImportRow(woman, 7, context);
    expect(result.ok && [result.registration.sex, result.registration.occupation]).toEqual(['F', 'pedagang-kaki-lima']);
    const labourer = parseImportRow(aRow({ occupation: 'Buruh Harian Lepas' }), 7, context);
    expect(labourer.ok && labourer.registration.occupation).toBe('buruh-harian');
  });

  it('takes the sponsor basis for an empty income and a default enrolment date for an empty one', () => {
    const result = parseImportRow(aRow({ declared_income: '', enrolment_date: '' }), 7, {
      ...context,
      defaultEnrolmentDate: '2025-10-06',
    });
    expect(result.ok && [result.registration.declaredMonthlyIncome, result.registration.enrolmentDate]).toEqual([
      1_000_000,
      '2025-10-06',
    ]);
  });

  it('leaves out KK and bank account when their cells are all empty', () => {
    const result = parseImportRow(
      aRow({ kk_number: '', kk_since: '', bank_code: '', account_number: '', account_holder: '' }),
      7,
      context,
    );
    expect(result.ok && result.registration).not.toHaveProperty('kk');
    expect(result.ok && result.registration).not.toHaveProperty('payoutAccount');
  });

  it.each([
    ['BRI', '002'],
    ['bni', '009'],
    ['Mandiri', '008'],
    ['BSI', '451'],
    ['Bank Sulselbar', '126'],
    ['PT. Bank Rakyat Indonesia (Persero) Tbk', '002'],
    ['126', '126'],
    ['8', '008'],
  ])('reads the bank written as %s as code %s, from the bank table', (written, code) => {
    const result = parseImportRow(aRow({ bank_code: written }), 7, context);
    expect(result.ok && result.registration.payoutAccount?.bankCode).toBe(code);
  });

  it('reads prior BPJS membership from its three columns, and leaves it out when they are empty', () => {
    const result = parseImportRow(
      aRow({
        prior_membership_start: '01/04/2021',
        prior_months_paid: '30',
        prior_membership_proof: 'Kartu BPJS TK 210123',
      }),
      7,
      context,
    );
    expect(result.ok && result.registration.priorMembership).toEqual({
      bpjsMembershipStart: '2021-04-01',
      monthsPaid: 30,
      proofDocument: 'Kartu BPJS TK 210123',
    });
    const none = parseImportRow(aRow(), 7, context);
    expect(none.ok && none.registration).not.toHaveProperty('priorMembership');
    expect(errorsOf(aRow({ prior_membership_start: '01/04/2021', prior_months_paid: 'tiga puluh' }))).toEqual([
      expect.objectContaining({ field: 'prior_months_paid', code: 'PRIOR_MONTHS_INVALID' }),
      expect.objectContaining({ field: 'prior_membership_proof', code: 'PRIOR_MEMBERSHIP_PROOF_REQUIRED' }),
    ]);
  });

  it('reports a bank name the table does not know, once, with names it does know', () => {
    expect(errorsOf(aRow({ bank_code: 'Bank Antah Berantah' }))).toEqual([
      {
        row: 7,
        field: 'bank_code',
        code: 'BANK_UNKNOWN',
        message: expect.stringMatching(/^'Bank Antah Berantah' is not in the bank table; .*BRI/),
      },
    ]);
  });

  it('reports every error with row and column, the NIK never in full', () => {
    const errors = errorsOf(
      aRow({
        birth_date: '13/05/1990',
        desa_code: '76.04.99.2001',
        occupation: 'pilot',
        kk_since: '',
        declared_income: '800.000',
      }),
    );
    expect(errors).toEqual([
      {
        row: 7,
        field: 'nik',
        code: 'NIK_BIRTH_DATE_MISMATCH',
        message: 'birth date in NIK (1990-05-12) does not match the birth date given (1990-05-13)',
      },
      {
        row: 7,
        field: 'desa_code',
        code: 'DESA_NOT_IN_TENANT',
        message: '76.04.99.2001 is not a desa or kelurahan of 76.04',
      },
      {
        row: 7,
        field: 'occupation',
        code: 'OCCUPATION_UNKNOWN',
        message:
          'must be one of ojek, bentor, buruh-harian, pedagang-kaki-lima, nelayan, petani, pekerja-tempat-ibadah, lainnya',
      },
      { row: 7, field: 'kk_since', code: 'REQUIRED', message: 'is required with kk.number' },
      {
        row: 7,
        field: 'declared_income',
        code: 'INCOME_BELOW_MINIMUM',
        message: 'must be at least Rp1.000.000 (PP 44/2015 Lampiran II), got Rp800.000',
      },
    ]);
    expect(JSON.stringify(errors)).not.toContain('7604011205900001');
  });

  it('reports an unreadable cell once, not again as a validation error', () => {
    expect(errorsOf(aRow({ birth_date: '12/05/90', enrolment_date: 'kemarin' }))).toEqual([
      {
        row: 7,
        field: 'birth_date',
        code: 'DATE_UNREADABLE',
        message: "'12/05/90' is not a date; write DD/MM/YYYY or YYYY-MM-DD",
      },
      {
        row: 7,
        field: 'enrolment_date',
        code: 'DATE_UNREADABLE',
        message: "'kemarin' is not a date; write DD/MM/YYYY or YYYY-MM-DD",
      },
    ]);
  });

  it('explains a NIK the spreadsheet turned into a rounded number', () => {
    expect(errorsOf(aRow({ nik: '7.60401E+15' }))).toEqual([
      {
        row: 7,
        field: 'nik',
        code: 'NUMBER_MANGLED_BY_SPREADSHEET',
        message:
          'the spreadsheet turned this number into a rounded figure; format the column as text and type it again',
      },
    ]);
    expect(errorsOf(aRow({ kk_number: '7604010101200001.0' })).map((error) => `${error.field}:${error.code}`)).toEqual([
      'kk_number:NUMBER_MANGLED_BY_SPREADSHEET',
    ]);
  });

  it('reports a NIK of 15 digits, or with a letter, without echoing it', () => {
    expect(errorsOf(aRow({ nik: '760401120590001' })).map((error) => error.message)).toEqual([
      'must have 16 digits, has 15 (digits are missing)',
    ]);
    expect(errorsOf(aRow({ nik: '76040112059O0001' })).map((error) => error.code)).toEqual(['NIK_NOT_DIGITS']);
  });

  it('reports an unknown sex in the words officers use', () => {
    expect(errorsOf(aRow({ sex: 'X' }))).toEqual([
      { row: 7, field: 'sex', code: 'SEX_INVALID', message: 'must be L or P (or M or F)' },
    ]);
  });

  it('requires the enrolment date when no default is given', () => {
    expect(errorsOf(aRow({ enrolment_date: '' }))).toEqual([
      { row: 7, field: 'enrolment_date', code: 'REQUIRED', message: 'is required' },
    ]);
  });

  it('refuses an income in sen', () => {
    expect(errorsOf(aRow({ declared_income: '1.000.000,50' })).map((error) => error.code)).toEqual([
      'RUPIAH_NOT_WHOLE',
    ]);
  });
});

describe('parseSpreadsheetDate', () => {
  it.each([
    ['1990-05-12', '1990-05-12'],
    ['12/05/1990', '1990-05-12'],
    ['2/5/1990', '1990-05-02'],
    ['12-05-1990', '1990-05-12'],
    ['12.05.1990', '1990-05-12'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', undefined],
    ['12/05/90', undefined],
    ['12/05-1990', undefined],
    ['05/31/1990', undefined],
  ])('%s → %s', (text, date) => {
    expect(parseSpreadsheetDate(text)).toBe(date);
  });
});

describe('readIncome', () => {
  it.each([
    ['1000000', 1_000_000],
    ['1.000.000', 1_000_000],
    ['1,000,000', 1_000_000],
    ['Rp 1.500.000', 1_500_000],
    ['Rp1.000.000,00', 1_000_000],
    ['1,000,000.00', 1_000_000],
    ['1000000.00', 1_000_000],
    ['', 1_250_000],
  ])('%s → %i', (text, amount) => {
    expect(readIncome(text, 1_250_000)).toEqual({ ok: true, value: amount });
  });

  it.each(['1.000.000.00', 'satu juta', '1.00.000', '-1000000'])('refuses %s', (text) => {
    expect(readIncome(text, 1_000_000)).toEqual(expect.objectContaining({ ok: false, code: 'INCOME_UNREADABLE' }));
  });
});

describe('checkImportHeader', () => {
  it('accepts the documented layout in any case and spacing', () => {
    expect(checkImportHeader(IMPORT_HEADER.map((name) => name.toUpperCase().replace('_', ' ')))).toEqual([]);
  });

  it('rejects a file missing a required column or repeating one, and warns of unknown columns', () => {
    expect(checkImportHeader(['no', 'nik', 'nik', 'full_name', 'birth_date', 'sex', 'address', 'occupation'])).toEqual([
      {
        column: 'desa_code',
        severity: 'error',
        code: 'COLUMN_MISSING',
        message: 'the required column desa_code is missing',
      },
      { column: 'nik', severity: 'error', code: 'COLUMN_REPEATED', message: 'the column nik appears more than once' },
      {
        column: 'no',
        severity: 'warning',
        code: 'COLUMN_UNKNOWN',
        message: 'the column no is not part of the import layout and is ignored',
      },
    ]);
  });
});

describe('the import template (seed/worker-import-template.csv)', () => {
  const table = parseCsv(readFileSync(join(SEED_DIR, 'worker-import-template.csv'), 'utf8'));

  it('has the documented header', () => {
    expect(table.header).toEqual(IMPORT_HEADER);
  });

  it('holds two example rows that import cleanly: synthetic people from 76.04', () => {
    const results = table.rows.map(({ lineNumber, record }) => parseImportRow(record, lineNumber, context));
    expect(results.map((result) => (result.ok ? 'ok' : result.errors))).toEqual(['ok', 'ok']);
    expect(
      results.map((result) => result.ok && [result.registration.sex, result.registration.nik.slice(0, 4)]),
    ).toEqual([
      ['M', '7604'],
      ['F', '7604'],
    ]);
  });
});
