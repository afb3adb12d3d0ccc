import { ConflictError } from '@jaring/kernel';
import { isUniqueViolation } from '@jaring/persistence';
import type { EntityManager } from 'typeorm';
import type { ScholarshipStore } from '../../application/ports/scholarship.store';
import type { ScholarshipYear } from '../../domain';
import { ONE_SCHOLARSHIP_PER_CHILD_YEAR_INDEX } from './postgres-errors';

/** Scholarship years: the record as JSON, with the columns the constraints and lookups need. */
export class SqlScholarshipStore implements ScholarshipStore {
  constructor(private readonly manager: EntityManager) {}

  async insert(year: ScholarshipYear): Promise<void> {
    try {
      await this.manager.query(
        `INSERT INTO scholarship_year (id, claim_id, child_member_id, school_year, status, idempotency_key, record, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          year.id,
          year.claimId,
          year.childId,
          year.schoolYear,
          year.status,
          year.payout?.idempotencyKey ?? null,
          JSON.stringify(year),
          year.requestedAt,
        ],
      );
    } catch (error) {
      if (isUniqueViolation(error, ONE_SCHOLARSHIP_PER_CHILD_YEAR_INDEX)) {
        throw new ConflictError(
          'SCHOLARSHIP_YEAR_ALREADY_CLAIMED',
          `School year ${year.schoolYear} of this child is already claimed`,
          'schoolYear',
        );
      }
      throw error;
    }
  }

  async get(claimId: string, id: string, lock: boolean): Promise<ScholarshipYear | undefined> {
    return this.one(`claim_id = $1 AND id = $2`, [claimId, id], lock);
  }

  async byPayoutKey(idempotencyKey: string, lock: boolean): Promise<ScholarshipYear | undefined> {
    return this.one(`idempotency_key = $1`, [idempotencyKey], lock);
  }

  async ofClaim(claimId: string): Promise<ScholarshipYear[]> {
    const rows: Array<{ record: ScholarshipYear }> = await this.manager.query(
      `SELECT record FROM scholarship_year WHERE claim_id = $1 ORDER BY created_at, id`,
      [claimId],
    );
    return rows.map((row) => row.record);
  }

  async update(year: ScholarshipYear): Promise<void> {
    await this.manager.query(
      `UPDATE scholarship_year SET status = $2, idempotency_key = $3, record = $4, updated_at = now() WHERE id = $1`,
      [year.id, year.status, year.payout?.idempotencyKey ?? null, JSON.stringify(year)],
    );
  }

  private async one(where: string, parameters: unknown[], lock: boolean): Promise<ScholarshipYear | undefined> {
    const rows: Array<{ record: ScholarshipYear }> = await this.manager.query(
      `SELECT record FROM scholarship_year WHERE ${where} ${lock ? 'FOR UPDATE' : ''}`,
      parameters,
    );
    return rows[0]?.record;
  }
}
