import type { EventOrigin } from '@jaring/messaging';
import type { Worker } from '../../domain';
import { Clock } from '../ports/clock';
import { WorkerRepository } from '../ports/worker.repository';
import { toOutboxEvents } from '../shared/worker-events.mapper';

export interface RemoveFamilyMemberCommand {
  readonly workerId: string;
  readonly memberId: string;
  readonly actor: string;
  readonly origin: EventOrigin;
}

/** Removes a person listed by mistake or no longer on the KK; publishes FamilyChanged. */
export class RemoveFamilyMemberHandler {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly clock: Clock,
  ) {}

  execute(command: RemoveFamilyMemberCommand): Promise<Worker> {
    return this.workers.update(command.workerId, (worker) => {
      const by = { actor: command.actor, at: this.clock.now().toISOString() };
      return toOutboxEvents(worker.removeFamilyMember(command.memberId, by), command.origin);
    });
  }
}
