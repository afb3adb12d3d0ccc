import type { EventOrigin } from '@jaring/messaging';
import type { RegisterWorkerInput } from '../../domain';

/** The single registration of POST /v1/workers, as typed by an enrolment officer. */
export interface RegisterWorkerCommand {
  /** The sponsor's regency code: which Pemkab pays for this worker. */
  readonly tenant: string;
  readonly input: Omit<RegisterWorkerInput, 'declaredMonthlyIncome' | 'enrolmentDate'> & {
    /** Defaults to the sponsor's declared-income basis. */
    readonly declaredMonthlyIncome?: number;
    /** Defaults to today. */
    readonly enrolmentDate?: string;
  };
  /** The officer's subject id from the token. */
  readonly actor: string;
  /** An enrolment supervisor approved this registration's date before the window (ApproveBackdatedEnrolment). */
  readonly backdatingApproved?: boolean;
  readonly origin: EventOrigin;
}
