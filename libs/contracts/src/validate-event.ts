import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { findEventDefinition } from './catalogue';
import { type EventEnvelope, EventEnvelopeShape } from './event-envelope';

export type EventValidation =
  | { ok: true; event: EventEnvelope }
  | { ok: false; reason: string };

/**
 * Checks a received message against the envelope and its payload class. The reason names fields
 * and constraints only, never values, because it ends up in dead-letter headers and logs.
 */
export function validateEvent(candidate: unknown): EventValidation {
  if (typeof candidate !== 'object' || candidate === null) return { ok: false, reason: 'message is not a JSON object' };
  const envelope = plainToInstance(EventEnvelopeShape, candidate);
  const envelopeErrors = validateSync(envelope, { whitelist: false });
  if (envelopeErrors.length > 0) return { ok: false, reason: `envelope: ${summarise(envelopeErrors)}` };

  const definition = findEventDefinition(envelope.eventType, envelope.eventVersion);
  if (!definition) {
    return { ok: false, reason: `unknown event ${envelope.eventType} version ${envelope.eventVersion}` };
  }
  const payload = plainToInstance(definition.payload, envelope.payload);
  const payloadErrors = validateSync(payload, { forbidUnknownValues: true });
  if (payloadErrors.length > 0) return { ok: false, reason: `payload: ${summarise(payloadErrors)}` };
  return { ok: true, event: { ...(candidate as EventEnvelope), payload } };
}

function summarise(errors: ValidationError[], parent = ''): string {
  return errors
    .flatMap((error) => {
      const path = parent ? `${parent}.${error.property}` : error.property;
      const own = Object.keys(error.constraints ?? {}).map((constraint) => `${path} fails ${constraint}`);
      const nested = error.children?.length ? [summarise(error.children, path)] : [];
      return [...own, ...nested];
    })
    .join('; ');
}
