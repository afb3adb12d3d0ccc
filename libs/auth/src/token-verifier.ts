import { Injectable } from '@nestjs/common';
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import type { Actor } from './actor';
import { isRole } from './roles';

export interface TokenRules {
  issuer: string;
  audience: string;
  maxLifetimeSeconds: number;
  clockToleranceSeconds: number;
  /** How soon a token with an unknown key id may refetch the JWKS (key rotation). */
  keyRefetchCooldownMs: number;
}

/** Asymmetric algorithms only: a shared-secret (HS*) or unsigned token is never accepted. */
export const ACCEPTED_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];
const REGENCY_CODE = /^\d{2}\.\d{2}$/;

export class InvalidToken extends Error {}

/**
 * Verifies bearer tokens against the OpenID provider's published keys. The JWKS address comes from
 * the discovery document on first use; keys are cached, and a token signed with a key the cache
 * does not know triggers a refetch (at most once per cooldown), so the provider can rotate keys
 * without a restart of any service.
 */
@Injectable()
export class OidcTokenVerifier {
  private keys?: Promise<ReturnType<typeof createRemoteJWKSet>>;

  constructor(private readonly rules: TokenRules) {}

  async verify(token: string): Promise<Actor> {
    const keys = await this.keySet();
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, keys, {
        issuer: this.rules.issuer,
        audience: this.rules.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        clockTolerance: this.rules.clockToleranceSeconds,
        requiredClaims: ['exp', 'iat', 'sub'],
      }));
    } catch {
      throw new InvalidToken('The bearer token is invalid or expired');
    }
    if ((claims.exp as number) - (claims.iat as number) > this.rules.maxLifetimeSeconds) {
      throw new InvalidToken('The bearer token lives longer than this service allows');
    }
    const roles = Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [];
    const tenants = Array.isArray(claims.tenants)
      ? claims.tenants.filter((tenant): tenant is string => typeof tenant === 'string' && REGENCY_CODE.test(tenant))
      : [];
    if (roles.length === 0 || tenants.length === 0) {
      throw new InvalidToken('The bearer token names no known role or no regency');
    }
    return { subject: claims.sub as string, roles, tenants };
  }

  private keySet(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    this.keys ??= this.discover().catch((error: unknown) => {
      this.keys = undefined; // the provider may come up later: try again on the next request
      throw error;
    });
    return this.keys;
  }

  private async discover(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    const response = await fetch(`${this.rules.issuer}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`the OpenID provider answered ${response.status} to discovery`);
    const discovery = (await response.json()) as { issuer?: string; jwks_uri?: string };
    if (discovery.issuer !== this.rules.issuer || !discovery.jwks_uri) {
      throw new Error("the OpenID provider's discovery document names another issuer or no JWKS");
    }
    return createRemoteJWKSet(new URL(discovery.jwks_uri), {
      cooldownDuration: this.rules.keyRefetchCooldownMs,
      timeoutDuration: 5_000,
    });
  }
}
