import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidRequestException, type Violation } from './http-errors.filter';

/** Strict input validation: unknown fields rejected, every violation named with its field. */
export function requestValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new InvalidRequestException(errors.flatMap((error) => flatten(error))),
  });
}

function flatten(error: ValidationError, parent = ''): Violation[] {
  const field = parent ? `${parent}.${error.property}` : error.property;
  const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({ field, code, message }));
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, field))];
}
