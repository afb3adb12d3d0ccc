import type { SealedEventDefinition } from '../event-definition';
import type { EventEnvelope } from '../event-envelope';
import { validateContents } from '../validate-event';
import { type SealingKeyring, UnsealError } from './sealed-personal-data';

/**
 * The sealed personal data of a received event, unsealed and validated against its class. Throws
 * UnsealError (unknown key, altered or moved ciphertext, contents that break the contract); its
 * message names the key id and fields, never a value, so it can go into a dead letter's headers.
 */
export function openSealed<P extends object, C extends object>(
  definition: SealedEventDefinition<P, C>,
  event: EventEnvelope<P>,
  keyring: SealingKeyring,
): C {
  const sealed = (event.payload as Record<string, unknown>)[definition.sealed.field];
  if (typeof sealed !== 'string')
    throw new UnsealError('MALFORMED', `${definition.sealed.field} is not a sealed value`);
  const contents = validateContents(definition.sealed.contents, keyring.unseal(sealed, event));
  if (!contents.ok) throw new UnsealError('INVALID_CONTENTS', `sealed ${definition.sealed.field}: ${contents.reason}`);
  return contents.value;
}
