import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Backdated enrolments (issue 20 §2): a registration dated before the window waits here for an
 * enrolment supervisor's approval or refusal, each with its reason; an import uploaded by a
 * supervisor as backdated keeps that approval's reason.
 */
export class BackdatedEnrolments1765700000100 implements MigrationInterface {
  name = 'BackdatedEnrolments1765700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_job ADD COLUMN backdating_reason text`);
    await queryRunner.query(`
      CREATE TABLE backdated_enrolment (
        id uuid PRIMARY KEY,
        tenant text NOT NULL,
        enrolment_date date NOT NULL,
        registration jsonb NOT NULL,
        request_reason text NOT NULL,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('pending-backdating-approval', 'approved', 'refused')),
        decided_by text,
        decided_at timestamptz,
        decision_reason text,
        worker_id uuid,
        CONSTRAINT backdated_enrolment_decided CHECK (
          (status = 'pending-backdating-approval' AND decided_by IS NULL)
          OR (status <> 'pending-backdating-approval' AND decided_by IS NOT NULL AND decision_reason IS NOT NULL)),
        CONSTRAINT backdated_enrolment_maker_checker CHECK (decided_by IS NULL OR decided_by <> requested_by)
      )`);
    await queryRunner.query(
      `CREATE INDEX backdated_enrolment_queue ON backdated_enrolment (tenant, status, requested_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE backdated_enrolment`);
    await queryRunner.query(`ALTER TABLE import_job DROP COLUMN backdating_reason`);
  }
}
