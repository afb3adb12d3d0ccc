import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When enrolment last changed a worker's payout account (the WorkerUpdated that carried a new
 * one): an account changed shortly before approval is paid only once a second claims officer
 * confirms it. Unknown (NULL) for accounts given at registration and for rows from before.
 */
export class PayoutAccountChangedAt1765700000100 implements MigrationInterface {
  name = 'PayoutAccountChangedAt1765700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE member ADD COLUMN payout_account_changed_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE member DROP COLUMN payout_account_changed_at`);
  }
}
