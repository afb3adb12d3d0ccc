import type { ClaimStatus, LocalDate, Programme } from '../../domain';
import type { ClaimRecord } from './claim.store';
import type { AuditRow } from './claim.store';

export interface ClaimListFilter {
  status?: ClaimStatus;
  programme?: Programme;
  workerId?: string;
  /** The worker's NIK. */
  nik?: string;
  /** Part of the worker's name, any case. */
  workerName?: string;
  /** The claim id or its leading characters. */
  claimNumber?: string;
  /** Only claims whose payment deadline passed before this day and that are still unpaid. */
  overdueOn?: LocalDate;
  limit: number;
  offset: number;
}

/** An audit row as the log holds it: its place in the service's hash chain, the request and the hash. */
export interface StoredAuditRow extends AuditRow {
  id: number;
  requestId?: string;
  hash: string;
}

/** Queries for screens and metrics; no locks, no transaction of their own. */
export abstract class ClaimReads {
  abstract list(filter: ClaimListFilter): Promise<{ items: ClaimRecord[]; total: number }>;
  abstract audit(claimId: string): Promise<StoredAuditRow[]>;
  abstract countsByState(): Promise<Array<{ programme: Programme; status: ClaimStatus; count: number }>>;
  /** Marks unpaid claims whose deadline passed before `today` as breached (once); returns them. */
  abstract markSlaBreaches(today: LocalDate): Promise<Array<{ claimId: string; programme: Programme }>>;
}
