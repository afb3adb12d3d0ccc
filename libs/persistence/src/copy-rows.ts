import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

/** A value of one column as COPY's text format takes it; null and undefined are SQL NULL. */
export type CopyValue = string | number | boolean | null | undefined;

/** Characters COPY's text format gives a meaning to, inside a value. */
const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPED: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in COPY's text format: `\N` for NULL, the separators and the backslash escaped. */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  const text = String(value);
  return SPECIAL.test(text) ? text.replace(SPECIALS, (char) => ESCAPED[char]) : text;
}

/** One row as a line of COPY text. */
function copyLine(row: readonly CopyValue[]): string {
  return `${row.map(copyField).join('\t')}\n`;
}

/**
 * Appends rows to a table with `COPY … FROM STDIN` inside the caller's transaction. COPY writes
 * heap pages and WAL in batches; a multi-row INSERT of the same rows took PostgreSQL ~2.5× the time
 * (bench/enrolment-import). It has no ON CONFLICT: a unique violation fails the whole COPY and
 * aborts the transaction, so a caller that may meet one wraps it in a savepoint.
 */
export async function copyRows(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<void> {
  await copyLines(manager, table, columns, linesOf(rows));
}

/**
 * copyRows for a caller that writes the lines itself (each ends in a newline, every value passed
 * through copyField), e.g. to encode the values a whole chunk shares only once.
 */
export async function copyLines(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  lines: Iterable<string>,
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error(`COPY into ${table} needs a transaction`);
  const chunks = encodeChunks(lines);
  if (chunks.length === 0) return;
  const client = (await manager.queryRunner.connect()) as PoolClient;
  const copy = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks), copy);
}

function* linesOf(rows: Iterable<readonly CopyValue[]>): Iterable<string> {
  for (const row of rows) yield copyLine(row);
}

/** Characters of text per chunk sent: about one socket write's worth. */
const CHUNK_CHARS = 64 * 1024;

/**
 * The lines in buffers of about CHUNK_CHARS: encoding one multi-megabyte string costs V8 about ten
 * times as much (it flattens the whole string first).
 */
function encodeChunks(lines: Iterable<string>): Buffer[] {
  const chunks: Buffer[] = [];
  let text = '';
  for (const line of lines) {
    text += line;
    if (text.length >= CHUNK_CHARS) {
      chunks.push(Buffer.from(text));
      text = '';
    }
  }
  if (text !== '') chunks.push(Buffer.from(text));
  return chunks;
}
