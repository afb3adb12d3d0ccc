import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The billing model on top of the walking skeleton's worker projection: sponsor accounts, billing
 * runs (with progress), invoices and their lines, payments and their allocations, and the records
 * that make lapses and arrears warnings happen once.
 *
 * Money is whole rupiah in bigint columns. invoice_line has no foreign key and only the indexes it
 * needs: it takes a million rows in one billing run, and every index or trigger costs on each row.
 */
export class BillingModel1764000000102 implements MigrationInterface {
  name = 'BillingModel1764000000102';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE worker_projection
        ADD COLUMN status_effective_date date,
        ADD COLUMN ended_on date,
        ADD COLUMN death_date date,
        ADD COLUMN suspended_from date`);
    // Deaths confirmed by claims, kept even when the worker is not in the projection yet: the two
    // come on different topics, in no guaranteed order.
    await queryRunner.query(`
      CREATE TABLE confirmed_death (
        worker_id uuid PRIMARY KEY,
        date_of_death date NOT NULL,
        claim_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The billing run walks one sponsor's workers in worker id order (keyset chunks).
    await queryRunner.query(
      `CREATE INDEX worker_projection_sponsor_worker ON worker_projection (sponsor_id, worker_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE sponsor_account (
        sponsor_id uuid PRIMARY KEY,
        tenant text NOT NULL,
        sponsor_type text NOT NULL CHECK (sponsor_type IN ('APBD', 'APBN', 'SELF', 'OTHER')),
        name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE billing_run (
        id uuid PRIMARY KEY,
        sponsor_id uuid NOT NULL,
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        status text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
        trigger text NOT NULL CHECK (trigger IN ('api', 'schedule')),
        requested_by text NOT NULL,
        workers_expected integer,
        lines_written integer NOT NULL DEFAULT 0,
        invoice_id uuid,
        outcome text CHECK (outcome IN ('issued', 'nothing-to-bill')),
        error text,
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        CONSTRAINT billing_run_once_per_sponsor_month UNIQUE (sponsor_id, month)
      )`);

    await queryRunner.query(`
      CREATE TABLE invoice (
        id uuid PRIMARY KEY,
        invoice_number text NOT NULL UNIQUE,
        sponsor_id uuid NOT NULL,
        tenant text NOT NULL,
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        status text NOT NULL CHECK (status IN ('generating', 'issued')),
        rule_set_id text NOT NULL,
        sponsor_type text NOT NULL,
        due_date date NOT NULL,
        line_count integer NOT NULL DEFAULT 0,
        jkk_total bigint NOT NULL DEFAULT 0,
        jkm_total bigint NOT NULL DEFAULT 0,
        total bigint NOT NULL DEFAULT 0,
        paid_amount bigint NOT NULL DEFAULT 0,
        covered_lines integer NOT NULL DEFAULT 0,
        payment_status text NOT NULL DEFAULT 'unpaid' CHECK (payment_status IN ('unpaid', 'partially-paid', 'paid')),
        created_at timestamptz NOT NULL,
        issued_at timestamptz,
        CONSTRAINT invoice_once_per_sponsor_month UNIQUE (sponsor_id, month),
        CONSTRAINT invoice_paid_within_total CHECK (paid_amount >= 0 AND (status = 'generating' OR paid_amount <= total)),
        CONSTRAINT invoice_covered_within_lines CHECK (covered_lines >= 0 AND covered_lines <= line_count)
      )`);
    await queryRunner.query(`CREATE INDEX invoice_open ON invoice (sponsor_id, month) WHERE payment_status <> 'paid'`);

    // One line per worker per invoice, numbered in worker id order; cumulative_amount is the running
    // total up to and including the line, so "which lines does the paid amount cover" is a range.
    await queryRunner.query(`
      CREATE TABLE invoice_line (
        invoice_id uuid NOT NULL,
        worker_id uuid NOT NULL,
        line_no integer NOT NULL,
        declared_income bigint NOT NULL,
        jkk bigint NOT NULL,
        jkm bigint NOT NULL,
        amount bigint NOT NULL,
        cumulative_amount bigint NOT NULL,
        PRIMARY KEY (invoice_id, worker_id)
      )`);
    await queryRunner.query(`CREATE INDEX invoice_line_worker ON invoice_line (worker_id)`);

    await queryRunner.query(`
      CREATE TABLE payment (
        id uuid PRIMARY KEY,
        sequence bigserial NOT NULL UNIQUE,
        idempotency_key text NOT NULL UNIQUE,
        request_hash text NOT NULL,
        sponsor_id uuid NOT NULL,
        tenant text NOT NULL,
        source text NOT NULL CHECK (source IN ('api', 'bank-statement')),
        amount bigint NOT NULL CHECK (amount > 0),
        paid_at timestamptz NOT NULL,
        invoice_id uuid,
        bank_reference text,
        description text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        allocated_amount bigint NOT NULL DEFAULT 0,
        status text NOT NULL DEFAULT 'recorded' CHECK (status IN ('recorded', 'reversed')),
        reversal_reason text,
        reversed_by text,
        reversed_at timestamptz,
        first_result jsonb,
        CONSTRAINT payment_allocated_within_amount CHECK (allocated_amount >= 0 AND allocated_amount <= amount)
      )`);
    await queryRunner.query(
      `CREATE INDEX payment_sponsor_credit ON payment (sponsor_id, paid_at) WHERE status = 'recorded' AND allocated_amount < amount`,
    );
    await queryRunner.query(`CREATE INDEX payment_sponsor ON payment (sponsor_id, recorded_at)`);

    await queryRunner.query(`
      CREATE TABLE payment_allocation (
        id bigserial PRIMARY KEY,
        payment_id uuid NOT NULL REFERENCES payment (id),
        invoice_id uuid NOT NULL REFERENCES invoice (id),
        amount bigint NOT NULL CHECK (amount > 0),
        paid_before bigint NOT NULL,
        allocated_at timestamptz NOT NULL,
        reversed_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX payment_allocation_payment ON payment_allocation (payment_id)`);
    await queryRunner.query(`CREATE INDEX payment_allocation_invoice ON payment_allocation (invoice_id)`);

    await queryRunner.query(`
      CREATE TABLE membership_lapse (
        worker_id uuid NOT NULL,
        lapsed_from_month text NOT NULL,
        sponsor_id uuid NOT NULL,
        consecutive_unpaid_months integer NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (worker_id, lapsed_from_month)
      )`);
    await queryRunner.query(`
      CREATE TABLE arrears_warning (
        sponsor_id uuid NOT NULL,
        first_unpaid_month text NOT NULL,
        consecutive_unpaid_months integer NOT NULL,
        workers_at_risk integer NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (sponsor_id, first_unpaid_month, consecutive_unpaid_months)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'arrears_warning',
      'membership_lapse',
      'payment_allocation',
      'payment',
      'invoice_line',
      'invoice',
      'billing_run',
      'sponsor_account',
      'confirmed_death',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP INDEX worker_projection_sponsor_worker`);
    await queryRunner.query(`
      ALTER TABLE worker_projection
        DROP COLUMN status_effective_date, DROP COLUMN ended_on, DROP COLUMN death_date, DROP COLUMN suspended_from`);
  }
}
