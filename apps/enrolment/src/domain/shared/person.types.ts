/** Sex as recorded on the KTP and encoded in the NIK (women: birth day + 40). */
export const SEXES = ['M', 'F'] as const;
export type Sex = (typeof SEXES)[number];

export function isSex(value: unknown): value is Sex {
  return value === 'M' || value === 'F';
}
