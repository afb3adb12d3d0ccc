import type { NewEvent } from '@jaring/messaging';
import type { KnownWorker, LocalDate, Worker, WorkerStatus } from '../../domain';
import type { Transaction } from './transaction';

/** What a list view shows of a worker: the NIK here is the full one; the API masks it. */
export interface WorkerSummary {
  readonly id: string;
  readonly tenant: string;
  readonly nik: string;
  readonly fullName: string;
  readonly birthDate: LocalDate;
  readonly sex: 'M' | 'F';
  readonly desaCode: string;
  readonly occupation: string;
  readonly status: WorkerStatus;
  readonly coverageStartDate: LocalDate;
  readonly flaggedAsProbableDuplicate: boolean;
}

export interface WorkerSearchCriteria {
  /** Exact, 16 digits. */
  readonly nik?: string;
  /** Case-insensitive prefix of the full name. */
  readonly namePrefix?: string;
  readonly desaCode?: string;
  readonly status?: WorkerStatus;
  readonly tenant?: string;
  /** Only workers flagged as probable duplicates (the review queue). */
  readonly flagged?: boolean;
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** Turns the events a Worker's command returned into outbox events; [] when nothing changed. */
export type WorkerChange = (worker: Worker) => NewEvent<object>[];

/**
 * Workers with their family and status history. Every write stores the state change and its
 * events (outbox) in one transaction.
 */
export abstract class WorkerRepository {
  /** Workers with this NIK or this duplicate key: what Worker.register judges against. */
  abstract findDuplicateCandidates(lookup: { nik: string; duplicateKey: string }): Promise<KnownWorker[]>;
  /**
   * Stores a new worker; DuplicateNikError (409) if the NIK was enrolled meanwhile. Runs in
   * `transaction` when given (its owner commits), else in its own.
   */
  abstract add(worker: Worker, events: NewEvent<object>[], transaction?: Transaction): Promise<void>;
  abstract findById(id: string): Promise<Worker | null>;
  /**
   * Loads the worker locked against concurrent changes, applies `change` and stores the result
   * with its events. Runs in `transaction` when given (its owner commits), else in its own.
   * Stamp the change's time inside `change`, under the lock: consumers keep a worker's latest
   * state by that time, so a change that waited for the lock must not carry an earlier one.
   * NotFoundError (WORKER_NOT_FOUND) when there is no such worker.
   */
  abstract update(id: string, change: WorkerChange, transaction?: Transaction): Promise<Worker>;
  /**
   * Applies `change` to at most `limit` pending workers whose coverage starts on or before `day`,
   * skipping rows another instance holds; returns how many it changed.
   */
  abstract updatePendingDue(day: LocalDate, limit: number, change: WorkerChange): Promise<number>;
  abstract search(criteria: WorkerSearchCriteria): Promise<Page<WorkerSummary>>;
}
