// @ts-expect-error class-transformer ships no types for its storage entry point, which the schema generator needs
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { stringify } from 'yaml';
import { ONE_PER_WORKER_ID } from '../billing/coverage-payloads';
import { EVENT_CATALOGUE } from '../catalogue';
import { eventPattern, type EventDefinition } from '../event-definition';
import { loadFixture } from '../fixtures';
import { ALL_TOPICS, TOPICS, type TopicSpec } from '../topics';

type Schema = Record<string, unknown>;

const PRODUCER_OF: Record<string, string> = { enrolment: 'enrolment', billing: 'billing', claims: 'claims' };

/**
 * The AsyncAPI 3.0 description of every Jaring topic, generated from the contract classes and
 * fixtures so it can never say something the code does not do. `npm run docs:asyncapi` writes it.
 */
export function buildAsyncApiDocument(): Schema {
  const schemas = validationMetadatasToSchemas({
    refPointerPrefix: '#/components/schemas/',
    classTransformerMetadataStorage: defaultMetadataStorage,
    additionalConverters: {
      [ONE_PER_WORKER_ID]: { description: 'One entry per workerIds entry, at the same position.' },
    },
  }) as Record<string, Schema>;
  const usedSchemas = new Set<string>();
  const collect = (name: string) => {
    if (usedSchemas.has(name) || !schemas[name]) return;
    usedSchemas.add(name);
    for (const ref of JSON.stringify(schemas[name]).matchAll(/#\/components\/schemas\/(\w+)/g)) collect(ref[1]);
  };
  for (const definition of EVENT_CATALOGUE) collect(definition.payload.name);
  for (const definition of EVENT_CATALOGUE) if (definition.sealed) describeSealedField(schemas, definition, collect);

  const topicKey = (topic: TopicSpec) => Object.entries(TOPICS).find(([, spec]) => spec === topic)?.[0] ?? topic.name;
  const messageKey = (definition: EventDefinition) => `${definition.type}V${definition.version}`;

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Jaring events',
      version: '1.0.0',
      description:
        'Events between the Jaring services (enrolment, billing, claims) and to the Pemkab finance system. ' +
        'Every message is a JSON envelope keyed by its aggregateId; see docs/events.md for the evolution rules.',
    },
    defaultContentType: 'application/json',
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'The local broker started by npm start' },
    },
    channels: Object.fromEntries(
      ALL_TOPICS.map((topic) => [
        topicKey(topic),
        {
          address: topic.name,
          description: `${topic.description} Key: ${topic.keyedBy}. Partitions: ${topic.partitions.production} in production. Retention: ${topic.retentionDays} days.`,
          messages: Object.fromEntries(
            EVENT_CATALOGUE.filter((definition) => definition.topic === topic).map((definition) => [
              messageKey(definition),
              { $ref: `#/components/messages/${messageKey(definition)}` },
            ]),
          ),
        },
      ]),
    ),
    operations: Object.fromEntries(
      ALL_TOPICS.map((topic) => {
        const service = topic.name.split('.')[1];
        return [
          `${PRODUCER_OF[service] ?? service}Publishes${topicKey(topic).replace(/^[a-z]+/, '')}`,
          {
            action: 'send',
            channel: { $ref: `#/channels/${topicKey(topic)}` },
            summary: `Published by the ${service} service through its transactional outbox.`,
            messages: EVENT_CATALOGUE.filter((definition) => definition.topic === topic).map((definition) => ({
              $ref: `#/channels/${topicKey(topic)}/messages/${messageKey(definition)}`,
            })),
          },
        ];
      }),
    ),
    components: {
      messages: Object.fromEntries(
        EVENT_CATALOGUE.map((definition) => [
          messageKey(definition),
          {
            name: eventPattern(definition),
            title: `${definition.type} v${definition.version}`,
            summary: definition.summary,
            headers: {
              type: 'object',
              properties: {
                'jaring-event-type': { type: 'string', const: eventPattern(definition) },
                'jaring-event-id': { type: 'string', format: 'uuid' },
              },
            },
            payload: envelopeSchema(definition),
            examples: [{ name: 'fixture', payload: loadFixture(definition) }],
          },
        ]),
      ),
      schemas: Object.fromEntries([...usedSchemas].sort().map((name) => [name, schemas[name]])),
    },
  };
}

/** The sealed field says what it seals (that schema is listed too) and who can read it. */
function describeSealedField(
  schemas: Record<string, Schema>,
  definition: EventDefinition,
  collect: (name: string) => void,
): void {
  const { field, contents } = definition.sealed as NonNullable<EventDefinition['sealed']>;
  collect(contents.name);
  const payload = schemas[definition.payload.name] as { properties: Record<string, Schema> };
  payload.properties[field] = {
    ...payload.properties[field],
    description:
      `${contents.name}, sealed with AES-256-GCM to this event (seal1.<keyId>.<iv>.<ciphertext>): ` +
      'readable by enrolment and claims only (docs/adr/0008).',
    'x-jaring-sealed-contents': { $ref: `#/components/schemas/${contents.name}` },
  };
}

function envelopeSchema(definition: EventDefinition): Schema {
  return {
    type: 'object',
    required: [
      'eventId',
      'eventType',
      'eventVersion',
      'occurredAt',
      'aggregateId',
      'correlationId',
      'causationId',
      'producer',
      'tenant',
      'payload',
    ],
    properties: {
      eventId: { type: 'string', format: 'uuid', description: 'Unique per event; consumers deduplicate on it.' },
      eventType: { type: 'string', const: definition.type },
      eventVersion: { type: 'integer', const: definition.version },
      occurredAt: { type: 'string', format: 'date-time', description: 'UTC, ISO-8601, ending in Z.' },
      aggregateId: { type: 'string', description: 'Also the Kafka message key.' },
      correlationId: { type: 'string' },
      causationId: { type: 'string' },
      producer: { type: 'string' },
      tenant: {
        type: 'string',
        pattern: '^\\d{2}\\.\\d{2}$',
        description: "The sponsoring regency's Kemendagri code.",
      },
      payload: { $ref: `#/components/schemas/${definition.payload.name}` },
    },
  };
}

export function renderAsyncApiYaml(): string {
  return `# Generated from libs/contracts by \`npm run docs:asyncapi\`: do not edit by hand.\n${stringify(buildAsyncApiDocument(), { lineWidth: 0 })}`;
}
