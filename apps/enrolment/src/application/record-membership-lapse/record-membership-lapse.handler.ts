import type { EventOrigin } from '@jaring/messaging';
import type { WorkerStatus } from '../../domain';
import { Clock } from '../ports/clock';
import type { Transaction } from '../ports/transaction';
import { WorkerRepository } from '../ports/worker.repository';
import { SYSTEM_ACTORS } from '../shared/system-actors';
import { assertSameTenant } from '../shared/tenant.guard';
import { toOutboxEvents } from '../shared/worker-events.mapper';

export interface RecordMembershipLapseCommand {
  readonly workerId: string;
  /** The tenant the event was published for: it must be the worker's. */
  readonly tenant: string;
  /** 'YYYY-MM': the first month no longer covered. */
  readonly lapsedFromMonth: string;
  readonly consecutiveUnpaidMonths: number;
  readonly origin: EventOrigin;
}

export type LapseOutcome = { readonly suspended: true } | { readonly suspended: false; readonly status: WorkerStatus };

/**
 * Billing decided the membership lapsed (RULES.md §1: more than 3 consecutive unpaid months):
 * an active worker is suspended from the first uncovered month. A worker who is not active is
 * left as is (already suspended, not yet covered, or gone); the outcome says so for the log.
 */
export class RecordMembershipLapseHandler {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly clock: Clock,
  ) {}

  async execute(command: RecordMembershipLapseCommand, transaction?: Transaction): Promise<LapseOutcome> {
    let outcome: LapseOutcome = { suspended: true };
    await this.workers.update(
      command.workerId,
      (worker) => {
        assertSameTenant(worker, command.tenant);
        if (worker.status !== 'active') {
          outcome = { suspended: false, status: worker.status };
          return [];
        }
        const events = worker.suspend({
          actor: SYSTEM_ACTORS.billing,
          at: this.clock.now().toISOString(),
          effectiveDate: `${command.lapsedFromMonth}-01`,
          reason: `membership lapsed: ${command.consecutiveUnpaidMonths} consecutive unpaid months from ${command.lapsedFromMonth}`,
        });
        return toOutboxEvents(events, command.origin);
      },
      transaction,
    );
    return outcome;
  }
}
