// Asks the local OpenID provider for an officer's access token with its development grant: what
// `npm run dev:token` prints and what every test sends. Never used against a production provider.
import type { Role } from '@jaring/auth';
import { DEFAULT_TENANT, DEV_OFFICER_GRANT, DEV_TOOLS_CLIENT } from './directory';

export interface OfficerTokenRequest {
  sub: string;
  roles: readonly Role[];
  tenants?: readonly string[];
}

export async function issueOfficerToken(issuer: string, request: OfficerTokenRequest): Promise<string> {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${DEV_TOOLS_CLIENT.id}:${DEV_TOOLS_CLIENT.secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: DEV_OFFICER_GRANT,
      sub: request.sub,
      roles: request.roles.join(' '),
      tenants: (request.tenants ?? [DEFAULT_TENANT]).join(' '),
    }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json()) as { access_token?: string; error_description?: string };
  if (!response.ok || !body.access_token) {
    throw new Error(`the OpenID provider at ${issuer} refused the token: ${body.error_description ?? response.status}`);
  }
  return body.access_token;
}
