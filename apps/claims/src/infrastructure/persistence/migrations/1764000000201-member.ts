import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Member1764000000201 implements MigrationInterface {
  name = 'Member1764000000201';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE member (
        worker_id uuid PRIMARY KEY,
        sponsor_id uuid NOT NULL,
        tenant text NOT NULL,
        nik char(16) NOT NULL UNIQUE,
        full_name text NOT NULL,
        birth_date date NOT NULL,
        status text NOT NULL,
        declared_monthly_income bigint NOT NULL,
        enrolment_date date NOT NULL,
        coverage_start_date date NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE member`);
  }
}
