import type { MigrationInterface, QueryRunner } from 'typeorm';

export const POLEWALI_MANDAR_SPONSOR_ID = '9d1e2f30-4a5b-4c6d-8e7f-a0b1c2d3e4f5';

export class Workers1764000000001 implements MigrationInterface {
  name = 'Workers1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sponsor (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        region_code text NOT NULL UNIQUE,
        coverage_start_date date NOT NULL
      )`);
    // The first sponsor: PKS signed 16 May 2025, coverage from 6 Oct 2025 (RULES.md).
    await queryRunner.query(
      `INSERT INTO sponsor (id, name, region_code, coverage_start_date) VALUES ($1, 'Pemkab Polewali Mandar', '76.04', '2025-10-06')`,
      [POLEWALI_MANDAR_SPONSOR_ID],
    );
    await queryRunner.query(`
      CREATE TABLE worker (
        id uuid PRIMARY KEY,
        sponsor_id uuid NOT NULL REFERENCES sponsor (id),
        tenant text NOT NULL,
        nik char(16) NOT NULL UNIQUE,
        full_name text NOT NULL,
        birth_date date NOT NULL,
        sex char(1) NOT NULL CHECK (sex IN ('M', 'F')),
        desa_code text NOT NULL,
        occupation text NOT NULL,
        declared_monthly_income bigint NOT NULL CHECK (declared_monthly_income > 0),
        enrolment_date date NOT NULL,
        coverage_start_date date NOT NULL,
        status text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE worker`);
    await queryRunner.query(`DROP TABLE sponsor`);
  }
}
