import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkerProjection1764000000101 implements MigrationInterface {
  name = 'WorkerProjection1764000000101';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE worker_projection (
        worker_id uuid PRIMARY KEY,
        sponsor_id uuid NOT NULL,
        tenant text NOT NULL,
        status text NOT NULL,
        declared_monthly_income bigint NOT NULL,
        coverage_start_date date NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX worker_projection_sponsor_status ON worker_projection (sponsor_id, status)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE worker_projection`);
  }
}
