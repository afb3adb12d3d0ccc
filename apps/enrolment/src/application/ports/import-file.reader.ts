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

/** What one upload may hold (EnrolmentConfig's IMPORT_MAX_* settings). */
export interface ImportFileLimits {
  /** Data rows (the header excluded). */
  readonly maxRows: number;
  /** Cells the import reads: XLSX cell elements, or CSV rows × header columns. */
  readonly maxCells: number;
  /** Entries of an XLSX shared-strings table, all held in memory while the sheet is read. */
  readonly maxSharedStrings: number;
  /** Bytes of an XLSX archive once inflated, all parts together. */
  readonly maxUncompressedBytes: number;
}

/** Streams the rows of an uploaded CSV or XLSX file (first worksheet). */
export abstract class ImportFileReader {
  /**
   * Refuses a file beyond the limits with TooLargeError naming the limit, before anything is
   * expanded: an XLSX archive is inflated once in small chunks, counting, and never held whole.
   * A 2 MB shared-strings bomb took 1.15 GiB and 8.7 s in the header check before this.
   */
  abstract checkLimits(file: ImportFile): Promise<void>;
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
