import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { DomainError } from '@jaring/kernel';
import {
  ImportFileReader,
  wholeContent,
  type ImportFile,
  type ImportFileLimits,
  type RawImportRow,
} from '../../application/ports/import-file.reader';
import { normaliseColumnName } from '../../domain';
import {
  countCsvRecords,
  csvEncodingOf,
  csvRecords,
  csvSegments,
  detectDelimiter,
  type CsvRecord,
  type CsvSegment,
} from './csv-records';
import { excel } from './exceljs';
import { cellsRefusal, checkXlsxLimits, rowsRefusal } from './import-limits';
import { countXlsxRows } from './xlsx-row-count';

/** Rows handed to the import per chunk. */
const CHUNK = 500;

/**
 * Columns holding long identification numbers. A spreadsheet that stored one as a number kept only
 * 15 significant digits, so a 16-digit NIK or KK number is already wrong in the file: such a cell
 * is passed on in exponent form, which parseImportRow reports as mangled ("format the column as
 * text"), instead of as a plausible but different number.
 */
const ID_COLUMNS = new Set(['nik', 'kk_number', 'account_number']);
const LARGEST_EXACT_IN_SPREADSHEET = 1e15;

/**
 * Reads uploads as CSV (UTF-8, or Windows-1252 as older Excel writes it) or XLSX (first worksheet),
 * part by part (ImportFile.parts): a CSV file's text is decoded and parsed one segment of whole
 * records at a time, an XLSX worksheet is streamed through exceljs. Only the XLSX limit check and
 * row count hold the (compressed) archive whole, to read its central directory.
 */
export class SpreadsheetImportReader extends ImportFileReader {
  constructor(private readonly limits: ImportFileLimits) {
    super();
  }

  /** XLSX: see checkXlsxLimits. CSV: rows and cells are counted. */
  async checkLimits(file: ImportFile): Promise<void> {
    if (file.format === 'xlsx') return checkXlsxLimits(await wholeContent(file), this.limits);
    const rows = await this.countRows(file);
    if (rows > this.limits.maxRows) throw rowsRefusal(this.limits.maxRows);
    const columns = (await this.readHeader(file)).length;
    if (rows * columns > this.limits.maxCells) throw cellsRefusal(this.limits.maxCells);
  }

  async readHeader(file: ImportFile): Promise<string[]> {
    if (file.format === 'csv') {
      for await (const record of csvFileRecords(file)) return record.cells.map((cell) => cell.trim());
      return [];
    }
    for await (const { cells } of xlsxRows(file)) return cells.map((cell) => cell.trim());
    return [];
  }

  async countRows(file: ImportFile): Promise<number> {
    if (file.format === 'csv') {
      let records = 0;
      for await (const { text, delimiter } of csvFileSegments(file)) records += countCsvRecords(text, delimiter);
      return Math.max(0, records - 1);
    }
    const rowTags = await countXlsxRows(await wholeContent(file));
    if (rowTags !== undefined) return Math.max(0, rowTags - 1);
    let rows = 0;
    for await (const _row of xlsxRows(file)) rows += 1;
    return Math.max(0, rows - 1);
  }

  async *rows(file: ImportFile): AsyncIterable<RawImportRow[]> {
    if (file.format === 'csv') {
      yield* chunked(csvDataRows(file));
      return;
    }
    let header: string[] | undefined;
    let chunk: RawImportRow[] = [];
    for await (const { rowNumber, cells } of xlsxRows(file, (column) => header?.[column])) {
      if (!header) {
        header = cells.map((cell) => cell.trim());
        continue;
      }
      chunk.push({ rowNumber, record: recordOf(header, cells) });
      if (chunk.length >= CHUNK) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length > 0) yield chunk;
  }
}

/** The file's CSV text in segments of whole records, each with the delimiter of the header line. */
async function* csvFileSegments(file: ImportFile): AsyncGenerator<CsvSegment & { delimiter: ',' | ';' }> {
  const encoding = await csvEncodingOf(file.parts());
  let delimiter: ',' | ';' | undefined;
  for await (const segment of csvSegments(file.parts(), encoding)) {
    delimiter ??= detectDelimiter(segment.text);
    yield { ...segment, delimiter };
  }
}

async function* csvFileRecords(file: ImportFile): AsyncGenerator<CsvRecord> {
  for await (const { text, delimiter, firstLine } of csvFileSegments(file)) {
    yield* guarded(csvRecords(text, delimiter, firstLine));
  }
}

async function* csvDataRows(file: ImportFile): AsyncGenerator<RawImportRow> {
  let header: string[] | undefined;
  for await (const record of csvFileRecords(file)) {
    if (!header) {
      header = record.cells.map((cell) => cell.trim());
      continue;
    }
    yield { rowNumber: record.lineNumber, record: recordOf(header, record.cells) };
  }
}

async function* chunked(rows: AsyncIterable<RawImportRow>): AsyncGenerator<RawImportRow[]> {
  let chunk: RawImportRow[] = [];
  for await (const row of rows) {
    chunk.push(row);
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Cells by header name; missing trailing cells read as '', cells beyond the header are ignored. */
function recordOf(header: readonly string[], cells: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (let index = 0; index < header.length; index += 1) record[header[index]] = cells[index] ?? '';
  return record;
}

function guard<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw unreadable(error);
  }
}

function* guarded<T>(records: Generator<T>): Generator<T> {
  for (;;) {
    const next = guard(() => records.next());
    if (next.done) return;
    yield next.value;
  }
}

function unreadable(error: unknown): DomainError {
  if (error instanceof DomainError) return new DomainError('IMPORT_FILE_UNREADABLE', error.message, 'file');
  return new DomainError(
    'IMPORT_FILE_UNREADABLE',
    'the file is neither a CSV text file nor a readable XLSX workbook',
    'file',
  );
}

/**
 * The non-empty rows of the first worksheet, streamed with exceljs, each cell as text.
 * `columnName` names a 0-based column once the header is known (for number handling).
 */
async function* xlsxRows(
  file: ImportFile,
  columnName: (column: number) => string | undefined = () => undefined,
): AsyncGenerator<CsvRecord & { rowNumber: number }> {
  const workbook = new (excel().stream.xlsx.WorkbookReader)(Readable.from(file.parts()), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // needed to tell a date cell from a number
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values ?? []) as ExcelJS.CellValue[];
        const cells: string[] = [];
        // exceljs row values are 1-based.
        for (let column = 1; column < values.length; column += 1) {
          cells.push(cellText(values[column], columnName(column - 1)));
        }
        if (cells.every((cell) => cell.trim() === '')) continue;
        yield { rowNumber: row.number, lineNumber: row.number, cells };
      }
      return; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadable(error);
  }
}

function cellText(value: ExcelJS.CellValue, column: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (
      column !== undefined &&
      ID_COLUMNS.has(normaliseColumnName(column)) &&
      !(Number.isSafeInteger(value) && value < LARGEST_EXACT_IN_SPREADSHEET)
    ) {
      return value.toExponential();
    }
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    // Spreadsheet dates are calendar days stored as midnight UTC.
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null, column);
  }
  if ('text' in value) return String(value.text);
  return '';
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
