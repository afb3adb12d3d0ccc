import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { isLocalDate } from '@jaring/calendar';
import { hasControlCharacter } from '@jaring/kernel';
import { InvalidRequestException, type Violation } from './http-errors.filter';

/**
 * Strict input validation: unknown fields rejected, text with control characters rejected (U+0000
 * made a 500 of the database's refusal), null rejected (an optional field is left out; `null`
 * slipped past @IsOptional into code that reads the field), every violation named with its field.
 */
export function requestValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new InvalidRequestException(errors.flatMap((error) => flatten(error))),
  });
}

class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom' && value !== undefined) {
      const violations = unsafeValues(value, metadata.data ?? '');
      if (violations.length > 0) throw new InvalidRequestException(violations);
    }
    return super.transform(value, metadata);
  }
}

/**
 * The strings holding a control character and the nulls in a request value, by path
 * (`family.0.fullName`). The body parser bounds how deep this recursion can go.
 */
function unsafeValues(value: unknown, path: string): Violation[] {
  if (value === null) return [{ field: path, code: 'notNull', message: 'must be left out rather than null' }];
  if (typeof value === 'string') {
    return hasControlCharacter(value)
      ? [{ field: path, code: 'noControlCharacters', message: 'must not contain control characters' }]
      : [];
  }
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => unsafeValues(child, path ? `${path}.${key}` : key));
}

function flatten(error: ValidationError, parent = ''): Violation[] {
  const field = parent ? `${parent}.${error.property}` : error.property;
  const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({ field, code, message }));
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, field))];
}

/** A real calendar date YYYY-MM-DD: `2025-02-30` matched the pattern and reached the benefit rules. */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLocalDate',
      validator: {
        validate: (value: unknown) => isLocalDate(value),
        defaultMessage: buildMessage((prefix) => `${prefix}$property must be a real date written YYYY-MM-DD`, options),
      },
    },
    options,
  );
}
