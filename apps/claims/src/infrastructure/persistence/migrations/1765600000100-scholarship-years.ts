import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scholarship school years requested after a paid death claim (RULES.md §4: claimed per school
 * year), each paid as its own payout instruction. The partial unique index is the last guard of
 * "one payment per child and school year": only a year the bank refused may be requested again.
 */
export class ScholarshipYears1765600000100 implements MigrationInterface {
  name = 'ScholarshipYears1765600000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE scholarship_year (
        id uuid PRIMARY KEY,
        claim_id uuid NOT NULL REFERENCES claim (id),
        child_member_id text NOT NULL,
        school_year text NOT NULL CHECK (school_year ~ '^[0-9]{4}/[0-9]{4}$'),
        status text NOT NULL CHECK (status IN ('requested', 'payout-requested', 'paid', 'refused')),
        idempotency_key char(64) UNIQUE,
        record jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX scholarship_year_once_per_child ON scholarship_year (claim_id, child_member_id, school_year)
        WHERE status <> 'refused'`,
    );
    await queryRunner.query(`ALTER TABLE payout_instruction DROP CONSTRAINT payout_instruction_purpose_check`);
    await queryRunner.query(
      `ALTER TABLE payout_instruction ADD CONSTRAINT payout_instruction_purpose_check
        CHECK (purpose IN ('benefit', 'late-payment-compensation', 'scholarship'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE payout_instruction DROP CONSTRAINT payout_instruction_purpose_check`);
    await queryRunner.query(
      `ALTER TABLE payout_instruction ADD CONSTRAINT payout_instruction_purpose_check
        CHECK (purpose IN ('benefit', 'late-payment-compensation'))`,
    );
    await queryRunner.query(`DROP TABLE scholarship_year`);
  }
}
