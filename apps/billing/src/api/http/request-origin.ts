import { randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { EventOrigin } from '@jaring/messaging';

/**
 * The event origin of an HTTP command: its correlation id (the x-correlation-id the logger assigned
 * to the request) is both correlation and causation of the events it causes.
 */
export const RequestOrigin = createParamDecorator((_data: unknown, context: ExecutionContext): EventOrigin => {
  const request = context.switchToHttp().getRequest<{ id?: unknown }>();
  const id = request.id === undefined ? randomUUID() : String(request.id);
  return { correlationId: id, causationId: id };
});
