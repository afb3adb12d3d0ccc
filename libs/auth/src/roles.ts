export const ROLES = [
  'enrolment-officer',
  'enrolment-supervisor',
  'claims-officer',
  'claims-supervisor',
  'finance',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
