import { changedFields, type AuditChange } from '@jaring/audit';
import type { NewEvent } from '@jaring/messaging';
import type { WorkerSnapshot } from '../../domain';

/**
 * The audit rows of workers' changes: one per worker, named by the events it caused, with the
 * fields that changed before and after (details, payout account, family, status) and the status
 * change's reason. The history list only grows: the row's statuses and reason say what it gained.
 */
export function workerAudit(
  changes: readonly { before?: WorkerSnapshot; after: WorkerSnapshot }[],
  events: readonly NewEvent<object>[],
): AuditChange[] {
  return changes.map(({ before, after }) => {
    const caused = events.filter((event) => event.aggregateId === after.workerId);
    const reason = caused
      .map((event) => (event.payload as { reason?: unknown }).reason)
      .find((candidate): candidate is string => typeof candidate === 'string');
    const diff = changedFields(before, after, ['history']);
    return {
      action: [...new Set(caused.map((event) => event.definition.type))].join('+') || 'WorkerChanged',
      entityType: 'worker',
      entityId: after.workerId,
      ...(before ? { before: diff.before } : {}),
      after: diff.after,
      fromStatus: before?.status ?? null,
      toStatus: after.status,
      ...(reason ? { reason } : {}),
    };
  });
}
