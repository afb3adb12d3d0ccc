import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditActor } from './audit-record';

/** Who is acting and for which request, for every audit row written while it runs. */
export interface AuditContext {
  actor: AuditActor;
  requestId?: string;
}

const storage = new AsyncLocalStorage<AuditContext>();

/** Runs `work` with `context` as the actor of whatever it audits (an HTTP request, a consumer, a scheduled task). */
export function runWithAuditContext<T>(context: AuditContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentAuditContext(): AuditContext | undefined {
  return storage.getStore();
}

/** The actor of work nobody asked for by a request: a Kafka consumer or a scheduled task of `service`. */
export function systemActor(task: string): AuditActor {
  return { subject: `system:${task}`, roles: ['system'] };
}
