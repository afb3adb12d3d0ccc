import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A death can be retracted only by the claim that confirmed it, so the status history keeps the
 * claim of a death (and of its retraction). Deaths recorded before this change named their claim
 * only in the reason text, written by Worker.recordDeath: it is copied from there.
 */
export class DeathClaimOnStatusHistory1765400000110 implements MigrationInterface {
  name = 'DeathClaimOnStatusHistory1765400000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE worker_status_history ADD COLUMN claim_id uuid`);
    await queryRunner.query(`
      UPDATE worker_status_history
         SET claim_id = substring(reason FROM '^death confirmed by claim ([0-9a-fA-F-]{36})$')::uuid
       WHERE to_status = 'deceased' AND reason ~ '^death confirmed by claim [0-9a-fA-F-]{36}$'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE worker_status_history DROP COLUMN claim_id`);
  }
}
