import type { RegencyCode } from '../regions/regency-codes.lookup';
import type { LocalDate } from '../shared/local-date.util';
import type { FamilyMember } from './family.rules';
import type { RegisterWorker } from './registration.types';
import type { WorkerStatus } from './worker-status.rules';

/**
 * The domain events a Worker's transitions return, as plain data. The application layer maps
 * each to its versioned contract in libs/contracts (WorkerRegisteredV1, ...) and writes it to the
 * outbox in the same transaction as the worker; `workerId` is the aggregate id and Kafka key.
 * They carry personal data (NIK, name, account) because claims need it: never log them.
 */
interface WorkerEventBase {
  readonly workerId: string;
  readonly tenant: RegencyCode;
  /** When it was recorded: UTC ISO-8601 instant from the clock port. */
  readonly occurredAt: string;
  /** Who caused it: an officer's user id, or a service such as 'system:billing'. */
  readonly actor: string;
}

/** The worker's current details, as every downstream service needs them. */
export interface WorkerDetails extends RegisterWorker {
  readonly workerId: string;
  readonly sponsorId: string;
  readonly tenant: RegencyCode;
  readonly coverageStartDate: LocalDate;
  readonly status: WorkerStatus;
}

export interface WorkerRegistered extends WorkerEventBase {
  readonly type: 'WorkerRegistered';
  readonly worker: WorkerDetails;
  /** True when another worker shares normalised name, birth date and desa: an officer must review. */
  readonly flaggedAsProbableDuplicate: boolean;
  readonly probableDuplicateOf: readonly string[];
}

export interface WorkerUpdated extends WorkerEventBase {
  readonly type: 'WorkerUpdated';
  readonly worker: WorkerDetails;
  /** Names of the RegisterWorker fields that changed, or 'probableDuplicateOf' after a review. */
  readonly changedFields: readonly string[];
}

export interface WorkerStatusChanged extends WorkerEventBase {
  readonly type: 'WorkerStatusChanged';
  readonly from: WorkerStatus;
  readonly to: WorkerStatus;
  /** The day the new status takes effect (e.g. the date of death), not when it was recorded. */
  readonly effectiveDate: LocalDate;
  readonly reason: string;
}

export interface FamilyChanged extends WorkerEventBase {
  readonly type: 'FamilyChanged';
  readonly kkNumber: string;
  /** The whole current family (possible heirs), so consumers replace rather than patch. */
  readonly members: readonly FamilyMember[];
  readonly change: { readonly kind: 'added' | 'updated' | 'removed'; readonly memberId: string };
}

export type WorkerEvent = WorkerRegistered | WorkerUpdated | WorkerStatusChanged | FamilyChanged;
