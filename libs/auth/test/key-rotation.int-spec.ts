import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import request from 'supertest';
import { EnrolmentTestApp } from '../../../apps/enrolment/test/support/enrolment-test-app';
import {
  ensureIdentityProvider,
  freePort,
  type RunningIdentityProvider,
} from '../../../deploy/local/identity/identity-launcher';
import { issueOfficerToken } from '../../../deploy/local/identity/officer-tokens';
import { baseUrlOf } from '../../../test/support/test-environment';

/** The key id of a token, from its protected header. */
const kidOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as { kid: string }).kid;

describe('signing keys rotate at the provider without restarting a service', () => {
  const keysFile = join(mkdtempSync(join(tmpdir(), 'jaring-rotation-')), 'keys.json');
  let port: number;
  let provider: RunningIdentityProvider;
  let service: EnrolmentTestApp;

  beforeAll(async () => {
    port = await freePort();
    provider = await ensureIdentityProvider({ port, keysFile });
    service = await new EnrolmentTestApp('enrolment_key_rotation', {
      OIDC_ISSUER: provider.issuer,
      OIDC_JWKS_REFETCH_COOLDOWN_MS: '0',
    }).start();
  });

  afterAll(async () => {
    await service?.stop();
    await provider?.stop();
  });

  const officerToken = () =>
    issueOfficerToken(provider.issuer, { sub: 'rotation-officer', roles: ['enrolment-officer'] });
  const workers = (token: string) =>
    request(baseUrlOf(service.app)).get('/v1/workers').set('Authorization', `Bearer ${token}`);

  it('accepts tokens of a new key after the provider rotates, and still those of the old key it publishes', async () => {
    const before = await officerToken();
    await workers(before).expect(200);

    // Rotation: a new signing key first, the old one still published for tokens already issued.
    await provider.stop();
    const old = (JSON.parse(readFileSync(keysFile, 'utf8')) as { keys: JWK[] }).keys;
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const fresh = { ...(await exportJWK(privateKey)), kid: 'rotated-key', alg: 'ES256', use: 'sig' };
    writeFileSync(keysFile, JSON.stringify({ keys: [fresh, ...old] }));
    provider = await ensureIdentityProvider({ port, keysFile });

    const after = await officerToken();
    expect(kidOf(after)).toBe('rotated-key');
    expect(kidOf(before)).not.toBe('rotated-key');
    await workers(after).expect(200);
    await workers(before).expect(200);

    // Retiring the old key: its tokens are refused from the next refetch on.
    await provider.stop();
    writeFileSync(keysFile, JSON.stringify({ keys: [fresh] }));
    provider = await ensureIdentityProvider({ port, keysFile });
    await workers(after).expect(200);
    // A token naming a key the cache lacks makes the service refetch the JWKS; from then on the
    // retired key's tokens are refused.
    await workers(await forgedWithUnknownKid()).expect(401);
    await workers(before).expect(401);
    await workers(after).expect(200);
  });

  /** A token naming a key id nobody publishes: makes the service refetch the JWKS. */
  async function forgedWithUnknownKid(): Promise<string> {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${part({ alg: 'ES256', kid: 'unknown-key', typ: 'at+jwt' })}.${part({ sub: 'x' })}.${'A'.repeat(86)}`;
  }
});
