import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { runWithAuditContext } from './audit-context';
import type { AuditActor } from './audit-record';

/**
 * Every HTTP request runs in an audit context: the token's subject and roles (set by the auth
 * guard, which runs before interceptors) and the request id the logger assigned (x-correlation-id),
 * so whatever the request changes is audited with them.
 */
@Injectable()
export class AuditContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<{ actor?: AuditActor; id?: unknown }>();
    const actor = request.actor ?? { subject: 'anonymous', roles: [] };
    const requestId = request.id === undefined ? undefined : String(request.id);
    return new Observable((subscriber) =>
      runWithAuditContext({ actor: { subject: actor.subject, roles: actor.roles }, requestId }, () =>
        next.handle().subscribe(subscriber),
      ),
    );
  }
}
