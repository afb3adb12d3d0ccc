import { assertRupiah, type Rupiah } from '@jaring/kernel';

/** Basis points: 1% = 100 bp, so rates like 0.24% or 62.5% stay whole numbers. */
export type BasisPoints = number;
export const BP_PER_WHOLE = 10_000;

/** Exact floor division of non-negative whole numbers (no floating-point rounding at the edge). */
export function floorDiv(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 0 || denominator <= 0) {
    throw new RangeError(`floorDiv needs non-negative whole numbers, got ${numerator} / ${denominator}`);
  }
  return (numerator - (numerator % denominator)) / denominator;
}

export function sumRupiah(amounts: readonly Rupiah[]): Rupiah {
  return assertRupiah(
    amounts.reduce((total, amount) => total + amount, 0),
    'sum',
  );
}
