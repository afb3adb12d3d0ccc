import type { EventOrigin } from '@jaring/messaging';
import type { FamilyMemberInput, Worker } from '../../domain';
import { Clock } from '../ports/clock';
import { ReferenceData } from '../ports/reference-data';
import { WorkerRepository } from '../ports/worker.repository';
import { toOutboxEvents } from '../shared/worker-events.mapper';

export interface UpdateFamilyMemberCommand {
  readonly workerId: string;
  readonly memberId: string;
  readonly changes: Partial<FamilyMemberInput>;
  readonly actor: string;
  readonly origin: EventOrigin;
}

/** Changes a family member (e.g. a child marries or starts work: scholarships depend on it). */
export class UpdateFamilyMemberHandler {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  execute(command: UpdateFamilyMemberCommand): Promise<Worker> {
    const context = { regencyCodes: this.reference.regencyCodes, today: this.clock.today() };
    return this.workers.update(command.workerId, (worker) => {
      const by = { actor: command.actor, at: this.clock.now().toISOString() };
      return toOutboxEvents(worker.updateFamilyMember(command.memberId, command.changes, context, by), command.origin);
    });
  }
}
