import { DomainError } from '@jaring/kernel';

/** One CSV record: the line it starts on (header = line 1) and its cells. */
export interface CsvRecord {
  readonly lineNumber: number;
  readonly cells: string[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/**
 * Reads CSV records one at a time (RFC 4180: quoted cells may hold the delimiter, line breaks and
 * doubled quotes; LF or CRLF line ends; a UTF-8 byte-order mark). Lines without a quote, the vast
 * majority of a Pemkab list, are cut with indexOf and split(), which is about ten times faster
 * than a character-by-character parser on 100,000 rows; lines with quotes take the careful path.
 * Blank lines (every cell empty or spaces) are skipped, as the domain's parseCsv does.
 * A quote opened and never closed is a DomainError (CSV_MALFORMED) naming its line.
 * `firstLine` is the line `text` starts on, when it is a segment of a longer file (csvSegments).
 */
export function* csvRecords(text: string, delimiter: ',' | ';', firstLine = 1): Generator<CsvRecord> {
  const length = text.length;
  let position = firstLine === 1 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = firstLine;
  // The next quote at or after `position`; searched again only once passed, so a file without
  // quotes is scanned once, not once per line.
  let quote = -1;
  while (position < length) {
    const startLine = line;
    let newline = text.indexOf('\n', position);
    if (newline === -1) newline = length;
    if (quote !== Infinity && quote < position) {
      quote = text.indexOf('"', position);
      if (quote === -1) quote = Infinity;
    }
    if (quote > newline) {
      const end = newline > position && text.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
      const lineText = text.slice(position, end);
      position = newline + 1;
      line += 1;
      if (!isBlankLine(lineText, delimiter)) yield { lineNumber: startLine, cells: lineText.split(delimiter) };
      continue;
    }
    const record = readQuotedRecord(text, position, line, delimiter);
    position = record.next;
    line = record.nextLine;
    if (!record.cells.every((cell) => cell.trim() === '')) yield { lineNumber: startLine, cells: record.cells };
  }
}

/**
 * The number of records csvRecords yields, counted without building them (one pass over the
 * characters, tracking quotes): the progress total of an import. A line of empty quoted cells
 * ("","") counts here but is skipped by csvRecords; the job's total is corrected when it completes.
 */
export function countCsvRecords(text: string, delimiter: ',' | ';'): number {
  const separator = delimiter.charCodeAt(0);
  let records = 0;
  let inQuotes = false;
  let lineHasContent = false;
  for (let index = text.charCodeAt(0) === 0xfeff ? 1 : 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      inQuotes = !inQuotes;
      lineHasContent = true;
    } else if (inQuotes) {
      if (code !== LF && code !== CR && code !== SPACE && code !== TAB) lineHasContent = true;
    } else if (code === LF) {
      if (lineHasContent) records += 1;
      lineHasContent = false;
    } else if (code !== CR && code !== SPACE && code !== TAB && code !== separator) {
      lineHasContent = true;
    }
  }
  return lineHasContent ? records + 1 : records;
}

/** The delimiter of a file: ';' when the header line has semicolons and no commas (Excel in an Indonesian locale). */
export function detectDelimiter(text: string): ',' | ';' {
  const newline = text.indexOf('\n');
  const firstLine = newline === -1 ? text : text.slice(0, newline);
  return firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
}

function readQuotedRecord(
  text: string,
  start: number,
  startLine: number,
  delimiter: string,
): { cells: string[]; next: number; nextLine: number } {
  const cells: string[] = [];
  let position = start;
  let line = startLine;
  for (;;) {
    let value = '';
    if (text.charCodeAt(position) === QUOTE) {
      const openedOnLine = line;
      position += 1;
      for (;;) {
        const close = text.indexOf('"', position);
        if (close === -1) {
          throw new DomainError('CSV_MALFORMED', `a quoted cell opened on line ${openedOnLine} is never closed`);
        }
        const part = text.slice(position, close);
        line += countLineFeeds(part);
        value += part;
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          position = close + 2;
        } else {
          position = close + 1;
          break;
        }
      }
    }
    // Up to the next delimiter or line end: after a closing quote this is normally nothing; a
    // quote inside an unquoted cell is kept as it is.
    let stop = position;
    while (stop < text.length) {
      const code = text.charCodeAt(stop);
      if (code === LF || (code === CR && text.charCodeAt(stop + 1) === LF) || text[stop] === delimiter) break;
      stop += 1;
    }
    value += text.slice(position, stop);
    cells.push(value);
    position = stop;
    if (position >= text.length) return { cells, next: position, nextLine: line };
    const code = text.charCodeAt(position);
    if (code === CR) return { cells, next: position + 2, nextLine: line + 1 };
    if (code === LF) return { cells, next: position + 1, nextLine: line + 1 };
    position += 1; // the delimiter
  }
}

function countLineFeeds(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

function isBlankLine(text: string, delimiter: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char !== delimiter && char !== ' ' && char !== '\t') return false;
  }
  return true;
}

export type CsvEncoding = 'utf-8' | 'windows-1252';

/** UTF-8 (with or without BOM) when every byte sequence is valid UTF-8, else Windows-1252 (older Excel). */
export async function csvEncodingOf(parts: AsyncIterable<Buffer>): Promise<CsvEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const isValid = (part?: Buffer) => {
    try {
      if (part) decoder.decode(part, { stream: true });
      else decoder.decode();
      return true;
    } catch {
      return false;
    }
  };
  for await (const part of parts) if (!isValid(part)) return 'windows-1252';
  return isValid() ? 'utf-8' : 'windows-1252';
}

/** A run of whole CSV records and the line it starts on. */
export interface CsvSegment {
  readonly text: string;
  readonly firstLine: number;
}

/**
 * The text of a file read in parts, decoded and cut after the last line feed outside quotes of each
 * part, so every segment holds whole records (a quoted cell spanning parts is carried over) and
 * only about one part's text is in memory at a time. The decoder drops a leading byte-order mark.
 */
export async function* csvSegments(parts: AsyncIterable<Buffer>, encoding: CsvEncoding): AsyncGenerator<CsvSegment> {
  const decoder = new TextDecoder(encoding);
  let line = 1;
  let carried = '';
  const segment = (text: string): CsvSegment => {
    const firstLine = line;
    line += countLineFeeds(text);
    return { text, firstLine };
  };
  for await (const part of parts) {
    const text = carried + decoder.decode(part, { stream: true });
    const end = endOfLastRecord(text);
    carried = text.slice(end);
    if (end > 0) yield segment(text.slice(0, end));
  }
  const rest = carried + decoder.decode();
  if (rest.length > 0) yield segment(rest);
}

/** Just after the last line feed outside quotes (doubled quotes toggle twice), or 0 if there is none. */
function endOfLastRecord(text: string): number {
  let inQuotes = false;
  let end = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) inQuotes = !inQuotes;
    else if (code === LF && !inQuotes) end = index + 1;
  }
  return end;
}
