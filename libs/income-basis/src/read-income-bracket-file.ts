import { readFileSync } from 'node:fs';
import type { IncomeBracketTable } from './income-basis';
import { IncomeBracketFileError, type LimitsFrom, parseIncomeBracketFile } from './income-bracket-file';

/**
 * The tables of INCOME_BRACKETS_FILE, validated against the service's rule sets at boot; none when the
 * variable is empty (RULES.md §1: no official rows are transcribed yet). A bad file stops the service.
 */
export function readIncomeBracketFile(path: string, limits: readonly LimitsFrom[]): IncomeBracketTable[] {
  if (path === '') return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new IncomeBracketFileError([
      `INCOME_BRACKETS_FILE ${path} cannot be read as JSON (${(error as Error).message})`,
    ]);
  }
  return parseIncomeBracketFile(json, limits);
}
