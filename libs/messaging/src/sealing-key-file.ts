import { randomUUID } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateSealingKeyFile, parseSealingKeyring, type SealingKeyring } from '@jaring/contracts';

/** Where a developer machine keeps its generated key file (gitignored), shared by enrolment and claims. */
export const DEVELOPMENT_SEALING_KEY_FILE = '.data/event-sealing/keys.json';

/** Key ids a developer machine or the contract fixtures use: refused in production. */
const NON_PRODUCTION_KEY_ID = /^(dev|test|fixture)(-|$)/;

/**
 * Reads the event sealing keys. In production the file is the mounted Secret and must exist with
 * production keys only; elsewhere a missing file is generated once, so enrolment and claims on
 * one machine (npm start, the test runs) read the same development key.
 */
export function readSealingKeyFile(path: string, { production }: { production: boolean }): SealingKeyring {
  if (!production) ensureDevelopmentSealingKeyFile(path);
  else if (!existsSync(path)) throw new Error(`EVENT_SEALING_KEYS_FILE ${path} does not exist (mount the Secret)`);
  const keyring = parseSealingKeyring(readFileSync(path, 'utf8'));
  const development = keyring.keyIds.filter((id) => NON_PRODUCTION_KEY_ID.test(id));
  if (production && development.length > 0) {
    throw new Error(`EVENT_SEALING_KEYS_FILE holds development keys (${development.join(', ')}) in production`);
  }
  return keyring;
}

/**
 * Writes a fresh development key file unless one exists. Two services starting together race for
 * it: the file appears whole (written aside, then hard-linked into place), and the loser reads
 * the winner's.
 */
export function ensureDevelopmentSealingKeyFile(path: string): void {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const aside = `${path}.${randomUUID()}`;
  writeFileSync(aside, generateSealingKeyFile(`dev-${new Date().toISOString().slice(0, 10)}`), { mode: 0o600 });
  try {
    linkSync(aside, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(aside, { force: true });
  }
}
