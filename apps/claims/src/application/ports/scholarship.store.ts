import type { ScholarshipYear } from '../../domain';

/** Scholarship school years inside a unit of work. */
export interface ScholarshipStore {
  /** ConflictError SCHOLARSHIP_YEAR_ALREADY_CLAIMED when the child's year is already claimed. */
  insert(year: ScholarshipYear): Promise<void>;
  get(claimId: string, id: string, lock: boolean): Promise<ScholarshipYear | undefined>;
  byPayoutKey(idempotencyKey: string, lock: boolean): Promise<ScholarshipYear | undefined>;
  ofClaim(claimId: string): Promise<ScholarshipYear[]>;
  update(year: ScholarshipYear): Promise<void>;
}
