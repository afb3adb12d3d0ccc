import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { hasControlCharacter } from '@jaring/kernel';
import { InvalidRequestException, type Violation } from './http-errors.filter';

/**
 * Strict input validation: unknown fields rejected, text with control characters rejected (U+0000
 * made a 500 of the database's refusal), every violation named with its field.
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
    if (metadata.type !== 'custom') {
      const fields = fieldsWithControlCharacters(value, metadata.data ?? '');
      if (fields.length > 0) {
        throw new InvalidRequestException(
          fields.map((field) => ({
            field,
            code: 'noControlCharacters',
            message: 'must not contain control characters',
          })),
        );
      }
    }
    return super.transform(value, metadata);
  }
}

/** Paths (`family.0.fullName`) of the strings in a request value that hold a control character. */
function fieldsWithControlCharacters(value: unknown, path: string): string[] {
  if (typeof value === 'string') return hasControlCharacter(value) ? [path] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    fieldsWithControlCharacters(child, path ? `${path}.${key}` : key),
  );
}

function flatten(error: ValidationError, parent = ''): Violation[] {
  const field = parent ? `${parent}.${error.property}` : error.property;
  const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({ field, code, message }));
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, field))];
}
