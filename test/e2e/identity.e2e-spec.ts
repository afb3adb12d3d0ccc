import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import { importJWK, type JWK, SignJWT } from 'jose';
import request from 'supertest';
import { type RunningServices, startServices } from '../support/service-harness';
import { baseUrlOf } from '../support/test-environment';
import { bearer, testIssuer } from '../support/tokens';

const run = promisify(execFile);

/** One route per service and the role it needs. */
const PROBES = [
  { service: 'enrolment', path: '/v1/workers', role: 'enrolment-officer' },
  { service: 'billing', path: '/v1/invoices', role: 'finance' },
  { service: 'claims', path: '/v1/claims', role: 'claims-officer' },
] as const;

/** The secret every earlier version accepted: its tokens must now be worthless. */
const OLD_DEVELOPMENT_SECRET = 'jaring-development-secret-not-for-production-use';

describe('identity: every service accepts only tokens its OpenID provider issued, within the rules', () => {
  let services: RunningServices;
  let providerKey: JWK;

  beforeAll(async () => {
    services = await startServices(['enrolment', 'billing', 'claims'], { label: 'identity' });
    providerKey = (JSON.parse(readFileSync(process.env.JARING_TEST_OIDC_KEYS_FILE!, 'utf8')) as { keys: JWK[] })
      .keys[0];
  });

  afterAll(async () => services?.stop());

  const now = () => Math.floor(Date.now() / 1000);
  const claimsFor = (role: string) => ({ roles: [role], tenants: ['76.04'], sub: 'forger' });

  /** Signed with the provider's own key: only the claim under test is wrong. */
  async function signedByProvider(payload: Record<string, unknown>): Promise<string> {
    const key = await importJWK(providerKey, 'ES256');
    return new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid: providerKey.kid, typ: 'at+jwt' }).sign(key);
  }

  function unsigned(payload: Record<string, unknown>): string {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
  }

  it.each(PROBES)(
    '$service: refuses forged, unbounded, expired, foreign and unsigned tokens with 401',
    async (probe) => {
      const app: INestApplication = services.get(probe.service);
      const valid = { ...claimsFor(probe.role), iss: testIssuer(), aud: 'jaring-api', iat: now(), exp: now() + 600 };
      const tokens: Record<string, string> = {
        'the old development secret (HS256)': await new SignJWT(valid)
          .setProtectedHeader({ alg: 'HS256' })
          .sign(new TextEncoder().encode(OLD_DEVELOPMENT_SECRET)),
        'no exp': await signedByProvider({ ...valid, exp: undefined }),
        expired: await signedByProvider({ ...valid, iat: now() - 7200, exp: now() - 3600 }),
        'another audience': await signedByProvider({ ...valid, aud: 'another-api' }),
        'another issuer': await signedByProvider({ ...valid, iss: 'http://127.0.0.1:1/evil' }),
        'a lifetime above 12 h': await signedByProvider({ ...valid, exp: now() + 13 * 3600 }),
        'alg none': unsigned(valid),
      };
      const statuses = Object.fromEntries(
        await Promise.all(
          Object.entries(tokens).map(async ([name, token]) => {
            const response = await request(baseUrlOf(app)).get(probe.path).set('Authorization', `Bearer ${token}`);
            return [name, response.status] as const;
          }),
        ),
      );
      expect(statuses).toEqual(Object.fromEntries(Object.keys(tokens).map((name) => [name, 401])));

      // The same claims, correctly signed and bounded, pass: each refusal above is for its one defect.
      await request(baseUrlOf(app))
        .get(probe.path)
        .set('Authorization', `Bearer ${await signedByProvider(valid)}`)
        .expect(200);
      await request(baseUrlOf(app))
        .get(probe.path)
        .set('Authorization', await bearer(`officer-${probe.role}`, probe.role))
        .expect(200);
    },
  );

  it('dev:token prints a provider-issued token the services accept, naming the officer and regency', async () => {
    const { stdout } = await run(
      process.execPath,
      [require.resolve('tsx/cli'), 'scripts/dev-token.ts', 'claims-officer', '--sub', 'andi', '--tenant', '76.04'],
      { env: { ...process.env, OIDC_ISSUER: testIssuer() } },
    );
    const token = stdout.trim();
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    expect(payload).toMatchObject({ sub: 'andi', roles: ['claims-officer'], tenants: ['76.04'], aud: 'jaring-api' });
    await request(baseUrlOf(services.get('claims')))
      .get('/v1/claims')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
  });
});
