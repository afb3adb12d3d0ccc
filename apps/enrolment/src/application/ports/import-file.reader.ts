export type ImportFileFormat = 'csv' | 'xlsx';

/**
 * An uploaded file, read as a stream of parts (about 1 MiB each): a stored file is read from its
 * store part by part, so a 100,000-row list is never held whole while it is imported.
 */
export interface ImportFile {
  readonly format: ImportFileFormat;
  /** The bytes in order; every call reads them again from the start. */
  parts(): AsyncIterable<Buffer>;
}

/** Bytes of one part handed over by importFileOf (the PostgreSQL store keeps parts of this size too). */
export const IMPORT_FILE_PART_BYTES = 1024 * 1024;

/** An upload still in memory (multer's buffer), handed over in parts without copying. */
export function importFileOf(content: Buffer): ImportFile {
  return {
    format: detectImportFormat(content),
    async *parts() {
      for (let start = 0; start < content.length; start += IMPORT_FILE_PART_BYTES) {
        yield content.subarray(start, start + IMPORT_FILE_PART_BYTES);
      }
    },
  };
}

/** The whole file in one Buffer: for XLSX, whose archive is read from its end (the central directory). */
export async function wholeContent(file: ImportFile): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of file.parts()) parts.push(part);
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
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
