import type { EventOrigin } from '@jaring/messaging';
import { decideDeathRetraction, type DeathRetractionDecision } from '../../domain';
import { Clock } from '../ports/clock';
import type { Transaction } from '../ports/transaction';
import { WorkerRepository } from '../ports/worker.repository';
import { SYSTEM_ACTORS } from '../shared/system-actors';
import { assertSameTenant } from '../shared/tenant.guard';
import { toOutboxEvents } from '../shared/worker-events.mapper';

export interface RetractDeathCommand {
  readonly workerId: string;
  /** The tenant the event was published for: it must be the worker's. */
  readonly tenant: string;
  readonly claimId: string;
  readonly reasonCode: string;
  readonly origin: EventOrigin;
}

/**
 * Claims disproved a death it had confirmed: the worker returns to the status before the death
 * (WorkerStatusChanged, so billing and claims follow), but only if the death was recorded from that
 * same claim. Otherwise nothing changes and the outcome says why (an expected case, not an error:
 * a redelivery, or a death another claim confirmed).
 */
export class RetractDeathHandler {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly clock: Clock,
  ) {}

  async execute(command: RetractDeathCommand, transaction?: Transaction): Promise<DeathRetractionDecision> {
    let decision: DeathRetractionDecision = { kind: 'unchanged', reason: 'not-deceased' };
    await this.workers.update(
      command.workerId,
      (worker) => {
        assertSameTenant(worker, command.tenant);
        decision = decideDeathRetraction(worker.status, worker.history, command.claimId);
        if (decision.kind !== 'restore') return [];
        const events = worker.retractDeath({
          actor: SYSTEM_ACTORS.claims,
          at: this.clock.now().toISOString(),
          claimId: command.claimId,
          reasonCode: command.reasonCode,
        });
        return toOutboxEvents(events, command.origin);
      },
      transaction,
    );
    return decision;
  }
}
