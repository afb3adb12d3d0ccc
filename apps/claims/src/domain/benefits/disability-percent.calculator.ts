import { DomainError } from '@jaring/kernel';
import { formatBasisPoints, percentToBasisPoints, type BasisPoints } from '../shared/integer-math.util';
import type { DisabilityTableSelection } from './benefit.types';
import type { DisabilityTableRow } from './disability-table.types';

const FIELD = 'outcome.tableItems';

export interface ResolvedDisabilityItem {
  code: string;
  description: string;
  percentBp: BasisPoints;
  /** False while the row's figure is not checked against the Lampiran text: the line says so. */
  checkedAgainstRegulation: boolean;
}

export interface DisabilityPercent {
  items: ResolvedDisabilityItem[];
  /** Sum of the items before the combined cap. */
  sumBp: BasisPoints;
  /** The percentage paid: the sum, capped. */
  payableBp: BasisPoints;
}

export interface DisabilityPercentOptions {
  dominantHand: 'right' | 'left';
  combinedCapBp: BasisPoints;
}

/**
 * Adds up the table percentages of the entries a doctor reported. The same entry may appear more
 * than once (two "other fingers" lost); the sum is capped by policy.
 */
export function resolveDisabilityPercent(
  selections: readonly DisabilityTableSelection[],
  table: readonly DisabilityTableRow[],
  options: DisabilityPercentOptions,
): DisabilityPercent {
  if (selections.length === 0) {
    throw new DomainError('DISABILITY_TABLE_ITEMS_EMPTY', 'At least one disability table entry is needed', FIELD);
  }
  const items = selections.map((selection) => resolveItem(selection, table, options.dominantHand));
  const sumBp = items.reduce((total, item) => total + item.percentBp, 0);
  return { items, sumBp, payableBp: Math.min(sumBp, options.combinedCapBp) };
}

function resolveItem(
  selection: DisabilityTableSelection,
  table: readonly DisabilityTableRow[],
  dominantHand: 'right' | 'left',
): ResolvedDisabilityItem {
  const { code, percent, units } = typeof selection === 'string' ? { code: selection } : selection;
  const row = findRow(code, table);
  if (row.totalDisability) {
    throw new DomainError(
      'TOTAL_DISABILITY_OUTCOME',
      `'${row.code}' (${row.description}) is a total permanent disability: record the outcome total-disability, which pays 70% × 80 × income, the periodic benefit and scholarships (RULES.md §2)`,
      FIELD,
    );
  }
  const assessed = rowForHandedness(row, table, dominantHand);
  return {
    code: row.code,
    description: row.description,
    percentBp: percentOf(assessed, percent, units),
    checkedAgainstRegulation: assessed.checkedAgainstRegulation,
  };
}

function findRow(code: string, table: readonly DisabilityTableRow[]): DisabilityTableRow {
  const row = table.find((candidate) => candidate.code === code);
  if (!row)
    throw new DomainError('DISABILITY_TABLE_CODE_UNKNOWN', `'${code}' is not an entry of the disability table`, FIELD);
  return row;
}

/** For a left-handed worker the left arm carries the right arm's (dominant) percentage, and vice versa. */
function rowForHandedness(
  row: DisabilityTableRow,
  table: readonly DisabilityTableRow[],
  dominantHand: 'right' | 'left',
): DisabilityTableRow {
  if (dominantHand === 'right' || !row.mirrorCode) return row;
  return findRow(row.mirrorCode, table);
}

function percentOf(row: DisabilityTableRow, percent: number | undefined, units: number | undefined): BasisPoints {
  const assessment = row.assessment;
  switch (assessment.kind) {
    case 'fixed':
      return assessment.percentBp;
    case 'range': {
      if (percent === undefined) {
        throw new DomainError('DISABILITY_PERCENT_REQUIRED', `'${row.code}' needs the doctor's percentage`, FIELD);
      }
      const percentBp = percentToBasisPoints(percent, FIELD);
      if (percentBp < assessment.minBp || percentBp > assessment.maxBp) {
        throw new DomainError(
          'DISABILITY_PERCENT_OUT_OF_RANGE',
          `'${row.code}' is assessed between ${formatBasisPoints(assessment.minBp)} and ${formatBasisPoints(assessment.maxBp)}, got ${percent}%`,
          FIELD,
        );
      }
      return percentBp;
    }
    case 'per-unit': {
      if (units === undefined || !Number.isSafeInteger(units) || units < 1) {
        throw new DomainError(
          'DISABILITY_UNITS_REQUIRED',
          `'${row.code}' needs a whole number of units (${assessment.unit})`,
          FIELD,
        );
      }
      return assessment.perUnitBp * units;
    }
  }
}
