import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The worker's BPJS membership before Jaring, from enrolment's events (RULES.md §3–4). */
export class PriorMembershipOnMembers1765800000100 implements MigrationInterface {
  name = 'PriorMembershipOnMembers1765800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE member ADD COLUMN prior_membership_start date, ADD COLUMN prior_months_paid integer`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE member DROP COLUMN prior_membership_start, DROP COLUMN prior_months_paid`);
  }
}
