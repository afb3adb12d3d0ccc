import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A worker's BPJS Ketenagakerjaan membership before Jaring (RULES.md §3–4): when it started, the
 * months already paid and the document that proves it. All three or none.
 */
export class PriorMembership1765500000120 implements MigrationInterface {
  name = 'PriorMembership1765500000120';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE worker
        ADD COLUMN prior_membership_start date,
        ADD COLUMN prior_months_paid integer,
        ADD COLUMN prior_membership_proof text,
        ADD CONSTRAINT worker_prior_membership_complete CHECK (
          (prior_membership_start IS NULL AND prior_months_paid IS NULL AND prior_membership_proof IS NULL)
          OR (prior_membership_start IS NOT NULL AND prior_months_paid >= 0 AND prior_membership_proof IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE worker DROP CONSTRAINT worker_prior_membership_complete,
        DROP COLUMN prior_membership_start, DROP COLUMN prior_months_paid, DROP COLUMN prior_membership_proof`);
  }
}
