import ExcelJS from 'exceljs';
import { importFileOf, type ImportFile, type RawImportRow } from '../../application/ports/import-file.reader';
import { EnrolmentConfig } from '../../enrolment.config';
import { SpreadsheetImportReader } from './spreadsheet-import.reader';
import { xlsxBomb } from '../../../test/support/xlsx-bomb';
import { countXlsxRows } from './xlsx-row-count';

const reader = new SpreadsheetImportReader(new EnrolmentConfig().importFileLimits);

async function allRows(file: ImportFile): Promise<RawImportRow[]> {
  const rows: RawImportRow[] = [];
  for await (const chunk of reader.rows(file)) rows.push(...chunk);
  return rows;
}

async function workbook(rows: ExcelJS.CellValue[][], extraSheetFirst = false): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  if (extraSheetFirst) book.addWorksheet('Petunjuk').addRow(['Isi lembar "Daftar"']);
  const sheet = book.addWorksheet('Daftar');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('SpreadsheetImportReader', () => {
  it('reads CSV rows by header name with their line numbers, and counts them first', async () => {
    const file = importFileOf(Buffer.from('nik,full_name\n7604011205900001,"Ahmad, S.Pd"\n\n7604011205900002,Budi\n'));
    expect(await reader.readHeader(file)).toEqual(['nik', 'full_name']);
    expect(await reader.countRows(file)).toBe(2);
    expect(await allRows(file)).toEqual([
      { rowNumber: 2, record: { nik: '7604011205900001', full_name: 'Ahmad, S.Pd' } },
      { rowNumber: 4, record: { nik: '7604011205900002', full_name: 'Budi' } },
    ]);
  });

  it('reads a CSV handed over in small parts exactly as the whole text: quoted line breaks, BOM and UTF-8 cut across parts', async () => {
    const text =
      '\ufeffnik;full_name;address\r\n' +
      '7604011205900001;"Ahmad; S.Pd";"Jl. Poros\r\nNo. 1"\r\n' +
      ';;\r\n' +
      '7604011205900002;Bönu Ésa;"kata ""Desa"" Tinambung"\r\n' +
      '7604011205900003;Citra;Polewali';
    const content = Buffer.from(text);
    const inParts = (size: number): ImportFile => ({
      format: 'csv',
      async *parts() {
        for (let start = 0; start < content.length; start += size) yield content.subarray(start, start + size);
      },
    });
    const whole = await allRows(importFileOf(content));
    expect(whole.map((row) => [row.rowNumber, row.record.full_name, row.record.address])).toEqual([
      [2, 'Ahmad; S.Pd', 'Jl. Poros\r\nNo. 1'],
      [5, 'Bönu Ésa', 'kata "Desa" Tinambung'],
      [6, 'Citra', 'Polewali'],
    ]);
    for (const size of [1, 2, 3, 7, 13]) {
      const file = inParts(size);
      expect(await reader.readHeader(file)).toEqual(['nik', 'full_name', 'address']);
      expect(await reader.countRows(file)).toBe(3);
      expect(await allRows(file)).toEqual(whole);
    }
  });

  it('reads a CSV saved by older Excel in Windows-1252', async () => {
    const content = Buffer.concat([Buffer.from('nik,full_name\n1,Andr'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect((await allRows(importFileOf(content)))[0].record.full_name).toBe('André');
  });

  it('reads XLSX cells as text: dates as YYYY-MM-DD, a 16-digit number as mangled, small numbers as digits', async () => {
    const content = await workbook([
      ['NIK', 'birth_date', 'desa_code', 'declared_income', 'kk_number'],
      [7604011205900001, new Date(Date.UTC(1990, 4, 12)), 7604012002, 1_000_000, '7604010101200001'],
      [],
      [
        { richText: [{ text: '7604011205' }, { text: '900002' }] },
        '12/05/1990',
        '76.04.01.2002',
        { formula: '2*500000', result: 1_000_000 },
        null,
      ],
    ]);
    const file = importFileOf(content);
    expect(await reader.readHeader(file)).toEqual(['NIK', 'birth_date', 'desa_code', 'declared_income', 'kk_number']);
    expect(await reader.countRows(file)).toBe(2);
    expect(await allRows(file)).toEqual([
      {
        rowNumber: 2,
        record: {
          NIK: '7.604011205900001e+15',
          birth_date: '1990-05-12',
          desa_code: '7604012002',
          declared_income: '1000000',
          kk_number: '7604010101200001',
        },
      },
      {
        rowNumber: 4,
        record: {
          NIK: '7604011205900002',
          birth_date: '12/05/1990',
          desa_code: '76.04.01.2002',
          declared_income: '1000000',
          kk_number: '',
        },
      },
    ]);
  });

  it('counts the rows of the first worksheet from the archive, without parsing it', async () => {
    const rows = Array.from({ length: 2_500 }, (_, index) => [`row ${index}`, index]);
    expect(await countXlsxRows(await workbook(rows))).toBe(2_500);
    expect(await countXlsxRows(await workbook(rows, true))).toBe(1);
    expect(await countXlsxRows(Buffer.from('not a zip'))).toBeUndefined();
  });

  it('turns an unreadable workbook into IMPORT_FILE_UNREADABLE on the file field', async () => {
    const content = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]);
    await expect(reader.readHeader(importFileOf(content))).rejects.toMatchObject({
      code: 'IMPORT_FILE_UNREADABLE',
      field: 'file',
    });
  });

  describe('checkLimits, before anything is expanded', () => {
    const limits = { maxRows: 100, maxCells: 500, maxSharedStrings: 1_000, maxUncompressedBytes: 8 * 1024 * 1024 };
    const bounded = new SpreadsheetImportReader(limits);

    it('passes a list within the limits, as XLSX and as CSV', async () => {
      const rows = [
        ['nik', 'full_name'],
        ...Array.from({ length: 100 }, (_, index) => [`7604${index}`, `Nama ${index}`]),
      ];
      await expect(bounded.checkLimits(importFileOf(await workbook(rows)))).resolves.toBeUndefined();
      const csv = rows.map((row) => row.join(',')).join('\n');
      await expect(bounded.checkLimits(importFileOf(Buffer.from(csv)))).resolves.toBeUndefined();
    });

    it('refuses too many rows or cells, naming the limit', async () => {
      const rows = Array.from({ length: 102 }, (_, index) => [`row ${index}`]);
      await expect(bounded.checkLimits(importFileOf(await workbook(rows)))).rejects.toMatchObject({
        code: 'IMPORT_TOO_MANY_ROWS',
        details: { limit: 100 },
      });
      const wide = Array.from({ length: 20 }, () => Array.from({ length: 30 }, () => 'x'));
      await expect(bounded.checkLimits(importFileOf(await workbook(wide)))).rejects.toMatchObject({
        code: 'IMPORT_TOO_MANY_CELLS',
        details: { limit: 500 },
      });
      const csv = Buffer.from(Array.from({ length: 20 }, () => Array(30).fill('x').join(',')).join('\n'));
      await expect(bounded.checkLimits(importFileOf(csv))).rejects.toMatchObject({
        code: 'IMPORT_TOO_MANY_CELLS',
      });
    });

    it('stops inflating a shared-strings or padding bomb at the first limit it passes', async () => {
      await expect(bounded.checkLimits(importFileOf(xlsxBomb('shared-strings', 4)))).rejects.toMatchObject({
        code: 'IMPORT_TOO_MANY_SHARED_STRINGS',
        details: { limit: 1_000 },
      });
      await expect(bounded.checkLimits(importFileOf(xlsxBomb('worksheet-padding', 16)))).rejects.toMatchObject({
        code: 'IMPORT_FILE_TOO_LARGE_UNCOMPRESSED',
        details: { limit: 8 * 1024 * 1024 },
      });
    });

    it('refuses an archive it cannot read as unreadable', async () => {
      const content = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]);
      await expect(bounded.checkLimits(importFileOf(content))).rejects.toMatchObject({
        code: 'IMPORT_FILE_UNREADABLE',
      });
    });
  });
});
