import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { EVENT_CATALOGUE, type EventEnvelope, loadFixture, validateEvent } from '@jaring/contracts';

// The consumer validates payloads through rules compiled once per class; class-validator itself
// must still agree with every verdict, on every catalogued event and on broken variants of it.
function reference(envelope: EventEnvelope): { ok: boolean; failing: string[] } {
  const definition = EVENT_CATALOGUE.find(
    (candidate) => candidate.type === envelope.eventType && candidate.version === envelope.eventVersion,
  );
  if (!definition) throw new Error('unknown event');
  const errors = validateSync(plainToInstance(definition.payload, envelope.payload), { forbidUnknownValues: true });
  const failing = (list: ValidationError[], parent = ''): string[] =>
    list.flatMap((error) => {
      const path = parent ? `${parent}.${error.property}` : error.property;
      return [
        ...Object.keys(error.constraints ?? {}).map((constraint) => `${path} fails ${constraint}`),
        ...failing(error.children ?? [], path),
      ];
    });
  return { ok: errors.length === 0, failing: failing(errors) };
}

const JUNK: unknown[] = [undefined, null, 42, -1, 1.5, 'x', '', [], {}, ['x'], [42], true, '2026-03-01', '2026-03'];

describe('payload validation', () => {
  it.each(EVENT_CATALOGUE.map((definition) => [`${definition.type}.v${definition.version}`, definition] as const))(
    '%s: agrees with class-validator on the fixture and on every field broken',
    (_pattern, definition) => {
      const fixture = loadFixture(definition) as EventEnvelope<Record<string, unknown>>;
      const variants: EventEnvelope<Record<string, unknown>>[] = [
        fixture,
        { ...fixture, payload: { ...fixture.payload, extra: 1 } },
      ];
      for (const field of Object.keys(fixture.payload)) {
        for (const junk of JUNK) variants.push({ ...fixture, payload: { ...fixture.payload, [field]: junk } });
        const { [field]: _dropped, ...rest } = fixture.payload;
        variants.push({ ...fixture, payload: rest });
      }
      for (const variant of variants) {
        const expected = reference(variant);
        const actual = validateEvent(variant);
        expect(actual.ok).toBe(expected.ok);
        if (actual.ok) expect(actual.event.payload).toBeInstanceOf(definition.payload);
        else for (const failing of expected.failing) expect(actual.reason).toContain(failing);
      }
    },
  );

  it.each(EVENT_CATALOGUE.map((definition) => [`${definition.type}.v${definition.version}`, definition] as const))(
    '%s: refuses payload fields that would replace or shadow the payload class, without throwing',
    (_pattern, definition) => {
      const fixture = JSON.stringify(loadFixture(definition));
      for (const [field, value] of [
        ['__proto__', 'null'],
        ['__proto__', '{"workerId":"x"}'],
        ['constructor', 'null'],
        ['prototype', '{}'],
      ]) {
        // Through JSON.parse, as received: an object literal would set the prototype instead.
        const received = JSON.parse(fixture.replace('"payload":{', `"payload":{"${field}":${value},`));
        expect(validateEvent(received)).toEqual({ ok: false, reason: `payload: field name ${field} is not allowed` });
      }
    },
  );
});
