import type { EventOrigin } from '@jaring/messaging';
import { Clock } from '../ports/clock';
import type { Transaction } from '../ports/transaction';
import { WorkerRepository } from '../ports/worker.repository';
import { SYSTEM_ACTORS } from '../shared/system-actors';
import { assertSameTenant } from '../shared/tenant.guard';
import { toOutboxEvents } from '../shared/worker-events.mapper';

export interface RecordDeathCommand {
  readonly workerId: string;
  /** The tenant the event was published for: it must be the worker's. */
  readonly tenant: string;
  readonly claimId: string;
  readonly dateOfDeath: string;
  readonly origin: EventOrigin;
}

/**
 * Claims verified a death: the worker becomes deceased from the date of death. Recording the same
 * death again changes nothing; a death for a worker who is pending or terminated is refused
 * (IllegalTransitionError) so that it reaches a person through the dead-letter topic.
 */
export class RecordDeathHandler {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly clock: Clock,
  ) {}

  async execute(command: RecordDeathCommand, transaction?: Transaction): Promise<{ recorded: boolean }> {
    let recorded = true;
    await this.workers.update(
      command.workerId,
      (worker) => {
        assertSameTenant(worker, command.tenant);
        if (worker.status === 'deceased') {
          recorded = false;
          return [];
        }
        const events = worker.recordDeath({
          actor: SYSTEM_ACTORS.claims,
          at: this.clock.now().toISOString(),
          dateOfDeath: command.dateOfDeath,
          claimId: command.claimId,
        });
        return toOutboxEvents(events, command.origin);
      },
      transaction,
    );
    return { recorded };
  }
}
