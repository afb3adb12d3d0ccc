import type { AuditRecord, AuditTrail } from '@jaring/audit';
import { NotFoundError } from '@jaring/kernel';
import type { WorkerSnapshot } from '../../domain';
import { WorkerRepository } from '../ports/worker.repository';

/** One worker with everything stored about them: details, family and status history; and their audit trail. */
export class GetWorkerHandler {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly trail: AuditTrail,
  ) {}

  async execute(id: string): Promise<WorkerSnapshot> {
    const worker = await this.workers.findById(id);
    if (!worker) throw new NotFoundError('WORKER_NOT_FOUND', `no worker ${id}`, 'id');
    return worker.toSnapshot();
  }

  /** Every change of the worker, oldest first: who, when, what before and after, why (payout accounts included). */
  async audit(id: string): Promise<AuditRecord[]> {
    await this.execute(id);
    return this.trail.of('worker', id);
  }
}
