import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@jaring/contracts';
import { findEventDefinition } from '@jaring/contracts';
import { buildEnvelope, type NewEvent } from '../event-factory';
import { currentTraceHeaders } from '../trace-context';

/** Rows per INSERT statement: big enough for bulk imports, small enough to keep one statement near a megabyte. */
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
    const topics = envelopes.map((envelope) => {
      const definition = findEventDefinition(envelope.eventType, envelope.eventVersion);
      if (!definition) throw new Error(`No contract for ${envelope.eventType} v${envelope.eventVersion}`);
      return this.topicPrefix + definition.topic.name;
    });
    // A bulk import stages ~1,000 events per transaction. They travel as ONE JSON array, serialised
    // natively and split once by PostgreSQL into a `json` column (kept as text: no jsonb parse and
    // rebuild); the columns taken from the envelope travel as arrays beside it (zipped by ROWS FROM), so
    // no element is parsed again. A VALUES list of 6,000 parameters (the query builder) or a text[] of envelopes
    // (escaped element by element) cost several times the insert itself. Rows come out of
    // ROWS FROM in array order, so ids (the relay's publishing order) follow `envelopes`.
    for (let start = 0; start < envelopes.length; start += INSERT_CHUNK) {
      const chunk = envelopes.slice(start, start + INSERT_CHUNK);
      await manager.query(
        `INSERT INTO outbox_message (event_id, topic, message_key, event_type, envelope, headers)
         SELECT e.event_id, e.topic, e.message_key, e.event_type, e.envelope, $6::jsonb
           FROM ROWS FROM (json_array_elements($1::json), unnest($2::uuid[]), unnest($3::text[]),
                           unnest($4::text[]), unnest($5::text[]))
                AS e (envelope, event_id, topic, message_key, event_type)`,
        [
          // Element by element: V8 serialises many small objects far faster than one large array.
          `[${chunk.map((envelope) => JSON.stringify(envelope)).join(',')}]`,
          chunk.map((envelope) => envelope.eventId),
          topics.slice(start, start + INSERT_CHUNK),
          chunk.map((envelope) => envelope.aggregateId),
          chunk.map((envelope) => envelope.eventType),
          JSON.stringify(headers),
        ],
      );
    }
  }
}
