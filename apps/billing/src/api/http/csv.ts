import type { Response } from 'express';
import { csvRecord } from '@jaring/kernel';

/** One CSV line (RFC 4180); cells a spreadsheet would run as a formula are neutralised. */
export function csvLine(values: readonly unknown[]): string {
  return `${csvRecord(values)}\r\n`;
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
