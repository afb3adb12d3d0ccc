import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import {
  BusyError,
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TooLargeError,
} from '@jaring/kernel';
import { bodyParserRefusal, isBodyParserError } from './request-body';

export interface Violation {
  field?: string;
  code: string;
  message: string;
}

/** Thrown by the validation pipe: every bad field at once, each with its reason. */
export class InvalidRequestException extends HttpException {
  constructor(readonly violations: Violation[]) {
    super(
      { statusCode: 400, error: 'Bad Request', message: 'The request is invalid', violations },
      HttpStatus.BAD_REQUEST,
    );
  }
}

/**
 * Maps domain errors to 4xx with their stable code, and anything unexpected to a bare 500: no
 * stack trace or internal message ever reaches the caller.
 */
@Catch()
export class HttpErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof DomainError) {
      const status = domainErrorStatus(exception);
      const violations =
        exception instanceof InvalidInputError
          ? exception.violations
          : exception.field
            ? [{ field: exception.field, code: exception.code, message: exception.message }]
            : undefined;
      if (exception instanceof BusyError) response.setHeader('Retry-After', String(exception.retryAfterSeconds));
      response.status(status).json({
        statusCode: status,
        error: exception.code,
        message: exception.message,
        ...(violations ? { violations } : {}),
        ...(exception.details ? { details: exception.details } : {}),
      });
      return;
    }
    // The express adapter wraps the body parser's errors in an HttpException; the cause says which.
    const bodyError = exception instanceof HttpException ? exception.cause : exception;
    if (isBodyParserError(bodyError)) {
      const { status, code, message } = bodyParserRefusal(bodyError);
      response.status(status).json({ statusCode: status, error: code, message });
      return;
    }
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      response
        .status(exception.getStatus())
        .json(typeof body === 'string' ? { statusCode: exception.getStatus(), message: body } : body);
      return;
    }
    this.logger.error({ err: exception }, 'unhandled error while serving a request');
    response
      .status(500)
      .json({ statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong; the error was logged' });
  }
}

function domainErrorStatus(error: DomainError): number {
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof TooLargeError) return 413;
  if (error instanceof BusyError) return 503;
  return 400;
}
