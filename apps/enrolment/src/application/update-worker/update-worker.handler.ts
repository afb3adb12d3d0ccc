import type { EventOrigin } from '@jaring/messaging';
import { NotFoundError } from '@jaring/kernel';
import type { Worker, WorkerChanges } from '../../domain';
import { Clock } from '../ports/clock';
import { ReferenceData } from '../ports/reference-data';
import { SponsorRepository } from '../ports/sponsor.repository';
import { WorkerRepository } from '../ports/worker.repository';
import { toOutboxEvents } from '../shared/worker-events.mapper';

export interface UpdateWorkerCommand {
  readonly workerId: string;
  readonly changes: WorkerChanges;
  readonly actor: string;
  readonly origin: EventOrigin;
}

/** Changes a worker's details (not the NIK); the merged details are validated whole; publishes WorkerUpdated. */
export class UpdateWorkerHandler {
  constructor(
    private readonly sponsors: SponsorRepository,
    private readonly workers: WorkerRepository,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  async execute(command: UpdateWorkerCommand): Promise<Worker> {
    const current = await this.workers.findById(command.workerId);
    if (!current) throw new NotFoundError('WORKER_NOT_FOUND', `no worker ${command.workerId}`, 'id');
    const sponsor = await this.sponsors.findById(current.toSnapshot().sponsorId);
    if (!sponsor) throw new NotFoundError('SPONSOR_NOT_FOUND', 'the worker has no sponsor', 'sponsorId');
    const context = {
      sponsor,
      regions: this.reference.regions,
      regencyCodes: this.reference.regencyCodes,
      today: this.clock.today(),
    };
    return this.workers.update(command.workerId, (worker) => {
      const by = { actor: command.actor, at: this.clock.now().toISOString() };
      return toOutboxEvents(worker.update(command.changes, context, by), command.origin);
    });
  }
}
