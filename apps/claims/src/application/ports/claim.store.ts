import type { ClaimSnapshot, ClaimStatus, ClaimSummary } from '../../domain';
import type { ClaimDetails } from '../shared/claim-record';

/** A claim as stored: the aggregate's snapshot, the facts the domain does not model, and a version. */
export interface ClaimRecord {
  snapshot: ClaimSnapshot;
  details: ClaimDetails;
  version: number;
  /** When the claim was first found unpaid after its payment deadline (counted once). */
  slaBreachedAt?: string;
}

/** One row of the audit trail: who did what, when, why, and what changed. Never edited. */
export interface AuditRow {
  claimId: string;
  action: string;
  actorId: string;
  actorRoles: readonly string[];
  at: string;
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus;
  reason?: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** Claims inside a unit of work. */
export interface ClaimStore {
  /** `lock`: held until the unit of work ends, so concurrent changes to one claim queue up. */
  get(claimId: string, lock: boolean): Promise<ClaimRecord | undefined>;
  /** ConflictError DEATH_ALREADY_CLAIMED when another open death claim of the worker exists. */
  insert(record: ClaimRecord): Promise<void>;
  /** Stores `record` (its version already incremented); the same conflict as insert. */
  update(record: ClaimRecord): Promise<void>;
  summariesOfWorker(workerId: string): Promise<ClaimSummary[]>;
  appendAudit(rows: readonly AuditRow[]): Promise<void>;
}
