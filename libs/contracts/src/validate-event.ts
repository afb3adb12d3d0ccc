import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, ValidationTypes, validateSync, type ValidationError } from 'class-validator';
import { findEventDefinition } from './catalogue';
import { type EventEnvelope, envelopeViolations } from './event-envelope';

export type EventValidation = { ok: true; event: EventEnvelope } | { ok: false; reason: string };

/**
 * Checks a received message against the envelope and its payload class. The reason names fields
 * and constraints only, never values, because it ends up in dead-letter headers and logs.
 */
export function validateEvent(candidate: unknown): EventValidation {
  if (typeof candidate !== 'object' || candidate === null) return { ok: false, reason: 'message is not a JSON object' };
  const envelope = candidate as EventEnvelope;
  const broken = envelopeViolations(candidate as Record<string, unknown>);
  if (broken.length > 0) return { ok: false, reason: `envelope: ${broken.join('; ')}` };

  const definition = findEventDefinition(envelope.eventType, envelope.eventVersion);
  if (!definition) {
    return { ok: false, reason: `unknown event ${envelope.eventType} version ${envelope.eventVersion}` };
  }
  const payload = instantiate(definition.payload, envelope.payload);
  const payloadErrors = validateSync(payload, { forbidUnknownValues: true });
  if (payloadErrors.length > 0) return { ok: false, reason: `payload: ${summarise(payloadErrors)}` };
  return { ok: true, event: { ...envelope, payload } };
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

const hasNestedPayload = new Map<new () => object, boolean>();

/**
 * class-transformer is only needed where a payload nests other classes; a flat payload becomes an
 * instance far more cheaply, and this runs for every record a consumer receives.
 */
function instantiate<P extends object>(payloadClass: new () => P, plain: object): P {
  let nested = hasNestedPayload.get(payloadClass);
  if (nested === undefined) {
    nested = getMetadataStorage()
      .getTargetValidationMetadatas(payloadClass, '', true, false)
      .some((metadata) => metadata.type === ValidationTypes.NESTED_VALIDATION);
    hasNestedPayload.set(payloadClass, nested);
  }
  return nested ? plainToInstance(payloadClass, plain) : Object.assign(new payloadClass(), plain);
}
