// The local OpenID provider: `oidc-provider` (OpenID Certified) with the seeded directory, signing
// ES256 JWT access tokens for the Jaring API. Started by `npm start` and by the test set-up as its own
// process (identity-launcher.ts); Keycloak takes its place in production (deploy/keycloak).
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type Configuration, errors, type KoaContextWithOIDC } from 'oidc-provider';
import {
  API_AUDIENCE,
  API_RESOURCE,
  CONSOLE_CLIENT_ID,
  DEFAULT_TENANT,
  DEV_OFFICER_GRANT,
  DEV_TOOLS_CLIENT,
  FINANCE_CLIENTS,
  isKnownRole,
  OFFICERS,
  REGENCY_CODE,
} from './directory';

export interface IdentityProviderOptions {
  port: number;
  /** Where the signing keys are kept between restarts; a fresh key is made when the file is missing. */
  keysFile?: string;
  /** Seconds an access token lives (the services refuse more than their configured maximum). */
  accessTokenSeconds: number;
  /** Where the officer console runs, for its redirect URIs. */
  consoleOrigins: string[];
}

interface OfficerClaims {
  roles: string[];
  tenants: string[];
}

/** Claims the development grant asked for, handed from its handler to `extraTokenClaims`. */
const devClaims = new WeakMap<object, OfficerClaims>();

async function signingKeys(keysFile: string | undefined): Promise<JWK[]> {
  if (keysFile && existsSync(keysFile)) return (JSON.parse(readFileSync(keysFile, 'utf8')) as { keys: JWK[] }).keys;
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const keys = [{ ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'ES256', use: 'sig' }];
  if (keysFile) {
    mkdirSync(dirname(keysFile), { recursive: true });
    writeFileSync(keysFile, JSON.stringify({ keys }), { mode: 0o600 });
  }
  return keys;
}

function claimsFor(
  ctx: KoaContextWithOIDC,
  accountId: string | undefined,
  clientId: string,
): OfficerClaims | undefined {
  const requested = devClaims.get(ctx);
  if (requested) return requested;
  if (accountId) {
    const officer = OFFICERS.find((candidate) => candidate.username === accountId);
    return officer && { roles: officer.roles, tenants: officer.tenants };
  }
  const finance = FINANCE_CLIENTS.find((client) => client.clientId === clientId);
  return finance && { roles: ['finance'], tenants: finance.tenants };
}

function list(value: unknown): string[] {
  return typeof value === 'string' && value.trim() !== '' ? value.split(/[\s,]+/) : [];
}

export async function createIdentityProvider(options: IdentityProviderOptions): Promise<Provider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const configuration: Configuration = {
    jwks: { keys: await signingKeys(options.keysFile) },
    clientDefaults: { id_token_signed_response_alg: 'ES256' },
    clients: [
      {
        client_id: CONSOLE_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: options.consoleOrigins.map((origin) => `${origin}/auth/callback`),
        post_logout_redirect_uris: options.consoleOrigins.map((origin) => `${origin}/`),
      },
      ...FINANCE_CLIENTS.map((client) => ({
        client_id: client.clientId,
        client_secret: client.secret,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      })),
      {
        client_id: DEV_TOOLS_CLIENT.id,
        client_secret: DEV_TOOLS_CLIENT.secret,
        grant_types: [DEV_OFFICER_GRANT],
        response_types: [],
        redirect_uris: [],
      },
    ],
    findAccount: (_ctx, id) => {
      const officer = OFFICERS.find((candidate) => candidate.username === id);
      if (!officer) return undefined;
      return { accountId: id, claims: () => ({ sub: id, name: officer.name, preferred_username: id }) };
    },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
    scopes: ['openid', 'profile', 'offline_access'],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== API_RESOURCE) throw new errors.InvalidTarget();
          return {
            audience: API_AUDIENCE,
            scope: 'openid profile',
            accessTokenFormat: 'jwt',
            accessTokenTTL: options.accessTokenSeconds,
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    extraTokenClaims: (ctx, token) => {
      const claims = claimsFor(ctx, 'accountId' in token ? token.accountId : undefined, token.clientId ?? '');
      return claims && { roles: claims.roles, tenants: claims.tenants };
    },
    ttl: { AccessToken: options.accessTokenSeconds, ClientCredentials: options.accessTokenSeconds },
  };
  const provider = new Provider(issuer, configuration);
  provider.proxy = false;

  provider.registerGrantType(
    DEV_OFFICER_GRANT,
    async (ctx: KoaContextWithOIDC) => {
      const { sub, roles: rolesParam, tenants: tenantsParam } = ctx.oidc.params as Record<string, unknown>;
      const roles = list(rolesParam);
      const tenants = list(tenantsParam);
      if (tenants.length === 0) tenants.push(DEFAULT_TENANT);
      const subject = typeof sub === 'string' ? sub : '';
      if (!/^[A-Za-z0-9._@+-]{1,64}$/.test(subject) || roles.length === 0 || !roles.every(isKnownRole)) {
        throw new errors.InvalidRequest('sub (1-64 plain characters) and known roles are required');
      }
      if (!tenants.every((tenant) => REGENCY_CODE.test(tenant))) {
        throw new errors.InvalidRequest('tenants must be regency codes like 76.04');
      }
      devClaims.set(ctx, { roles, tenants });
      const client = ctx.oidc.client!;
      const grant = new provider.Grant({ accountId: subject, clientId: client.clientId });
      grant.addOIDCScope('openid');
      const token = new provider.AccessToken({
        accountId: subject,
        client,
        grantId: await grant.save(),
        gty: DEV_OFFICER_GRANT,
        scope: 'openid',
      });
      const resourceInfo = await configuration.features!.resourceIndicators!.getResourceServerInfo!(
        ctx,
        API_RESOURCE,
        client,
      );
      token.resourceServer = new provider.ResourceServer(API_RESOURCE, resourceInfo);
      const value = await token.save();
      ctx.body = { access_token: value, expires_in: token.expiration, token_type: 'Bearer', scope: token.scope };
    },
    ['sub', 'roles', 'tenants'],
  );
  return provider;
}

async function main(): Promise<void> {
  const port = Number(process.env.IDP_PORT ?? 3010);
  const consoleOrigins = (process.env.IDP_CONSOLE_ORIGINS ?? 'http://127.0.0.1:3000,http://localhost:3000').split(',');
  const provider = await createIdentityProvider({
    port,
    keysFile: process.env.IDP_KEYS_FILE,
    accessTokenSeconds: Number(process.env.IDP_ACCESS_TOKEN_SECONDS ?? 8 * 3600),
    consoleOrigins,
  });
  const server = provider.listen(port, '127.0.0.1', () => {
    process.stdout.write(`identity provider ready at http://127.0.0.1:${port}\n`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) void main();
