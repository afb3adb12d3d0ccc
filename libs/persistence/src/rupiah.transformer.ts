import type { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL `bigint` arrives from the driver as a string (it may exceed 2^53). Rupiah amounts stay
 * far below that, so they map to integer numbers; anything unsafe fails loudly instead of rounding.
 */
export const rupiahColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const amount = Number(value);
    if (!Number.isSafeInteger(amount)) throw new RangeError(`Stored amount ${value} is not a safe integer`);
    return amount;
  },
};
