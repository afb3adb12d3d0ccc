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
  /** Only claims in this officer's queue (their token subject); null: only unassigned claims. */
  assignedTo?: string | null;
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

/** Claims with a payment deadline of one programme, judged against it (RULES.md §2–3: 7 / 3 working days). */
export interface DeadlineStanding {
  programme: Programme;
  openOnTime: number;
  openOverdue: number;
  paidOnTime: number;
  paidLate: number;
}

/** Benefits the bank confirmed as paid in one month (YYYY-MM, regency time). */
export interface PayoutMonth {
  month: string;
  payouts: number;
  amount: number;
}

/** Queries for screens and metrics; no locks, no transaction of their own. */
export abstract class ClaimReads {
  abstract list(filter: ClaimListFilter): Promise<{ items: ClaimRecord[]; total: number }>;
  abstract audit(claimId: string): Promise<StoredAuditRow[]>;
  /** Every regency's counts (the metrics), or the caller's tenant scope (`scoped`, the dashboard). */
  abstract countsByState(
    scoped?: boolean,
  ): Promise<Array<{ programme: Programme; status: ClaimStatus; count: number }>>;
  abstract deadlineStanding(today: LocalDate): Promise<DeadlineStanding[]>;
  /** Confirmed transfers per month from `fromMonth` (YYYY-MM) on, months counted at `utcOffsetMinutes`. */
  abstract payoutsPerMonth(fromMonth: string, utcOffsetMinutes: number): Promise<PayoutMonth[]>;
  /** Marks unpaid claims whose deadline passed before `today` as breached (once); returns them. */
  abstract markSlaBreaches(today: LocalDate): Promise<Array<{ claimId: string; programme: Programme }>>;
}
