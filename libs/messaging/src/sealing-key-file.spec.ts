import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSealingKeyFile } from '@jaring/contracts';
import { ensureDevelopmentSealingKeyFile, readSealingKeyFile } from './sealing-key-file';

describe('the event sealing key file', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'sealing-keys-'));

  it('on a developer machine: generated once, readable by its owner only, then the same for every service', () => {
    const path = join(folder(), 'event-sealing', 'keys.json');
    const enrolment = readSealingKeyFile(path, { production: false });
    const written = readFileSync(path, 'utf8');
    const claims = readSealingKeyFile(path, { production: false });
    expect(readFileSync(path, 'utf8')).toBe(written);
    expect(claims.keyIds).toEqual(enrolment.keyIds);
    expect(enrolment.activeKeyId).toMatch(/^dev-\d{4}-\d{2}-\d{2}$/);
    expect(statSync(path).mode & 0o077).toBe(0);
    ensureDevelopmentSealingKeyFile(path);
    expect(readFileSync(path, 'utf8')).toBe(written);
  });

  it('in production: never generated, and never a development, test or fixture key', () => {
    const directory = folder();
    expect(() => readSealingKeyFile(join(directory, 'missing.json'), { production: true })).toThrow(
      /does not exist \(mount the Secret\)/,
    );
    for (const keyId of ['dev-2026-12-07', 'test-run', 'fixture']) {
      const path = join(directory, `${keyId}.json`);
      writeFileSync(path, generateSealingKeyFile(keyId));
      expect(() => readSealingKeyFile(path, { production: true })).toThrow(/development keys/);
    }
    const production = join(directory, 'production.json');
    writeFileSync(production, generateSealingKeyFile('2026-12'));
    expect(readSealingKeyFile(production, { production: true }).activeKeyId).toBe('2026-12');
  });
});
