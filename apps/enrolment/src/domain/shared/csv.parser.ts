import { DomainError } from '@jaring/kernel';

/** One data row of a CSV file: its line in the file (header = line 1) and its cells by header name. */
export interface CsvRow {
  readonly lineNumber: number;
  readonly record: Readonly<Record<string, string>>;
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

const UTF8_BOM = '\uFEFF';

/**
 * Splits CSV text into rows of cells (RFC 4180: quoted cells may hold the delimiter, line breaks
 * and doubled quotes). Accepts LF and CRLF line ends and a UTF-8 byte-order mark, as written by
 * Excel. Returns each row with the line it starts on, so errors can point at the officer's line.
 */
export function splitCsv(text: string, delimiter = ','): { lineNumber: number; cells: string[] }[] {
  const source = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: { lineNumber: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let line = 1;
  let rowStartLine = 1;
  let quoteOpenedOnLine = 1;

  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push({ lineNumber: rowStartLine, cells });
    cells = [];
  };

  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (inQuotes) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        inQuotes = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"') {
      inQuotes = true;
      quoteOpenedOnLine = line;
    } else if (char === delimiter) {
      endCell();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRow();
      line++;
      rowStartLine = line;
    } else {
      cell += char;
    }
  }
  if (inQuotes) {
    throw new DomainError('CSV_MALFORMED', `a quoted cell opened on line ${quoteOpenedOnLine} is never closed`);
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows.filter((row) => !isBlank(row.cells));
}

/**
 * Parses CSV text with a header line into records keyed by header name. Excel in an Indonesian
 * locale writes ';' as the separator (the comma is the decimal mark there), so the separator is
 * taken from the header line: ';' when it holds semicolons and no commas, ',' otherwise.
 * Missing trailing cells read as ''; cells beyond the header (a trailing separator) are ignored.
 */
export function parseCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const [headerRow, ...dataRows] = splitCsv(text, delimiter);
  if (!headerRow) return { header: [], rows: [] };
  const header = headerRow.cells.map((name) => name.trim());
  const rows = dataRows.map(({ lineNumber, cells }) => ({
    lineNumber,
    record: Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])),
  }));
  return { header, rows };
}

function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
