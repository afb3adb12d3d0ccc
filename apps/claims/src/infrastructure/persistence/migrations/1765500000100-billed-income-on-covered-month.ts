import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The declared income a covered month was billed at (CoverageGranted's `declaredIncomes`): JKK
 * benefits are computed from it (RULES.md §2). Months granted before billing published it keep
 * NULL, and their claims fall back to the income in effect on the incident date.
 */
export class BilledIncomeOnCoveredMonth1765500000100 implements MigrationInterface {
  name = 'BilledIncomeOnCoveredMonth1765500000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE covered_month ADD COLUMN declared_income bigint`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE covered_month DROP COLUMN declared_income`);
  }
}
