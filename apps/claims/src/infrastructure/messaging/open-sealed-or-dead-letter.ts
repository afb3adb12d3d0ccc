import {
  type EventEnvelope,
  openSealed,
  type SealedEventDefinition,
  type SealingKeyring,
  UnsealError,
} from '@jaring/contracts';
import { PermanentEventError } from '@jaring/messaging';

/**
 * The sealed personal data of an event, or a permanent failure: an event sealed with a key claims
 * does not hold, altered on the way or copied from another event can never succeed, so it goes to
 * the dead-letter topic at once with the reason (key id and fields only, never a value).
 */
export function openSealedOrDeadLetter<P extends object, C extends object>(
  definition: SealedEventDefinition<P, C>,
  event: EventEnvelope<P>,
  keyring: SealingKeyring,
): C {
  try {
    return openSealed(definition, event, keyring);
  } catch (error) {
    if (error instanceof UnsealError) throw new PermanentEventError(`${error.failure}: ${error.message}`);
    throw error;
  }
}
