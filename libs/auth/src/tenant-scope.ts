import { AsyncLocalStorage } from 'node:async_hooks';
import { ForbiddenError } from '@jaring/kernel';
import type { Actor } from './actor';

/**
 * The regencies (tenants) one unit of work may see and change. A request's scope comes from its
 * token; an event's from its envelope; schedulers run with the system scope (every regency). The
 * services' stores read it from the tenant context and filter every query by it: a record of
 * another regency is simply not there (404, its existence is not revealed), and a write that names
 * a regency the caller lacks is refused (403).
 */
export class TenantScope {
  private constructor(private readonly allowed: readonly string[] | 'all') {}

  static of(actor: Pick<Actor, 'tenants'>): TenantScope {
    return new TenantScope([...actor.tenants]);
  }

  static only(tenant: string): TenantScope {
    return new TenantScope([tenant]);
  }

  /** Schedulers, relays and the bank's signed notifications: work on behalf of every regency. */
  static system(): TenantScope {
    return new TenantScope('all');
  }

  includes(tenant: string): boolean {
    return this.allowed === 'all' || this.allowed.includes(tenant);
  }

  /** For SQL: the tenants to filter on, or null for the system scope (`tenant = ANY($n) OR $n IS NULL`). */
  get sqlTenants(): string[] | null {
    return this.allowed === 'all' ? null : [...this.allowed];
  }

  /** The caller names a regency explicitly (a new worker, sponsor, import or billing run): it must be theirs. */
  requireWritable(tenant: string): void {
    if (!this.includes(tenant)) {
      throw new ForbiddenError('TENANT_FORBIDDEN', `your account does not serve regency ${tenant}`, 'tenant');
    }
  }
}

/** Raised when a store is called outside any tenant scope: a wiring error, never a silent "all". */
export class MissingTenantScope extends Error {
  constructor() {
    super('no tenant scope: run this inside TenantContext.run (requests and events get one automatically)');
  }
}

const storage = new AsyncLocalStorage<TenantScope>();

/** Where stores find the scope of the work they serve. */
export const TenantContext = {
  run<T>(scope: TenantScope, work: () => T): T {
    return storage.run(scope, work);
  },
  current(): TenantScope {
    const scope = storage.getStore();
    if (!scope) throw new MissingTenantScope();
    return scope;
  },
};

/**
 * The current scope as one SQL condition on `column`, with `$<parameter>` bound to `value`:
 * `tenant = ANY($n)` for a caller or an event, always true for the system scope.
 */
export function tenantCondition(column: string, parameter: number): { sql: string; value: string[] | null } {
  return {
    sql: `($${parameter}::text[] IS NULL OR ${column} = ANY($${parameter}::text[]))`,
    value: TenantContext.current().sqlTenants,
  };
}
