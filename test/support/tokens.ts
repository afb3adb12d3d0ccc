import type { Role } from '@jaring/auth';
import { issueOfficerToken } from '../../deploy/local/identity/officer-tokens';

/** The OpenID provider the test run started (global set-up). */
export function testIssuer(): string {
  const issuer = process.env.JARING_TEST_OIDC_ISSUER;
  if (!issuer) throw new Error('No OpenID provider: integration and e2e tests run under the jest global set-up');
  return issuer;
}

/**
 * The regencies the functional tests seed records in. Their officers serve all of them (as a
 * provincial officer would), and the test services serve them; the tenancy tests use officers of
 * one regency (`bearerIn`) to show the scoping itself.
 */
export const TEST_REGENCIES = [
  '76.04',
  '76.01',
  '76.02',
  '76.05',
  '73.01',
  '73.02',
  '73.03',
  '73.04',
  '73.10',
  '73.71',
];

const issued = new Map<string, Promise<string>>();

/** An `Authorization` header value for an officer of `tenants`, issued by the run's OpenID provider. */
export function bearerIn(tenants: readonly string[], subject: string, ...roles: Role[]): Promise<string> {
  const key = JSON.stringify([tenants, subject, roles]);
  let token = issued.get(key);
  if (!token) {
    token = issueOfficerToken(testIssuer(), { sub: subject, roles, tenants }).then((value) => `Bearer ${value}`);
    issued.set(key, token);
  }
  return token;
}

/** An officer of the test regencies; maker-checker tells officers apart by subject. */
export function bearer(subject: string, ...roles: Role[]): Promise<string> {
  return bearerIn(TEST_REGENCIES, subject, ...roles);
}

/**
 * One officer per role of the test regencies, issued once per test file by its test app's start, so
 * that requests can name a role synchronously: `.set('Authorization', roleBearer('finance'))`.
 */
const roleTokens = new Map<Role, string>();

export async function issueRoleTokens(roles: readonly Role[]): Promise<void> {
  await Promise.all(roles.map(async (role) => roleTokens.set(role, await bearer(`officer-${role}`, role))));
}

export function roleBearer(role: Role): string {
  const token = roleTokens.get(role);
  if (!token) throw new Error(`no token for ${role}: start the test app (it issues them) before sending requests`);
  return token;
}
