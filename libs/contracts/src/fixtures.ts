import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventDefinition } from './event-definition';
import type { EventEnvelope } from './event-envelope';

/** The checked-in example envelope of an event: producers' and consumers' tests both use it. */
export function loadFixture<P extends object>(definition: EventDefinition<P>): EventEnvelope<P> {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', definition.fixture), 'utf8')) as EventEnvelope<P>;
}
