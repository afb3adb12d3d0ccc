import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@jaring/contracts';
import { findEventDefinition } from '@jaring/contracts';
import { buildEnvelope, type NewEvent } from '../event-factory';
import { currentTraceHeaders } from '../trace-context';
import { OutboxMessageOrmEntity } from './outbox-message.orm-entity';

/** Rows per INSERT statement: big enough for bulk imports, small enough for PostgreSQL's parameter limit. */
const INSERT_CHUNK = 1_000;

/**
 * Stages events in the outbox inside the caller's transaction. Use cases call this, never Kafka:
 * the event exists exactly when the state change it describes was committed.
 */
export class Outbox {
  constructor(
    private readonly producer: string,
    private readonly topicPrefix: string,
  ) {}

  async stage(manager: EntityManager, events: NewEvent<object>[]): Promise<EventEnvelope[]> {
    const envelopes = events.map((event) => buildEnvelope(this.producer, event));
    await this.stageEnvelopes(manager, envelopes);
    return envelopes;
  }

  /** Stages already-built envelopes (e.g. a replay); the topic comes from the contract catalogue. */
  async stageEnvelopes(manager: EntityManager, envelopes: EventEnvelope[]): Promise<void> {
    const headers = currentTraceHeaders(); // the request or event that caused these, for tracing
    const rows = envelopes.map((envelope) => {
      const definition = findEventDefinition(envelope.eventType, envelope.eventVersion);
      if (!definition) throw new Error(`No contract for ${envelope.eventType} v${envelope.eventVersion}`);
      return {
        eventId: envelope.eventId,
        topic: this.topicPrefix + definition.topic.name,
        messageKey: envelope.aggregateId,
        eventType: envelope.eventType,
        envelope,
        headers,
      };
    });
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(OutboxMessageOrmEntity)
        .values(rows.slice(start, start + INSERT_CHUNK))
        .execute();
    }
  }
}
