import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ValidationFailedError } from '../../domain';

/**
 * The domain validates a whole registration (or family member, sponsor, file header) at once and
 * reports every violation; the platform's filter would show only the first. This one answers 400
 * with all of them, each naming its field, a stable code and the reason.
 */
@Catch(ValidationFailedError)
export class ValidationFailedFilter implements ExceptionFilter {
  catch(exception: ValidationFailedError, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(400)
      .json({
        statusCode: 400,
        error: exception.code,
        message: 'The request is invalid',
        violations: exception.violations.map(({ field, code, message }) => ({ field, code, message })),
      });
  }
}
