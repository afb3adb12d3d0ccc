import { plainToInstance } from 'class-transformer';
import {
  getMetadataStorage,
  ValidationTypes,
  validateSync,
  type ValidationArguments,
  type ValidationError,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { findEventDefinition } from './catalogue';
import { type EventEnvelope, envelopeViolations } from './event-envelope';

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

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
  const reserved = RESERVED_FIELDS.find((field) => Object.hasOwn(envelope.payload, field));
  if (reserved) return { ok: false, reason: `payload: field name ${reserved} is not allowed` };
  const plan = planFor(definition.payload);
  const payload = plan.flat
    ? Object.assign(new definition.payload(), envelope.payload)
    : plainToInstance(definition.payload, envelope.payload);
  // The compiled checks only ever say "valid"; anything else is decided (and explained) by class-validator.
  if (plan.checks && passes(plan.checks, definition.payload.name, payload))
    return { ok: true, event: { ...envelope, payload } };
  const payloadErrors = validateSync(payload, { forbidUnknownValues: true });
  if (payloadErrors.length > 0) return { ok: false, reason: `payload: ${summarise(payloadErrors)}` };
  return { ok: true, event: { ...envelope, payload } };
}

/**
 * Checks an object that arrived inside a payload (sealed personal data, once unsealed) against its
 * class; the reason names fields and constraints only.
 */
export function validateContents<T extends object>(
  contentsClass: new () => T,
  candidate: unknown,
): { ok: true; value: T } | { ok: false; reason: string } {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate))
    return { ok: false, reason: 'contents are not a JSON object' };
  const reserved = RESERVED_FIELDS.find((field) => Object.hasOwn(candidate, field));
  if (reserved) return { ok: false, reason: `field name ${reserved} is not allowed` };
  const value = plainToInstance(contentsClass, candidate);
  const errors = validateSync(value, { forbidUnknownValues: true });
  return errors.length > 0 ? { ok: false, reason: summarise(errors) } : { ok: true, value };
}

/**
 * Names that would give the payload object another prototype or shadow its class when copied onto
 * it: rejected, so a hostile message is dead-lettered instead of breaking the validation itself.
 */
const RESERVED_FIELDS = ['__proto__', 'constructor', 'prototype'];

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

interface PropertyChecks {
  property: string;
  /** `@IsOptional()` and `@ValidateIf()`: when one is false, the property is not checked. */
  conditions: ((object: object, value: unknown) => boolean)[];
  rules: {
    metadata: ValidationMetadata;
    validators: ValidatorConstraintInterface[];
  }[];
}

interface PayloadPlan {
  /** No nested classes: the payload becomes an instance without class-transformer. */
  flat: boolean;
  /** The class's rules, gathered once; undefined when it uses a kind of rule only class-validator runs. */
  checks?: PropertyChecks[];
}

const plans = new Map<new () => object, PayloadPlan>();

/**
 * class-validator looks up (and re-filters) a class's metadata on every call, which dominates a
 * consumer validating every record it receives. The same metadata, looked up once per payload
 * class with the options `validateSync(payload, { forbidUnknownValues: true })` uses, is applied
 * here with the same validator instances.
 */
function planFor(payloadClass: new () => object): PayloadPlan {
  let plan = plans.get(payloadClass);
  if (plan) return plan;
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(payloadClass, undefined as unknown as string, false, false);
  const flat = !metadatas.some((metadata) => metadata.type === ValidationTypes.NESTED_VALIDATION);
  const compilable =
    metadatas.length > 0 &&
    metadatas.every(
      (metadata) =>
        metadata.type === ValidationTypes.CUSTOM_VALIDATION || metadata.type === ValidationTypes.CONDITIONAL_VALIDATION,
    );
  plan = { flat };
  if (compilable) {
    const byProperty = new Map<string, PropertyChecks>();
    for (const metadata of metadatas) {
      let checks = byProperty.get(metadata.propertyName);
      if (!checks) {
        checks = { property: metadata.propertyName, conditions: [], rules: [] };
        byProperty.set(metadata.propertyName, checks);
      }
      if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION) {
        checks.conditions.push(metadata.constraints[0] as (object: object, value: unknown) => boolean);
      } else {
        const validators = storage
          .getTargetValidatorConstraints(metadata.constraintCls)
          .filter((constraint) => !constraint.async) // validateSync ignores asynchronous ones
          .map((constraint) => constraint.instance);
        checks.rules.push({ metadata, validators });
      }
    }
    plan.checks = [...byProperty.values()];
  }
  plans.set(payloadClass, plan);
  return plan;
}

/** True only when every rule returned true synchronously, i.e. class-validator would report nothing. */
function passes(checks: PropertyChecks[], targetName: string, object: object): boolean {
  for (const { property, conditions, rules } of checks) {
    const value = (object as Record<string, unknown>)[property];
    let applies = true;
    for (const condition of conditions) if (!condition(object, value)) applies = false;
    if (!applies) continue;
    for (const { metadata, validators } of rules) {
      if (metadata.validateIf && !metadata.validateIf(object, value)) continue;
      const args: ValidationArguments = { targetName, property, object, value, constraints: metadata.constraints };
      const items = metadata.each && isCollection(value) ? [...value.values()] : undefined;
      for (const validator of validators) {
        if (items) {
          for (const item of items) if (validator.validate(item, args) !== true) return false;
        } else if (validator.validate(value, args) !== true) return false;
      }
    }
  }
  return true;
}

function isCollection(value: unknown): value is unknown[] | Set<unknown> | Map<unknown, unknown> {
  return Array.isArray(value) || value instanceof Set || value instanceof Map;
}
