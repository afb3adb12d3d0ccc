import { randomUUID } from 'node:crypto';
import { DomainError } from '@jaring/kernel';
import { duplicateLookupFor, enrolmentWindowOn, type RegisterWorkerInput, type Worker } from '../../domain';
import { Clock } from '../ports/clock';
import { EnrolmentWindowSettings } from '../ports/enrolment-window.settings';
import { ReferenceData } from '../ports/reference-data';
import { SponsorRepository } from '../ports/sponsor.repository';
import { WorkerRepository } from '../ports/worker.repository';
import { toOutboxEvents } from '../shared/worker-events.mapper';
import { enrolWorker, type Enrolment } from './enrol-worker';
import type { Transaction } from '../ports/transaction';
import type { RegisterWorkerCommand } from './register-worker.command';

/**
 * Enrols one worker: validates every field (400 listing each violation; an enrolment date before
 * the current month less the grace is ENROLMENT_DATE_BACKDATED unless the command carries an
 * enrolment supervisor's approval), refuses a NIK already
 * enrolled (409 with the existing id), flags a probable duplicate for review, and stores the worker
 * with its WorkerRegistered event in one transaction.
 */
export class RegisterWorkerHandler {
  constructor(
    private readonly sponsors: SponsorRepository,
    private readonly workers: WorkerRepository,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
    private readonly window: EnrolmentWindowSettings,
  ) {}

  async execute(command: RegisterWorkerCommand, transaction?: Transaction): Promise<Worker> {
    const { worker, events } = await this.enrol(command);
    await this.workers.add(worker, toOutboxEvents(events, command.origin), transaction);
    return worker;
  }

  /** Judges the registration as execute would (every violation, a NIK already enrolled) and stores nothing. */
  async check(command: Omit<RegisterWorkerCommand, 'origin'>): Promise<void> {
    await this.enrol(command);
  }

  private async enrol(command: Omit<RegisterWorkerCommand, 'origin'>): Promise<Enrolment> {
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
    return enrolWorker(
      {
        workerId: randomUUID(),
        input,
        context: {
          sponsor,
          regions: this.reference.regions,
          regencyCodes: this.reference.regencyCodes,
          today,
          enrolmentWindow: enrolmentWindowOn(today, this.window, command.backdatingApproved ?? false),
        },
        knownWorkers,
        actor: command.actor,
        at: this.clock.now().toISOString(),
      },
      today,
    );
  }
}
