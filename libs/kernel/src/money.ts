/** Money is always a whole number of rupiah; never a float. */
export type Rupiah = number;

export function assertRupiah(amount: number, what = 'amount'): Rupiah {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`${what} must be a whole number of rupiah, got ${amount}`);
  }
  return amount;
}
