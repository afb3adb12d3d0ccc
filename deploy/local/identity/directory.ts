// Who the local OpenID provider knows: seeded officers per role and regency, the officer console
// (a public client) and one Pemkab finance system per regency (confidential, client credentials).
// Development data only; production keeps its people and clients in Keycloak (deploy/keycloak).
import { ROLES, type Role } from '@jaring/auth';

export const API_AUDIENCE = 'jaring-api';
/** The resource indicator that names the Jaring API at the token endpoint (RFC 8707). */
export const API_RESOURCE = 'urn:jaring:api';
export const DEFAULT_TENANT = '76.04';

export interface Officer {
  username: string;
  name: string;
  roles: Role[];
  tenants: string[];
}

export const OFFICERS: readonly Officer[] = [
  { username: 'andi', name: 'Andi Rahman', roles: ['claims-officer'], tenants: ['76.04'] },
  { username: 'budi', name: 'Budi Santoso', roles: ['claims-officer'], tenants: ['76.04'] },
  { username: 'citra', name: 'Citra Lestari', roles: ['claims-supervisor'], tenants: ['76.04'] },
  { username: 'dewi', name: 'Dewi Anggraini', roles: ['enrolment-officer'], tenants: ['76.04'] },
  { username: 'intan', name: 'Intan Permata', roles: ['enrolment-supervisor'], tenants: ['76.04'] },
  { username: 'eka', name: 'Eka Putri', roles: ['finance'], tenants: ['76.04'] },
  { username: 'fajar', name: 'Fajar Hidayat', roles: ['admin'], tenants: ['76.04'] },
  { username: 'gita', name: 'Gita Marlina', roles: ['claims-officer'], tenants: ['73.71'] },
  { username: 'hasan', name: 'Hasan Basri', roles: ['enrolment-officer'], tenants: ['73.71'] },
];

export const CONSOLE_CLIENT_ID = 'jaring-console';
/** Local tooling (dev:token, tests) mints officer tokens with the development grant below. */
export const DEV_TOOLS_CLIENT = { id: 'jaring-dev-tools', secret: 'jaring-dev-tools-local-only' } as const;
/** An RFC 6749 §4.5 extension grant of the local provider only: a token for a named officer. */
export const DEV_OFFICER_GRANT = 'urn:jaring:params:oauth:grant-type:dev-officer';

export interface FinanceClient {
  clientId: string;
  secret: string;
  tenants: string[];
}

export const FINANCE_CLIENTS: readonly FinanceClient[] = [
  { clientId: 'finance-76.04', secret: 'finance-76.04-local-only', tenants: ['76.04'] },
  { clientId: 'finance-73.71', secret: 'finance-73.71-local-only', tenants: ['73.71'] },
];

export const REGENCY_CODE = /^\d{2}\.\d{2}$/;

export function isKnownRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
