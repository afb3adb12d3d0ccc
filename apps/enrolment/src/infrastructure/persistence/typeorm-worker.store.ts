import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConflictError } from '@jaring/kernel';
import { type NewEvent, Outbox } from '@jaring/messaging';
import { type SponsorRecord, type WorkerRecord, WorkerStore } from '../../application/ports/worker-store';
import { SponsorOrmEntity } from './sponsor.orm-entity';
import { WorkerOrmEntity } from './worker.orm-entity';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class TypeormWorkerStore extends WorkerStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {
    super();
  }

  findSponsorByRegion(regionCode: string): Promise<SponsorRecord | null> {
    return this.dataSource.getRepository(SponsorOrmEntity).findOneBy({ regionCode });
  }

  async findWorkerIdByNik(nik: string): Promise<string | null> {
    const row = await this.dataSource.getRepository(WorkerOrmEntity).findOne({ where: { nik }, select: { id: true } });
    return row?.id ?? null;
  }

  async insertWorker(worker: WorkerRecord, events: NewEvent<object>[]): Promise<void> {
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(WorkerOrmEntity, worker);
        await this.outbox.stage(manager, events);
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) {
        const existing = await this.findWorkerIdByNik(worker.nik);
        throw new ConflictError(
          'NIK_ALREADY_ENROLLED',
          'A worker with this NIK is already enrolled',
          'nik',
          existing ? { existingWorkerId: existing } : undefined,
        );
      }
      throw error;
    }
  }

  findWorker(id: string): Promise<WorkerRecord | null> {
    return this.dataSource.getRepository(WorkerOrmEntity).findOneBy({ id });
  }
}
