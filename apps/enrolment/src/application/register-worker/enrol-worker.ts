import {
  isAfter,
  Worker,
  type Attribution,
  type LocalDate,
  type RegisterValidatedParams,
  type RegisterWorkerParams,
  type WorkerEvent,
} from '../../domain';

/** Status-history reason when a worker is covered from the moment of enrolment. */
export const COVERAGE_STARTED_AT_ENROLMENT = 'coverage started (PKS coverage start or enrolment date already reached)';

/**
 * Enrols one worker (single registration and bulk import alike). Worker.register always records
 * the worker as pending; when the coverage start (the later of the PKS coverage start and the
 * enrolment date) is today or earlier, the worker is activated in the same unit of work, effective
 * on the coverage start. Both steps are kept in the status history, but only the registration is
 * published: its snapshot carries the committed status (active), and no other service ever saw the
 * worker pending, so a separate WorkerStatusChanged would announce a state nobody could observe.
 * Workers whose coverage starts later stay pending; ActivateDueWorkers activates them on the day,
 * publishing WorkerStatusChanged pending → active.
 */
export function enrolWorker(params: RegisterWorkerParams, today: LocalDate): Enrolment {
  return activateIfCovered(Worker.register(params), params, today);
}

/** As enrolWorker, for a registration already validated under the same context (bulk imports). */
export function enrolValidatedWorker(params: RegisterValidatedParams, today: LocalDate): Enrolment {
  return activateIfCovered(Worker.registerValidated(params), params, today);
}

export interface Enrolment {
  readonly worker: Worker;
  readonly events: WorkerEvent[];
}

function activateIfCovered(enrolment: Enrolment, by: Attribution, today: LocalDate): Enrolment {
  const { worker, events } = enrolment;
  if (isAfter(worker.coverageStartDate, today)) return enrolment;
  worker.activate({
    actor: by.actor,
    at: by.at,
    effectiveDate: worker.coverageStartDate,
    reason: COVERAGE_STARTED_AT_ENROLMENT,
  });
  const status = worker.status;
  return {
    worker,
    events: events.map((event) =>
      event.type === 'WorkerRegistered' ? { ...event, worker: { ...event.worker, status } } : event,
    ),
  };
}
