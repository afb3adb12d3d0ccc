export type ImportFileFormat = 'csv' | 'xlsx';

export interface ImportFile {
  readonly format: ImportFileFormat;
  readonly content: Buffer;
}

/** One data row: its spreadsheet line (header = line 1) and its cells by header name, as text. */
export interface RawImportRow {
  readonly rowNumber: number;
  readonly record: Readonly<Record<string, string>>;
}

/** Streams the rows of an uploaded CSV or XLSX file (first worksheet). */
export abstract class ImportFileReader {
  /** The header line's cells; DomainError IMPORT_FILE_UNREADABLE when the file cannot be read. */
  abstract readHeader(file: ImportFile): Promise<string[]>;
  /** The number of data rows, counted cheaply before the import (blank lines excluded). */
  abstract countRows(file: ImportFile): Promise<number>;
  /** The data rows in file order, in chunks; blank rows are skipped. */
  abstract rows(file: ImportFile): AsyncIterable<RawImportRow[]>;
}

/** An XLSX file is a ZIP archive ('PK\x03\x04'); anything else is read as CSV text. */
export function detectImportFormat(content: Buffer): ImportFileFormat {
  return content.length >= 4 && content.readUInt32LE(0) === 0x04034b50 ? 'xlsx' : 'csv';
}
