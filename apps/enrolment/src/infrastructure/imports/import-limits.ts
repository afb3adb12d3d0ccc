import { createInflateRaw } from 'node:zlib';
import { DomainError, TooLargeError } from '@jaring/kernel';
import type { ImportFileLimits } from '../../application/ports/import-file.reader';
import { entryData, firstWorksheetPath, readCentralDirectory, type ZipEntry } from './xlsx-row-count';

/** Inflated bytes handed over at a time: the check holds one chunk, never a whole part. */
const CHUNK_BYTES = 64 * 1024;
const SHARED_STRINGS_PATH = 'xl/sharedStrings.xml';
/** ZIP's "see the ZIP64 record" size: an XLSX import is never near 4 GiB. */
const ZIP64_MARKER = 0xffff_ffff;

/**
 * Refuses an XLSX archive beyond the limits before exceljs expands it: every part is inflated once,
 * in 64 KiB chunks, counting inflated bytes, shared strings (`<si>`), and the first worksheet's rows
 * (`<row>`) and cells (`<c>`); the first count past its limit stops the inflation. The sizes the
 * archive declares are not trusted. A shared-strings bomb is refused after the first
 * IMPORT_MAX_SHARED_STRINGS entries, not after inflating its gigabytes.
 */
export async function checkXlsxLimits(content: Buffer, limits: ImportFileLimits): Promise<void> {
  const entries = readCentralDirectory(content);
  if (!entries) throw unreadableArchive();
  const sheetPath = firstWorksheetPath(content, entries);
  let inflated = 0;
  for (const [path, entry] of entries) {
    const counters =
      path === SHARED_STRINGS_PATH
        ? [new TagCounter('si', limits.maxSharedStrings, () => sharedStringsRefusal(limits.maxSharedStrings))]
        : path === sheetPath
          ? [
              // The header row is a row too.
              new TagCounter('row', limits.maxRows + 1, () => rowsRefusal(limits.maxRows)),
              new TagCounter('c', limits.maxCells, () => cellsRefusal(limits.maxCells)),
            ]
          : [];
    await inflateEntry(content, entry, (chunk) => {
      inflated += chunk.length;
      if (inflated > limits.maxUncompressedBytes) throw uncompressedRefusal(limits.maxUncompressedBytes);
      const text = chunk.toString('latin1');
      for (const counter of counters) counter.feed(text);
    });
    for (const counter of counters) counter.end();
  }
}

async function inflateEntry(content: Buffer, entry: ZipEntry, onChunk: (chunk: Buffer) => void): Promise<void> {
  if (entry.compressedSize === ZIP64_MARKER) throw unreadableArchive();
  const data = entryData(content, entry);
  if (!data) throw unreadableArchive();
  if (entry.method === 0) {
    for (let start = 0; start < data.length; start += CHUNK_BYTES) onChunk(data.subarray(start, start + CHUNK_BYTES));
    return;
  }
  if (entry.method !== 8) throw unreadableArchive();
  const inflate = createInflateRaw({ chunkSize: CHUNK_BYTES });
  inflate.end(data);
  try {
    // Leaving the loop early (a limit reached) destroys the stream: the rest is never inflated.
    for await (const chunk of inflate) onChunk(chunk as Buffer);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadableArchive();
  }
}

/**
 * Counts start tags `<name>`, `<name …>` or `<name/>` across chunk boundaries (the last
 * characters of a chunk wait for the next), and throws once the count passes the limit.
 */
class TagCounter {
  private readonly open: string;
  private count = 0;
  private carry = '';

  constructor(
    name: string,
    private readonly limit: number,
    private readonly refusal: () => DomainError,
  ) {
    this.open = `<${name}`;
  }

  feed(chunk: string): void {
    const text = this.carry + chunk;
    const decided = text.length - this.open.length;
    for (
      let index = text.indexOf(this.open);
      index !== -1 && index < decided;
      index = text.indexOf(this.open, index + 1)
    ) {
      const next = text.charCodeAt(index + this.open.length);
      // ' ', '>', '/', or a tab or line break before the attributes.
      if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) {
        this.count += 1;
        if (this.count > this.limit) throw this.refusal();
      }
    }
    this.carry = text.slice(Math.max(0, decided));
  }

  end(): void {
    this.feed(' ');
  }
}

const number = (value: number) => value.toLocaleString('en-US');

function sharedStringsRefusal(limit: number): DomainError {
  return new TooLargeError(
    'IMPORT_TOO_MANY_SHARED_STRINGS',
    `the workbook's shared-strings table holds more than ${number(limit)} entries (the limit); save the list again from a clean sheet or split it`,
    'file',
    { limit },
  );
}

export function rowsRefusal(limit: number): DomainError {
  return new TooLargeError(
    'IMPORT_TOO_MANY_ROWS',
    `the list has more than ${number(limit)} data rows (the limit); split the list into several files`,
    'file',
    { limit },
  );
}

export function cellsRefusal(limit: number): DomainError {
  return new TooLargeError(
    'IMPORT_TOO_MANY_CELLS',
    `the list has more than ${number(limit)} cells (the limit); delete unused columns or split the list`,
    'file',
    { limit },
  );
}

function uncompressedRefusal(limit: number): DomainError {
  return new TooLargeError(
    'IMPORT_FILE_TOO_LARGE_UNCOMPRESSED',
    `the workbook is larger than ${number(limit)} bytes once unpacked (the limit); split the list into several files`,
    'file',
    { limit },
  );
}

function unreadableArchive(): DomainError {
  return new DomainError(
    'IMPORT_FILE_UNREADABLE',
    'the file is neither a CSV text file nor a readable XLSX workbook',
    'file',
  );
}
