import { randomUUID } from 'node:crypto';
import type { EventDefinition, EventEnvelope } from '@jaring/contracts';

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
