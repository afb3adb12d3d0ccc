import type { Response } from 'express';

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(field).join(',')}\r\n`;
}

/** Starts a CSV download. */
export function startCsv(response: Response, fileName: string, header: readonly string[]): void {
  response.status(200);
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  response.write(csvLine(header));
}

/** Writes a chunk, waiting for the client when its buffer is full (a million lines never sit in memory). */
export async function writeCsv(response: Response, text: string): Promise<void> {
  if (!response.write(text)) await new Promise((resolve) => response.once('drain', resolve));
}
