import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ForbiddenError } from '@jaring/kernel';
import type { Actor } from './actor';

/**
 * The regencies one request may see and change, from its token. Every read and write of tenant
 * records takes one: a record of another regency is not found (404, its existence is not revealed),
 * and a write naming a regency the caller lacks is refused (403).
 */
export class TenantScope {
  private constructor(readonly tenants: readonly string[]) {}

  static of(actor: Pick<Actor, 'tenants'>): TenantScope {
    return new TenantScope([...actor.tenants]);
  }

  includes(tenant: string): boolean {
    return this.tenants.includes(tenant);
  }

  /** The caller names a regency explicitly (a new sponsor, an import, a billing run): it must be one of theirs. */
  requireWritable(tenant: string): void {
    if (!this.includes(tenant)) {
      throw new ForbiddenError('TENANT_FORBIDDEN', `your account does not serve regency ${tenant}`, 'tenant');
    }
  }
}

/** Injects the caller's tenant scope into a controller method. */
export const CallerScope = createParamDecorator((_data: unknown, context: ExecutionContext): TenantScope =>
  TenantScope.of(context.switchToHttp().getRequest<{ actor: Actor }>().actor),
);
