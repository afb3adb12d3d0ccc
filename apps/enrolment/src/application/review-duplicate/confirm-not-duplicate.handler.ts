import type { EventOrigin } from '@jaring/messaging';
import type { Worker } from '../../domain';
import { Clock } from '../ports/clock';
import { WorkerRepository } from '../ports/worker.repository';
import { toOutboxEvents } from '../shared/worker-events.mapper';

export interface ConfirmNotDuplicateCommand {
  readonly workerId: string;
  readonly actor: string;
  readonly origin: EventOrigin;
}

/** An officer checked a probable duplicate and found two different people: the flag is cleared. */
export class ConfirmNotDuplicateHandler {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly clock: Clock,
  ) {}

  execute(command: ConfirmNotDuplicateCommand): Promise<Worker> {
    return this.workers.update(command.workerId, (worker) => {
      const by = { actor: command.actor, at: this.clock.now().toISOString() };
      return toOutboxEvents(worker.confirmNotDuplicate(by), command.origin);
    });
  }
}
