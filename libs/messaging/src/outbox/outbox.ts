import type { EntityManager } from 'typeorm';
import type { EventEnvelope, SealingKeyring } from '@jaring/contracts';
import { findEventDefinition } from '@jaring/contracts';
import { copyRows } from '@jaring/persistence';
import { buildEnvelope, type NewEvent, sealEnvelope } from '../event-factory';
import { currentTraceHeaders } from '../trace-context';

/**
 * Stages events in the outbox inside the caller's transaction. Use cases call this, never Kafka:
 * the event exists exactly when the state change it describes was committed.
 */
export class Outbox {
  constructor(
    private readonly producer: string,
    private readonly topicPrefix: string,
    /** Seals the personal data of events whose contract says so; only enrolment holds one to seal with. */
    private readonly sealingKeyring?: SealingKeyring,
  ) {}

  async stage(manager: EntityManager, events: NewEvent<object>[]): Promise<EventEnvelope[]> {
    // Sealed here, once the envelope exists, because a sealed value is bound to its event's id: the
    // outbox row already holds ciphertext, never the personal data in clear.
    const envelopes = events.map((event) => sealEnvelope(buildEnvelope(this.producer, event), this.sealingKeyring));
    await this.stageEnvelopes(manager, envelopes);
    return envelopes;
  }

  /** Stages already-built envelopes (e.g. a replay); the topic comes from the contract catalogue. */
  async stageEnvelopes(manager: EntityManager, envelopes: EventEnvelope[]): Promise<void> {
    const headers = currentTraceHeaders(); // the request or event that caused these, for tracing
    const topics = envelopes.map((envelope) => {
      const definition = findEventDefinition(envelope.eventType, envelope.eventVersion);
      if (!definition) throw new Error(`No contract for ${envelope.eventType} v${envelope.eventVersion}`);
      return this.topicPrefix + definition.topic.name;
    });
    // One COPY for any number of events: a bulk import stages ~4,000 envelopes of ~1 KB per
    // transaction, and PostgreSQL stores them as written (`json`, no jsonb parse and rebuild).
    // Rows keep the order of `envelopes`, so ids (the relay's publishing order) follow it.
    const headersJson = JSON.stringify(headers);
    await copyRows(
      manager,
      'outbox_message',
      ['event_id', 'topic', 'message_key', 'event_type', 'envelope', 'headers'],
      envelopes.map((envelope, index) => [
        envelope.eventId,
        topics[index],
        envelope.aggregateId,
        envelope.eventType,
        JSON.stringify(envelope),
        headersJson,
      ]),
    );
  }
}
