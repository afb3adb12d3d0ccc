import { randomUUID } from 'node:crypto';
import type { EventOrigin } from '@jaring/messaging';
import type { FamilyMemberInput } from '../../domain';
import { Clock } from '../ports/clock';
import { ReferenceData } from '../ports/reference-data';
import { WorkerRepository } from '../ports/worker.repository';
import { toOutboxEvents } from '../shared/worker-events.mapper';

export interface AddFamilyMemberCommand {
  readonly workerId: string;
  readonly member: FamilyMemberInput;
  readonly actor: string;
  readonly origin: EventOrigin;
}

/** Lists a person from the worker's KK (a possible heir); publishes FamilyChanged with the whole family. */
export class AddFamilyMemberHandler {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  async execute(command: AddFamilyMemberCommand): Promise<string> {
    const memberId = randomUUID();
    const context = { regencyCodes: this.reference.regencyCodes, today: this.clock.today() };
    await this.workers.update(command.workerId, (worker) => {
      const by = { actor: command.actor, at: this.clock.now().toISOString() };
      return toOutboxEvents(worker.addFamilyMember(memberId, command.member, context, by), command.origin);
    });
    return memberId;
  }
}
