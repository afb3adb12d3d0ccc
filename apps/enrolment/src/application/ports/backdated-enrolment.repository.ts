import type { LocalDate } from '../../domain';
import type { RegisterWorkerCommand } from '../register-worker/register-worker.command';
import type { Transaction } from './transaction';

export type BackdatedEnrolmentStatus = 'pending-backdating-approval' | 'approved' | 'refused';

/** A registration dated before the enrolment window, waiting for (or decided by) an enrolment supervisor. */
export interface BackdatedEnrolment {
  readonly id: string;
  readonly tenant: string;
  readonly enrolmentDate: LocalDate;
  readonly registration: RegisterWorkerCommand['input'];
  /** Why the officer asks for the earlier date. */
  readonly requestReason: string;
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly status: BackdatedEnrolmentStatus;
  readonly decision?: { readonly by: string; readonly at: string; readonly reason: string };
  /** The worker enrolled on approval. */
  readonly workerId?: string;
}

export interface BackdatingDecision {
  readonly by: string;
  readonly at: string;
  readonly reason: string;
}

export abstract class BackdatedEnrolmentRepository {
  abstract add(request: BackdatedEnrolment): Promise<void>;
  /** Requests of the current tenant scope only. */
  abstract findById(id: string): Promise<BackdatedEnrolment | null>;
  abstract list(filter: {
    status?: BackdatedEnrolmentStatus;
    limit: number;
    offset: number;
  }): Promise<{ items: BackdatedEnrolment[]; total: number }>;
  /**
   * Records the approval and, in the same transaction, enrols the worker (`enrol` returns its id)
   * and audits the decision with its reason. ConflictError if the request was decided meanwhile.
   */
  abstract approve(
    id: string,
    decision: BackdatingDecision,
    enrol: (transaction: Transaction) => Promise<string>,
  ): Promise<BackdatedEnrolment>;
  /** Records the refusal and audits it. ConflictError if the request was decided meanwhile. */
  abstract refuse(id: string, decision: BackdatingDecision): Promise<BackdatedEnrolment>;
}
