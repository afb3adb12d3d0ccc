import {
  applyDecorators,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  UseGuards,
} from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Actor } from '@jaring/auth';
import { ApiErrors } from './openapi';

/** The window the limit of expensive requests counts in. */
export const EXPENSIVE_WINDOW_MS = 60_000;

/**
 * The throttler options of a service: `limit` expensive requests per subject per minute. The
 * subject is the token's (the global auth guard ran before): one officer cannot starve the others,
 * and officers behind one office NAT are not counted together.
 */
export function expensiveRequestThrottling(limit: number): ThrottlerModuleOptions {
  return {
    // The name `default` gives the standard `Retry-After` header (others get a suffix).
    throttlers: [{ name: 'default', ttl: EXPENSIVE_WINDOW_MS, limit }],
    getTracker: (request: Record<string, unknown>) => {
      const actor = request.actor as Actor | undefined;
      return actor ? `subject:${actor.subject}` : `ip:${String(request.ip)}`;
    },
  };
}

/** Answers a request over the limit with 429, a stable code and Retry-After (set by the guard). */
@Injectable()
class ExpensiveRequestGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new HttpException(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: 'TOO_MANY_REQUESTS',
        message: `at most ${detail.limit} of these requests per minute; try again in ${detail.timeToBlockExpire} s`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/**
 * A route whose work is heavy (imports, statements, billing runs, quotes): each subject may call
 * it at most EXPENSIVE_REQUESTS_PER_MINUTE times a minute.
 */
export function ExpensiveRoute(): MethodDecorator & ClassDecorator {
  return applyDecorators(UseGuards(ExpensiveRequestGuard), ApiErrors(429));
}
