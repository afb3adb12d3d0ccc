/**
 * Who pays a worker's contributions. Wire values (API, database): never rename.
 *   APBD   a regency or province budget (a Pemkab package, the case Jaring is built for)
 *   APBN   the national budget
 *   SELF   the worker pays (an ordinary BPU participant)
 *   OTHER  another payer outside the state budgets (a company's CSR, an association)
 */
export const SPONSOR_TYPES = ['APBD', 'APBN', 'SELF', 'OTHER'] as const;
export type SponsorType = (typeof SPONSOR_TYPES)[number];

export function isSponsorType(value: unknown): value is SponsorType {
  return typeof value === 'string' && (SPONSOR_TYPES as readonly string[]).includes(value);
}
