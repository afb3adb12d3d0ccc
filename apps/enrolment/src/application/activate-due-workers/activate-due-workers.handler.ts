import { randomUUID } from 'node:crypto';
import { Clock } from '../ports/clock';
import { WorkerRepository } from '../ports/worker.repository';
import { SYSTEM_ACTORS } from '../shared/system-actors';
import { toOutboxEvents } from '../shared/worker-events.mapper';

export const COVERAGE_STARTED = 'coverage started';

/** Workers activated per transaction. */
const BATCH = 500;

/**
 * Activates every pending worker whose coverage start (the later of the PKS coverage start and the
 * enrolment date) has come, effective on that date, publishing WorkerStatusChanged pending → active.
 * Runs at boot and then periodically (ActivationScheduler), so a worker enrolled ahead of the PKS
 * coverage start becomes active on the day even if the service was down then.
 */
export class ActivateDueWorkersHandler {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<number> {
    const today = this.clock.today();
    const runId = randomUUID();
    const origin = { correlationId: runId, causationId: runId };
    let activated = 0;
    for (;;) {
      const at = this.clock.now().toISOString();
      const count = await this.workers.updatePendingDue(today, BATCH, (worker) =>
        toOutboxEvents(
          worker.activate({
            actor: SYSTEM_ACTORS.enrolment,
            at,
            effectiveDate: worker.coverageStartDate,
            reason: COVERAGE_STARTED,
          }),
          origin,
        ),
      );
      activated += count;
      if (count < BATCH) return activated;
    }
  }
}
