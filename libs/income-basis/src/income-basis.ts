import { DomainError, type Rupiah } from '@jaring/kernel';
import type { YearMonth } from '@jaring/calendar';

/** The ends of the income table in force: no basis is below the minimum or above the maximum. */
export interface IncomeBasisLimits {
  readonly minimum: Rupiah;
  readonly maximum: Rupiah;
}

/** One row of PP 44/2015 Lampiran II: every declared income from `from` to `to` (inclusive) is assessed at `basis`. */
export interface IncomeBracket {
  readonly from: Rupiah;
  /** Absent on the top row: every income above `from` belongs to it. */
  readonly to?: Rupiah;
  readonly basis: Rupiah;
}

/** The bracket rows in force from a month until the next table's month, with where they were transcribed from. */
export interface IncomeBracketTable {
  readonly effectiveFrom: YearMonth;
  readonly source: string;
  readonly rows: readonly IncomeBracket[];
}

/** What a declared income is billed and assessed at, and by which rule (shown to officers and finance). */
export interface IncomeBasis {
  readonly declaredMonthlyIncome: Rupiah;
  readonly basis: Rupiah;
  readonly rule: string;
}

/**
 * RULES.md §1: a declared income maps to the basis of its bracket (PP 44/2015 Lampiran II). Without a
 * loaded table the basis is the declared income clamped to the minimum and maximum, as billed until
 * the official rows are transcribed. Billing and benefits both call this, so a month's benefits are
 * assessed on exactly the basis it was billed at.
 */
export function incomeBasis(
  declaredMonthlyIncome: Rupiah,
  limits: IncomeBasisLimits,
  table?: IncomeBracketTable,
): IncomeBasis {
  if (!Number.isSafeInteger(declaredMonthlyIncome) || declaredMonthlyIncome < 0) {
    throw new DomainError(
      'RUPIAH_NOT_WHOLE',
      'declaredMonthlyIncome must be a whole, non-negative number of rupiah',
      'declaredMonthlyIncome',
    );
  }
  if (table) {
    const row = table.rows.findLast((candidate) => candidate.from <= declaredMonthlyIncome) ?? table.rows[0];
    return {
      declaredMonthlyIncome,
      basis: row.basis,
      rule: `RULES.md §1, PP 44/2015 Lampiran II: income bracket ${bracketLabel(row)} → basis ${row.basis} (${table.source})`,
    };
  }
  const basis = Math.min(Math.max(declaredMonthlyIncome, limits.minimum), limits.maximum);
  return {
    declaredMonthlyIncome,
    basis,
    rule: `RULES.md §1, PP 44/2015 Lampiran II: declared income within the minimum ${limits.minimum} and the top bracket ${limits.maximum} (bracket rows not loaded)`,
  };
}

/** The table in force for a month: the latest whose `effectiveFrom` is not after it, if any. */
export function bracketTableFor(
  month: YearMonth,
  tables: readonly IncomeBracketTable[],
): IncomeBracketTable | undefined {
  return tables
    .filter((table) => table.effectiveFrom <= month)
    .sort(byEffectiveFrom)
    .at(-1);
}

export function byEffectiveFrom(a: { effectiveFrom: string }, b: { effectiveFrom: string }): number {
  return a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0;
}

function bracketLabel(row: IncomeBracket): string {
  return row.to === undefined ? `from ${row.from}` : `${row.from}–${row.to}`;
}
