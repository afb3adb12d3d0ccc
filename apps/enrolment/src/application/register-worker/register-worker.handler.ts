import { randomUUID } from 'node:crypto';
import { DomainError } from '@jaring/kernel';
import { duplicateLookupFor, type RegisterWorkerInput, type Worker } from '../../domain';
import { Clock } from '../ports/clock';
import { ReferenceData } from '../ports/reference-data';
import { SponsorRepository } from '../ports/sponsor.repository';
import { WorkerRepository } from '../ports/worker.repository';
import { toOutboxEvents } from '../shared/worker-events.mapper';
import { enrolWorker } from './enrol-worker';
import type { RegisterWorkerCommand } from './register-worker.command';

/**
 * Enrols one worker: validates every field (400 listing each violation), refuses a NIK already
 * enrolled (409 with the existing id), flags a probable duplicate for review, and stores the worker
 * with its WorkerRegistered event in one transaction.
 */
export class RegisterWorkerHandler {
  constructor(
    private readonly sponsors: SponsorRepository,
    private readonly workers: WorkerRepository,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
  ) {}

  async execute(command: RegisterWorkerCommand): Promise<Worker> {
    const sponsor = await this.sponsors.findByTenant(command.tenant);
    if (!sponsor) {
      throw new DomainError('SPONSOR_NOT_FOUND', `no sponsor covers region ${command.tenant}`, 'tenant');
    }
    const today = this.clock.today();
    const input: RegisterWorkerInput = {
      ...command.input,
      declaredMonthlyIncome: command.input.declaredMonthlyIncome ?? sponsor.declaredIncomeBasis,
      enrolmentDate: command.input.enrolmentDate ?? today,
    };
    const knownWorkers = await this.workers.findDuplicateCandidates(duplicateLookupFor(input));
    const { worker, events } = enrolWorker(
      {
        workerId: randomUUID(),
        input,
        context: { sponsor, regions: this.reference.regions, regencyCodes: this.reference.regencyCodes, today },
        knownWorkers,
        actor: command.actor,
        at: this.clock.now().toISOString(),
      },
      today,
    );
    await this.workers.add(worker, toOutboxEvents(events, command.origin));
    return worker;
  }
}
