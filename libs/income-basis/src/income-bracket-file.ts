import { isYearMonth, type YearMonth } from '@jaring/calendar';
import { byEffectiveFrom, type IncomeBasisLimits, type IncomeBracket, type IncomeBracketTable } from './income-basis';

/** The minimum and maximum a service's rule sets put in force from a month. */
export interface LimitsFrom {
  readonly effectiveFrom: YearMonth;
  readonly limits: IncomeBasisLimits;
}

/** A bracket file that cannot be used; every problem is named, so the operator fixes them in one pass. */
export class IncomeBracketFileError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid income bracket file: ${problems.join('; ')}`);
    this.name = 'IncomeBracketFileError';
  }
}

/**
 * Validates the parsed JSON of an income bracket file (format in docs/operations.md): each table has a
 * month and a source, its rows are contiguous and increasing, and its first and last rows' bases are
 * the minimum and maximum of every rule set in force while it applies. Throws IncomeBracketFileError.
 */
export function parseIncomeBracketFile(json: unknown, limits: readonly LimitsFrom[]): IncomeBracketTable[] {
  const tables = isRecord(json) && Array.isArray(json.tables) ? json.tables : undefined;
  if (!tables || tables.length === 0) throw new IncomeBracketFileError(['the file must be { "tables": [ … ] }']);
  const problems: string[] = [];
  const parsed = tables.flatMap((table, index) => {
    const result = parseTable(table, `tables[${index}]`);
    problems.push(...result.problems);
    return result.table ? [result.table] : [];
  });
  const ordered = parsed.sort(byEffectiveFrom);
  ordered.forEach((table, index) => {
    const next = ordered[index + 1];
    if (next?.effectiveFrom === table.effectiveFrom) {
      problems.push(`two tables take effect in ${table.effectiveFrom}`);
    }
    for (const { effectiveFrom, limits: inForce } of limitsDuring(table.effectiveFrom, next?.effectiveFrom, limits)) {
      problems.push(...endProblems(table, inForce, effectiveFrom));
    }
  });
  if (problems.length > 0) throw new IncomeBracketFileError(problems);
  return ordered;
}

function parseTable(raw: unknown, at: string): { table?: IncomeBracketTable; problems: string[] } {
  if (!isRecord(raw)) return { problems: [`${at} must be an object`] };
  const problems: string[] = [];
  if (!isYearMonth(raw.effectiveFrom)) problems.push(`${at}.effectiveFrom must be a month YYYY-MM`);
  if (typeof raw.source !== 'string' || raw.source.trim() === '') {
    problems.push(`${at}.source must name where the rows were transcribed from`);
  }
  if (!Array.isArray(raw.rows) || raw.rows.length === 0) {
    return { problems: [...problems, `${at}.rows must list at least one bracket`] };
  }
  const rows: IncomeBracket[] = [];
  raw.rows.forEach((row: unknown, index: number) => {
    const rowAt = `${at}.rows[${index}]`;
    const isLast = index === (raw.rows as unknown[]).length - 1;
    if (!isRecord(row) || !isRupiah(row.from) || !isRupiah(row.basis)) {
      problems.push(`${rowAt} must have whole-rupiah from and basis`);
      return;
    }
    if (row.to === undefined && !isLast) problems.push(`${rowAt}.to is required (only the top row is open)`);
    if (row.to !== undefined && (!isRupiah(row.to) || row.to < row.from)) {
      problems.push(`${rowAt}.to must be whole rupiah not below from`);
      return;
    }
    rows.push({ from: row.from, basis: row.basis, ...(row.to === undefined ? {} : { to: row.to as number }) });
  });
  rows.slice(1).forEach((row, index) => {
    const previous = rows[index];
    if (previous.to !== undefined && row.from !== previous.to + 1) {
      problems.push(`${at}.rows[${index + 1}].from must be ${previous.to + 1} (contiguous with the row before)`);
    }
    if (row.basis <= previous.basis) problems.push(`${at}.rows[${index + 1}].basis must be above the row before`);
  });
  if (problems.length > 0) return { problems };
  return {
    table: { effectiveFrom: raw.effectiveFrom as YearMonth, source: (raw.source as string).trim(), rows },
    problems,
  };
}

/** The limits in force at `from` and every change of them before `until`. */
function limitsDuring(from: YearMonth, until: YearMonth | undefined, all: readonly LimitsFrom[]): LimitsFrom[] {
  const ordered = [...all].sort(byEffectiveFrom);
  const atStart = ordered.findLast((candidate) => candidate.effectiveFrom <= from);
  const later = ordered.filter(
    (candidate) => candidate.effectiveFrom > from && (until === undefined || candidate.effectiveFrom < until),
  );
  return atStart ? [atStart, ...later] : later;
}

function endProblems(table: IncomeBracketTable, limits: IncomeBasisLimits, limitsFrom: YearMonth): string[] {
  const first = table.rows[0];
  const last = table.rows[table.rows.length - 1];
  const problems: string[] = [];
  if (first.basis !== limits.minimum) {
    problems.push(
      `table of ${table.effectiveFrom}: the first row's basis must be the minimum ${limits.minimum} in force from ${limitsFrom}, got ${first.basis}`,
    );
  }
  if (last.basis !== limits.maximum) {
    problems.push(
      `table of ${table.effectiveFrom}: the last row's basis must be the maximum ${limits.maximum} in force from ${limitsFrom}, got ${last.basis}`,
    );
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRupiah(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
