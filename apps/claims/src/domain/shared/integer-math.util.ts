import { DomainError, type Rupiah } from '@jaring/kernel';

/**
 * Percentages are carried as basis points (1% = 100 bp) so that table entries such as 4.5% and
 * doctors' assessments such as 62.5% stay whole numbers; money never passes through a float.
 */
export type BasisPoints = number;

export const BASIS_POINTS_PER_PERCENT = 100;
export const FULL_BASIS_POINTS: BasisPoints = 10_000;

/**
 * a × b × … ÷ divisor, rounded DOWN to a whole rupiah. BigInt because income × 80 months × basis
 * points × basis points overflows Number's safe range for top-bracket incomes. Rounding down is the
 * one rounding rule of the benefit engine: a fraction of a rupiah is never paid.
 */
export function multiplyThenDivideFloor(factors: readonly number[], divisor: number): Rupiah {
  const product = factors.reduce((acc, factor) => acc * BigInt(factor), 1n);
  return Number(product / BigInt(divisor));
}

/**
 * Converts a percentage given by a person (35, 4.5, 62.5) into basis points. More than two decimals
 * is refused rather than silently rounded: nobody assesses a disability to a thousandth of a percent.
 */
export function percentToBasisPoints(percent: number, field?: string): BasisPoints {
  const basisPoints = Math.round(percent * BASIS_POINTS_PER_PERCENT);
  if (!Number.isFinite(percent) || Math.abs(basisPoints - percent * BASIS_POINTS_PER_PERCENT) > 1e-6) {
    throw new DomainError('PERCENT_INVALID', `${percent} is not a percentage with at most two decimals`, field);
  }
  return basisPoints;
}

export function formatBasisPoints(basisPoints: BasisPoints): string {
  return `${basisPoints / BASIS_POINTS_PER_PERCENT}%`;
}

/** A claimed amount of money: a whole, non-negative number of rupiah. */
export function assertNonNegativeRupiah(amount: number, field: string): Rupiah {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new DomainError('AMOUNT_INVALID', `${field} must be a whole, non-negative number of rupiah`, field);
  }
  return amount;
}

export function sumRupiah(amounts: readonly Rupiah[]): Rupiah {
  return amounts.reduce((total, amount) => total + amount, 0);
}
