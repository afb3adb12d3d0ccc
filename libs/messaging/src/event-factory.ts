import { randomUUID } from 'node:crypto';
import { type EventDefinition, type EventEnvelope, findEventDefinition, type SealingKeyring } from '@jaring/contracts';

export interface EventOrigin {
  /** The request or upstream event chain this event belongs to. */
  correlationId: string;
  /** The id of the command, request or event that directly caused this one. */
  causationId: string;
}

export interface NewEvent<P extends object> {
  definition: EventDefinition<P>;
  aggregateId: string;
  tenant: string;
  payload: P;
  origin: EventOrigin;
  occurredAt?: Date;
}

/** Wraps a payload in the shared envelope. */
export function buildEnvelope<P extends object>(producer: string, event: NewEvent<P>): EventEnvelope<P> {
  return {
    eventId: randomUUID(),
    eventType: event.definition.type,
    eventVersion: event.definition.version,
    occurredAt: (event.occurredAt ?? new Date()).toISOString(),
    aggregateId: event.aggregateId,
    correlationId: event.origin.correlationId,
    causationId: event.origin.causationId,
    producer,
    tenant: event.tenant,
    payload: { ...event.payload },
  };
}

/**
 * Seals the personal data of an event whose contract says so (docs/adr/0008), in place: the
 * producer gave the plain object, the wire gets `seal1...` bound to this envelope. Events without
 * sealed fields pass unchanged; one with them and no keyring is refused, never sent in clear.
 */
export function sealEnvelope(envelope: EventEnvelope, keyring: SealingKeyring | undefined): EventEnvelope {
  const sealed = findEventDefinition(envelope.eventType, envelope.eventVersion)?.sealed;
  if (!sealed) return envelope;
  const name = `${envelope.eventType} v${envelope.eventVersion}`;
  if (!keyring) throw new Error(`${name} carries personal data to seal, and this service holds no sealing keys`);
  const payload = envelope.payload as Record<string, unknown>;
  const plain = payload[sealed.field];
  if (typeof plain !== 'object' || plain === null)
    throw new Error(`${name}: ${sealed.field} must be an object to seal`);
  payload[sealed.field] = keyring.seal(plain, envelope);
  return envelope;
}
