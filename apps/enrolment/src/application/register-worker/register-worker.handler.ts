import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { WorkerRegistered } from '@jaring/contracts';
import { ConflictError, NotFoundError } from '@jaring/kernel';
import { WorkerStore, type WorkerRecord } from '../ports/worker-store';
import type { RegisterWorkerCommand } from './register-worker.command';

@Injectable()
export class RegisterWorkerHandler {
  constructor(private readonly store: WorkerStore) {}

  async execute(command: RegisterWorkerCommand): Promise<WorkerRecord> {
    const sponsor = await this.store.findSponsorByRegion(command.tenant);
    if (!sponsor) throw new NotFoundError('SPONSOR_NOT_FOUND', `No sponsor for region ${command.tenant}`, 'tenant');
    const existing = await this.store.findWorkerIdByNik(command.nik);
    if (existing) {
      throw new ConflictError('NIK_ALREADY_ENROLLED', 'A worker with this NIK is already enrolled', 'nik', {
        existingWorkerId: existing,
      });
    }
    const coverageStartDate =
      command.enrolmentDate > sponsor.coverageStartDate ? command.enrolmentDate : sponsor.coverageStartDate;
    const worker: WorkerRecord = {
      id: randomUUID(),
      sponsorId: sponsor.id,
      tenant: sponsor.regionCode,
      nik: command.nik,
      fullName: command.fullName,
      birthDate: command.birthDate,
      sex: command.sex,
      desaCode: command.desaCode,
      occupation: command.occupation,
      declaredMonthlyIncome: command.declaredMonthlyIncome,
      enrolmentDate: command.enrolmentDate,
      coverageStartDate,
      status: 'active',
    };
    await this.store.insertWorker(worker, [
      {
        definition: WorkerRegistered,
        aggregateId: worker.id,
        tenant: worker.tenant,
        origin: command.origin,
        payload: {
          workerId: worker.id,
          sponsorId: worker.sponsorId,
          nik: worker.nik,
          fullName: worker.fullName,
          birthDate: worker.birthDate,
          sex: worker.sex,
          desaCode: worker.desaCode,
          occupation: worker.occupation,
          declaredMonthlyIncome: worker.declaredMonthlyIncome,
          enrolmentDate: worker.enrolmentDate,
          coverageStartDate: worker.coverageStartDate,
          status: 'active',
          flaggedAsProbableDuplicate: false,
        },
      },
    ]);
    return worker;
  }
}
