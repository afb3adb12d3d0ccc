import type { StatusChange, Worker, WorkerEvent } from '../../domain';
import { Clock } from '../ports/clock';
import { WorkerRepository } from '../ports/worker.repository';
import { toOutboxEvents } from '../shared/worker-events.mapper';
import type { ChangeWorkerStatusCommand, StatusAction } from './change-worker-status.command';

const TRANSITIONS: Record<StatusAction, (worker: Worker, change: StatusChange) => WorkerEvent[]> = {
  activate: (worker, change) => worker.activate(change),
  suspend: (worker, change) => worker.suspend(change),
  reactivate: (worker, change) => worker.reactivate(change),
  terminate: (worker, change) => worker.terminate(change),
};

/**
 * Activates, suspends, reactivates or terminates a worker on an officer's word. The transition,
 * its reason, actor, time and effective date go to the status history and WorkerStatusChanged.
 * An illegal transition is a 409 (the domain's IllegalTransitionError).
 */
export class ChangeWorkerStatusHandler {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly clock: Clock,
  ) {}

  execute(command: ChangeWorkerStatusCommand): Promise<Worker> {
    const effectiveDate = command.effectiveDate ?? this.clock.today();
    return this.workers.update(command.workerId, (worker) => {
      const change: StatusChange = {
        actor: command.actor,
        at: this.clock.now().toISOString(),
        effectiveDate,
        reason: command.reason,
      };
      return toOutboxEvents(TRANSITIONS[command.action](worker, change), command.origin);
    });
  }
}
