import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The claims model: the rest of the membership projection (status history, income history,
 * payout account), families (heirs), paid coverage months, claims with their audit trail, and the
 * payout instructions the worker sends to the bank.
 */
export class ClaimsModel1764000000202 implements MigrationInterface {
  name = 'ClaimsModel1764000000202';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE member
        ADD COLUMN sex char(1),
        ADD COLUMN payout_bank_code text,
        ADD COLUMN payout_account_number text,
        ADD COLUMN payout_holder_name text,
        ADD COLUMN terminated_on date,
        ADD COLUMN deceased_on date,
        ADD COLUMN status_changed_at timestamptz`);
    await queryRunner.query(`
      CREATE TABLE member_status_history (
        event_id uuid PRIMARY KEY,
        worker_id uuid NOT NULL,
        from_status text NOT NULL,
        to_status text NOT NULL,
        effective_date date NOT NULL,
        reason text NOT NULL,
        actor text NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX member_status_history_worker ON member_status_history (worker_id, effective_date)`,
    );
    await queryRunner.query(`
      CREATE TABLE member_income (
        worker_id uuid NOT NULL,
        effective_from date NOT NULL,
        declared_monthly_income bigint NOT NULL,
        PRIMARY KEY (worker_id, effective_from)
      )`);
    await queryRunner.query(`
      CREATE TABLE family_snapshot (
        worker_id uuid PRIMARY KEY,
        kk_number char(16) NOT NULL,
        occurred_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE family_member (
        worker_id uuid NOT NULL,
        member_id uuid NOT NULL,
        relationship text NOT NULL,
        nik char(16) NOT NULL,
        full_name text NOT NULL,
        birth_date date NOT NULL,
        sex char(1) NOT NULL,
        married boolean,
        working boolean,
        PRIMARY KEY (worker_id, member_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE covered_month (
        worker_id uuid NOT NULL,
        month char(7) NOT NULL,
        invoice_id uuid NOT NULL,
        sponsor_id uuid NOT NULL,
        paid_at timestamptz NOT NULL,
        PRIMARY KEY (worker_id, month, invoice_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE claim (
        id uuid PRIMARY KEY,
        tenant text NOT NULL,
        worker_id uuid NOT NULL,
        programme text NOT NULL CHECK (programme IN ('JKK', 'JKM')),
        status text NOT NULL,
        is_death boolean NOT NULL,
        incident_date date NOT NULL,
        reported_at timestamptz NOT NULL,
        payment_due_on date,
        paid_on date,
        resolution text,
        sla_breached_at timestamptz,
        snapshot jsonb NOT NULL,
        details jsonb NOT NULL,
        version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One death, one payment (RULES.md §3): at most one death claim per worker that is not rejected,
    // across JKK and JKM. The use cases check first; this makes two officers racing lose one of them.
    await queryRunner.query(`
      CREATE UNIQUE INDEX claim_one_death_per_worker ON claim (worker_id)
        WHERE is_death AND status <> 'rejected' AND resolution IS DISTINCT FROM 'rejected'`);
    await queryRunner.query(`CREATE INDEX claim_worker ON claim (worker_id)`);
    await queryRunner.query(`CREATE INDEX claim_status ON claim (status, programme)`);
    await queryRunner.query(`CREATE INDEX claim_unpaid_due ON claim (payment_due_on) WHERE paid_on IS NULL`);
    await queryRunner.query(`
      CREATE TABLE claim_audit (
        id bigserial PRIMARY KEY,
        claim_id uuid NOT NULL REFERENCES claim (id),
        action text NOT NULL,
        actor_id text NOT NULL,
        actor_roles text[] NOT NULL,
        at timestamptz NOT NULL,
        reason text,
        from_status text,
        to_status text NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await queryRunner.query(`CREATE INDEX claim_audit_claim ON claim_audit (claim_id, id)`);
    await queryRunner.query(`
      CREATE TABLE payout_instruction (
        idempotency_key char(64) PRIMARY KEY,
        claim_id uuid NOT NULL REFERENCES claim (id),
        tenant text NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('benefit', 'late-payment-compensation')),
        payee_id text NOT NULL,
        payee_name text NOT NULL,
        component_code text NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        rule text NOT NULL,
        bank_code text NOT NULL,
        account_number text NOT NULL,
        account_holder text NOT NULL,
        status text NOT NULL CHECK (status IN ('requested', 'sent', 'confirmed', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        last_error text,
        bank_reference text,
        completed_at timestamptz,
        failure_reason text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX payout_instruction_due ON payout_instruction (next_attempt_at) WHERE status IN ('requested', 'sent')`,
    );
    await queryRunner.query(`CREATE INDEX payout_instruction_claim ON payout_instruction (claim_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'payout_instruction',
      'claim_audit',
      'claim',
      'covered_month',
      'family_member',
      'family_snapshot',
      'member_income',
      'member_status_history',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`
      ALTER TABLE member DROP COLUMN sex, DROP COLUMN payout_bank_code, DROP COLUMN payout_account_number,
        DROP COLUMN payout_holder_name, DROP COLUMN terminated_on, DROP COLUMN deceased_on, DROP COLUMN status_changed_at`);
  }
}
