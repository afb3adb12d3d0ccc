import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Personal data inside an event payload, sealed with AES-256-GCM so that only services holding the
 * event sealing keys (enrolment, which seals, and claims, which pays) can read it; every other
 * consumer, the dead-letter topics and the broker's disks hold ciphertext (docs/adr/0008).
 *
 * Wire form: `seal1.<keyId>.<iv>.<ciphertext+tag>` (base64url). The key id travels in the value so
 * keys can rotate: a reader keeps old keys loaded until no event sealed with them is retained.
 * The associated data binds the value to its event (type, version, id, aggregate, tenant): a value
 * copied into another event, another worker or another regency fails authentication.
 */
export const SEALED_VALUE_PATTERN = /^seal1\.[a-z0-9][a-z0-9-]{0,31}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{24,}$/;

const FORMAT = 'seal1';
const KEY_BYTES = 32; // AES-256
const IV_BYTES = 12; // the GCM nonce size NIST SP 800-38D recommends
const TAG_BYTES = 16;
const KEY_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** The envelope fields a sealed value is bound to. */
export interface SealBinding {
  eventType: string;
  eventVersion: number;
  eventId: string;
  aggregateId: string;
  tenant: string;
}

export type UnsealFailure = 'MALFORMED' | 'UNKNOWN_KEY' | 'NOT_AUTHENTIC' | 'INVALID_CONTENTS';

/** Why a sealed value could not be read. The message names the key id, never any content. */
export class UnsealError extends Error {
  constructor(
    readonly failure: UnsealFailure,
    message: string,
  ) {
    super(message);
    this.name = 'UnsealError';
  }
}

/**
 * The keys a service holds: the active one seals, all of them unseal. Built from the key file
 * (parseSealingKeyring).
 */
export class SealingKeyring {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(
    readonly activeKeyId: string,
    keys: Record<string, Buffer>,
  ) {
    for (const [id, key] of Object.entries(keys)) {
      if (!KEY_ID.test(id)) throw new Error(`sealing key id "${id}" must be 1-32 lower-case letters, digits or -`);
      if (key.length !== KEY_BYTES) throw new Error(`sealing key ${id} must be ${KEY_BYTES} bytes`);
    }
    if (!Object.hasOwn(keys, activeKeyId)) throw new Error(`the active sealing key ${activeKeyId} is not loaded`);
    this.keys = new Map(Object.entries(keys));
  }

  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  seal(data: object, binding: SealBinding): string {
    const key = this.keys.get(this.activeKeyId) as Buffer;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(associatedData(this.activeKeyId, binding));
    const ciphertext = Buffer.concat([
      cipher.update(JSON.stringify(data), 'utf8'),
      cipher.final(),
      cipher.getAuthTag(),
    ]);
    return [FORMAT, this.activeKeyId, iv.toString('base64url'), ciphertext.toString('base64url')].join('.');
  }

  /** The sealed object, parsed; its shape is the caller's to validate. */
  unseal(sealed: string, binding: SealBinding): unknown {
    const parts = sealed.split('.');
    if (parts.length !== 4 || parts[0] !== FORMAT || !SEALED_VALUE_PATTERN.test(sealed)) {
      throw new UnsealError('MALFORMED', 'sealed personal data is not in the seal1 format');
    }
    const [, keyId, ivText, bodyText] = parts;
    const key = this.keys.get(keyId);
    if (!key) throw new UnsealError('UNKNOWN_KEY', `personal data is sealed with key ${keyId}, which is not loaded`);
    const iv = Buffer.from(ivText, 'base64url');
    const body = Buffer.from(bodyText, 'base64url');
    if (iv.length !== IV_BYTES || body.length <= TAG_BYTES) {
      throw new UnsealError('MALFORMED', 'sealed personal data is not in the seal1 format');
    }
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(keyId, binding));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    let plain: string;
    try {
      plain = Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new UnsealError(
        'NOT_AUTHENTIC',
        `sealed personal data failed authentication under key ${keyId} (altered, or copied from another event)`,
      );
    }
    return JSON.parse(plain) as unknown;
  }
}

/** The key id is bound too, so a value cannot be relabelled with another loaded key's id. */
function associatedData(keyId: string, binding: SealBinding): Buffer {
  const { eventType, eventVersion, eventId, aggregateId, tenant } = binding;
  return Buffer.from(JSON.stringify([FORMAT, keyId, eventType, eventVersion, eventId, aggregateId, tenant]), 'utf8');
}

/**
 * The key file both sealing services mount (a Kubernetes Secret; locally `.data/event-sealing`):
 * `{ "active": "<keyId>", "keys": { "<keyId>": "<32 bytes, base64>" } }`. Several keys rotate:
 * add the new key, make it active once every reader has it, drop the old one after the topic's
 * retention. Errors name the rule, never a key.
 */
export function parseSealingKeyring(text: string): SealingKeyring {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('the event sealing key file is not JSON');
  }
  const { active, keys } = (parsed ?? {}) as { active?: unknown; keys?: unknown };
  if (typeof active !== 'string' || typeof keys !== 'object' || keys === null) {
    throw new Error('the event sealing key file needs "active" (a key id) and "keys" (key id to base64 key)');
  }
  const decoded: Record<string, Buffer> = {};
  for (const [id, value] of Object.entries(keys)) {
    if (typeof value !== 'string') throw new Error(`sealing key ${id} must be a base64 string`);
    decoded[id] = Buffer.from(value, 'base64');
  }
  return new SealingKeyring(active, decoded);
}

/** A key file holding one fresh random key: a developer machine's or a test run's, never production's. */
export function generateSealingKeyFile(keyId: string): string {
  return `${JSON.stringify({ active: keyId, keys: { [keyId]: randomBytes(KEY_BYTES).toString('base64') } }, null, 2)}\n`;
}
