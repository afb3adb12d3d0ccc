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

type Candidate = Partial<Record<keyof EventEnvelope, unknown>>;

/**
 * Rules of the envelope itself, checked on every message a consumer receives. Written out by hand
 * (not with decorators) because it runs for every record on the hot path; payloads are validated
 * by their class-validator classes. Each rule reads its field by name: a load V8 can specialise,
 * where `candidate[field]` costs several times more per record. Returns the broken rules, never
 * the values.
 */
const ENVELOPE_RULES: [keyof EventEnvelope, string, (candidate: Candidate) => boolean][] = [
  ['eventId', 'must be a UUID', ({ eventId }) => typeof eventId === 'string' && UUID.test(eventId)],
  [
    'eventType',
    'must be a PascalCase past-tense name',
    ({ eventType }) => typeof eventType === 'string' && EVENT_TYPE.test(eventType),
  ],
  [
    'eventVersion',
    'must be an integer from 1 to 999',
    ({ eventVersion }) =>
      Number.isInteger(eventVersion) && (eventVersion as number) >= 1 && (eventVersion as number) <= 999,
  ],
  [
    'occurredAt',
    'must be a UTC ISO-8601 timestamp ending in Z',
    ({ occurredAt }) =>
      typeof occurredAt === 'string' && UTC_TIMESTAMP.test(occurredAt) && !Number.isNaN(Date.parse(occurredAt)),
  ],
  ['aggregateId', 'must be a non-empty string', ({ aggregateId }) => nonEmptyString(aggregateId)],
  ['correlationId', 'must be a non-empty string', ({ correlationId }) => nonEmptyString(correlationId)],
  ['causationId', 'must be a non-empty string', ({ causationId }) => nonEmptyString(causationId)],
  [
    'producer',
    'must be a lower-case service name',
    ({ producer }) => typeof producer === 'string' && PRODUCER.test(producer),
  ],
  ['tenant', 'must be a regency code such as 76.04', ({ tenant }) => typeof tenant === 'string' && TENANT.test(tenant)],
  [
    'payload',
    'must be an object',
    ({ payload }) => typeof payload === 'object' && payload !== null && !Array.isArray(payload),
  ],
];

function nonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

export function envelopeViolations(candidate: Record<string, unknown>): string[] {
  const broken: string[] = [];
  for (const [field, rule, valid] of ENVELOPE_RULES) if (!valid(candidate)) broken.push(`${field} ${rule}`);
  return broken;
}
