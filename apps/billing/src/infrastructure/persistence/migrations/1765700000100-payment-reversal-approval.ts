import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Four eyes on reversals: a reversal is first requested (reason, by whom, when) and takes effect
 * only when a second finance user approves it; reversed_by is then the approver.
 */
export class PaymentReversalApproval1765700000100 implements MigrationInterface {
  name = 'PaymentReversalApproval1765700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE payment ADD COLUMN reversal_requested_by text, ADD COLUMN reversal_requested_at timestamptz`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE payment DROP COLUMN reversal_requested_by, DROP COLUMN reversal_requested_at`);
  }
}
