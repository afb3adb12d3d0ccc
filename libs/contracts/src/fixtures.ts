import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventDefinition } from './event-definition';
import type { EventEnvelope } from './event-envelope';
import { parseSealingKeyring, type SealingKeyring } from './sealing/sealed-personal-data';

/** The checked-in example envelope of an event: producers' and consumers' tests both use it. */
export function loadFixture<P extends object>(definition: EventDefinition<P>): EventEnvelope<P> {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', definition.fixture), 'utf8')) as EventEnvelope<P>;
}

/**
 * The keys the sealed fixtures were sealed with: a test key committed beside them (key id
 * `fixture`, which a production key file refuses), never one a deployment uses.
 */
export function loadFixtureSealingKeyring(): SealingKeyring {
  return parseSealingKeyring(readFileSync(join(__dirname, 'fixtures', 'sealing-keys.fixture.json'), 'utf8'));
}
