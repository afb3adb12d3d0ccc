import { randomUUID } from 'node:crypto';
import type { EventOrigin } from '@jaring/messaging';
import { ConflictError, DomainError, NotFoundError } from '@jaring/kernel';
import { enrolmentWindowOn, isLocalDate, isBefore } from '../../domain';
import { BackdatedEnrolmentRepository, type BackdatedEnrolment } from '../ports/backdated-enrolment.repository';
import { Clock } from '../ports/clock';
import { EnrolmentWindowSettings } from '../ports/enrolment-window.settings';
import type { RegisterWorkerCommand } from '../register-worker/register-worker.command';
import { RegisterWorkerHandler } from '../register-worker/register-worker.handler';
import { assertMayApproveBackdating, backdatingReasonOf } from '../shared/backdating-approval';

export interface RequestBackdatedEnrolmentCommand {
  readonly tenant: string;
  readonly input: RegisterWorkerCommand['input'];
  readonly reason: unknown;
  readonly actor: string;
}

export interface DecideBackdatedEnrolmentCommand {
  readonly id: string;
  readonly reason: unknown;
  readonly actor: string;
  readonly actorRoles: readonly string[];
  readonly origin: EventOrigin;
}

/**
 * Backdated enrolments under maker-checker (issue 20 §2): an officer asks for a registration dated
 * before the enrolment window, with a reason; it waits as `pending-backdating-approval` and no
 * worker exists yet. An enrolment supervisor other than the officer approves it with a reason (the
 * worker is enrolled, exactly as a registration, with that date) or refuses it with a reason.
 * Every step is in the audit log.
 */
export class BackdatedEnrolmentHandlers {
  constructor(
    private readonly requests: BackdatedEnrolmentRepository,
    private readonly registerWorker: RegisterWorkerHandler,
    private readonly clock: Clock,
    private readonly window: EnrolmentWindowSettings,
  ) {}

  /** Stores the request (202); a date inside the window needs none (400: use POST /v1/workers). */
  async request(command: RequestBackdatedEnrolmentCommand): Promise<BackdatedEnrolment> {
    const reason = backdatingReasonOf(command.reason, 'reason');
    const enrolmentDate = command.input.enrolmentDate;
    const { earliest } = enrolmentWindowOn(this.clock.today(), this.window);
    if (!isLocalDate(enrolmentDate) || !isBefore(enrolmentDate, earliest)) {
      throw new DomainError(
        'ENROLMENT_NOT_BACKDATED',
        `an enrolment date before ${earliest} needs approval; enrol later dates with POST /v1/workers`,
        'enrolmentDate',
      );
    }
    // Checked in full now (every field, NIK not enrolled yet), so the supervisor decides on a valid registration.
    await this.registerWorker.check({
      tenant: command.tenant,
      input: command.input,
      actor: command.actor,
      backdatingApproved: true,
    });
    const request: BackdatedEnrolment = {
      id: randomUUID(),
      tenant: command.tenant,
      enrolmentDate,
      registration: command.input,
      requestReason: reason,
      requestedBy: command.actor,
      requestedAt: this.clock.now().toISOString(),
      status: 'pending-backdating-approval',
    };
    await this.requests.add(request);
    return request;
  }

  async approve(command: DecideBackdatedEnrolmentCommand): Promise<BackdatedEnrolment> {
    const { request, decision } = await this.decidable(command);
    return this.requests.approve(request.id, decision, async (transaction) => {
      const worker = await this.registerWorker.execute(
        {
          tenant: request.tenant,
          input: request.registration,
          actor: request.requestedBy,
          origin: command.origin,
          backdatingApproved: true,
        },
        transaction,
      );
      return worker.id;
    });
  }

  async refuse(command: DecideBackdatedEnrolmentCommand): Promise<BackdatedEnrolment> {
    const { request, decision } = await this.decidable(command);
    return this.requests.refuse(request.id, decision);
  }

  async get(id: string): Promise<BackdatedEnrolment> {
    const request = await this.requests.findById(id);
    if (!request) throw new NotFoundError('BACKDATED_ENROLMENT_NOT_FOUND', `no backdated enrolment ${id}`, 'id');
    return request;
  }

  private async decidable(command: DecideBackdatedEnrolmentCommand) {
    assertMayApproveBackdating(command.actorRoles);
    const reason = backdatingReasonOf(command.reason, 'reason');
    const request = await this.get(command.id);
    if (request.status !== 'pending-backdating-approval') {
      throw new ConflictError(
        'BACKDATED_ENROLMENT_ALREADY_DECIDED',
        `this backdated enrolment was already ${request.status}`,
        undefined,
        { status: request.status },
      );
    }
    if (request.requestedBy === command.actor) {
      // 409 naming the conflicting role, as claims' maker-checker refusals do (issue 17).
      throw new ConflictError(
        'MAKER_CHECKER_VIOLATION',
        'you asked for this backdated enrolment: another enrolment supervisor decides it',
        undefined,
        { conflictingRole: 'requester' },
      );
    }
    return { request, decision: { by: command.actor, at: this.clock.now().toISOString(), reason } };
  }
}
