/**
 * The one envelope every Jaring event travels in. `aggregateId` is also the Kafka message key, so
 * one aggregate's events stay in order. `tenant` is the sponsoring regency's Kemendagri code.
 */
export interface EventEnvelope<P extends object = object> {
  eventId: string;
  eventType: string;
  eventVersion: number;
  occurredAt: string;
  aggregateId: string;
  correlationId: string;
  causationId: string;
  producer: string;
  tenant: string;
  payload: P;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const UTC_TIMESTAMP = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?Z$/;
const EVENT_TYPE = /^[A-Z][A-Za-z]+$/;
const PRODUCER = /^[a-z][a-z-]+$/;
const TENANT = /^\d{2}\.\d{2}$/;

/**
 * Rules of the envelope itself, checked on every message a consumer receives. Written out by hand
 * (not with decorators) because it runs for every record on the hot path; payloads are validated
 * by their class-validator classes. Returns the broken rules, never the values.
 */
const ENVELOPE_RULES: [keyof EventEnvelope, string, (value: unknown) => boolean][] = [
  ['eventId', 'must be a UUID', (value) => typeof value === 'string' && UUID.test(value)],
  ['eventType', 'must be a PascalCase past-tense name', (value) => typeof value === 'string' && EVENT_TYPE.test(value)],
  [
    'eventVersion',
    'must be an integer from 1 to 999',
    (value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 999,
  ],
  [
    'occurredAt',
    'must be a UTC ISO-8601 timestamp ending in Z',
    (value) => typeof value === 'string' && UTC_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)),
  ],
  ['aggregateId', 'must be a non-empty string', nonEmptyString],
  ['correlationId', 'must be a non-empty string', nonEmptyString],
  ['causationId', 'must be a non-empty string', nonEmptyString],
  ['producer', 'must be a lower-case service name', (value) => typeof value === 'string' && PRODUCER.test(value)],
  ['tenant', 'must be a regency code such as 76.04', (value) => typeof value === 'string' && TENANT.test(value)],
  ['payload', 'must be an object', (value) => typeof value === 'object' && value !== null && !Array.isArray(value)],
];

function nonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

export function envelopeViolations(candidate: Record<string, unknown>): string[] {
  const broken: string[] = [];
  for (const [field, rule, valid] of ENVELOPE_RULES) if (!valid(candidate[field])) broken.push(`${field} ${rule}`);
  return broken;
}
