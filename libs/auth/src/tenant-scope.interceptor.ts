import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import type { Actor } from './actor';
import { TenantContext, TenantScope } from './tenant-scope';

/**
 * Runs every authenticated request inside its caller's tenant scope, so the stores it reaches
 * filter by the token's regencies without any controller passing them along. Public routes run
 * without a scope: a store they touch fails loudly unless they choose the system scope themselves.
 */
@Injectable()
export class TenantScopeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const { actor } = context.switchToHttp().getRequest<{ actor?: Actor }>();
    if (!actor) return next.handle();
    const scope = TenantScope.of(actor);
    return new Observable((subscriber) => TenantContext.run(scope, () => next.handle().subscribe(subscriber)));
  }
}
