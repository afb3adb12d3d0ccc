import { ConflictError } from '@jaring/kernel';

/** Wire values (events, database): never rename. */
export const WORKER_STATUSES = ['pending', 'active', 'suspended', 'terminated', 'deceased'] as const;
export type WorkerStatus = (typeof WORKER_STATUSES)[number];

/**
 * The worker lifecycle:
 *   pending    enrolled, coverage not started yet (waits for the PKS coverage start or enrolment date)
 *   active     covered
 *   suspended  membership lapsed after unpaid contributions (billing); reactivated when paid
 *   terminated left the programme (also a pending enrolment withdrawn before coverage)
 *   deceased   death confirmed by a claim (a death may be confirmed for a lapsed worker too)
 * Terminated and deceased are terminal: nothing leaves them, except that a death disproved by the
 * claim that confirmed it is undone (death-retraction.rules.ts): a correction, not a transition.
 */
const ALLOWED_TRANSITIONS: Readonly<Record<WorkerStatus, readonly WorkerStatus[]>> = {
  pending: ['active', 'terminated'],
  active: ['suspended', 'terminated', 'deceased'],
  suspended: ['active', 'terminated', 'deceased'],
  terminated: [],
  deceased: [],
};

export function isTerminal(status: WorkerStatus): boolean {
  return ALLOWED_TRANSITIONS[status].length === 0;
}

export function canTransition(from: WorkerStatus, to: WorkerStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

/** A status change the lifecycle forbids (409): WORKER_STATUS_TERMINAL from a terminal state, else WORKER_TRANSITION_ILLEGAL. */
export class IllegalTransitionError extends ConflictError {
  constructor(from: WorkerStatus, to: WorkerStatus) {
    super(
      isTerminal(from) ? 'WORKER_STATUS_TERMINAL' : 'WORKER_TRANSITION_ILLEGAL',
      isTerminal(from)
        ? `the worker is ${from}, which is final; it cannot become ${to}`
        : `a worker who is ${from} cannot become ${to}; allowed: ${ALLOWED_TRANSITIONS[from].join(', ')}`,
      'status',
      { from, to },
    );
  }
}

/** A change to the details of a worker who is terminated or deceased (409). */
export class WorkerClosedError extends ConflictError {
  constructor(status: WorkerStatus) {
    super('WORKER_STATUS_TERMINAL', `the worker is ${status}; their details can no longer change`, 'status', {
      status,
    });
  }
}
