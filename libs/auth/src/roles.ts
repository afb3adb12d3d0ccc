import { SetMetadata } from '@nestjs/common';

export const ROLES = ['enrolment-officer', 'claims-officer', 'claims-supervisor', 'finance', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export const ROLES_KEY = 'jaring:roles';
export const PUBLIC_KEY = 'jaring:public';

/** The caller needs at least one of these roles (`admin` passes every role check). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Open without a token: health, metrics and docs only. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
