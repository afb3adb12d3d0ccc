import { NotFoundError } from '@jaring/kernel';
import type { WorkerSnapshot } from '../../domain';
import { WorkerRepository } from '../ports/worker.repository';

/** One worker with everything stored about them: details, family and status history. */
export class GetWorkerHandler {
  constructor(private readonly workers: WorkerRepository) {}

  async execute(id: string): Promise<WorkerSnapshot> {
    const worker = await this.workers.findById(id);
    if (!worker) throw new NotFoundError('WORKER_NOT_FOUND', `no worker ${id}`, 'id');
    return worker.toSnapshot();
  }
}
