import type { MigrationInterface, QueryRunner } from 'typeorm';
import { duplicateKey } from '../../../domain';
import { POLEWALI_MANDAR_SPONSOR_ID } from './1764000000001-workers';

/**
 * The full enrolment model on top of the walking skeleton's tables: sponsors with their
 * cooperation agreement (PKS), workers with address, KK, payout account and duplicate key, the
 * status history, family members (possible heirs), and bulk-import jobs with their row errors.
 */
export class EnrolmentModel1764000000002 implements MigrationInterface {
  name = 'EnrolmentModel1764000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.sponsors(queryRunner);
    await this.imports(queryRunner);
    await this.workers(queryRunner);
    await this.statusHistory(queryRunner);
    await this.family(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE family_member`);
    await queryRunner.query(`DROP TABLE worker_status_history`);
    for (const index of [
      'worker_name_prefix',
      'worker_desa',
      'worker_status',
      'worker_duplicate_key',
      'worker_due_activation',
      'worker_flagged',
    ]) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
    await queryRunner.query(`
      ALTER TABLE worker
        DROP CONSTRAINT worker_status_known, DROP CONSTRAINT worker_kk_complete, DROP CONSTRAINT worker_account_complete,
        DROP COLUMN address_line, DROP COLUMN phone, DROP COLUMN kk_number, DROP COLUMN kk_since,
        DROP COLUMN bank_code, DROP COLUMN account_number, DROP COLUMN account_holder,
        DROP COLUMN duplicate_key, DROP COLUMN probable_duplicate_of, DROP COLUMN import_id, DROP COLUMN updated_at`);
    await queryRunner.query(`DROP TABLE import_row_error`);
    await queryRunner.query(`DROP TABLE import_job`);
    await queryRunner.query(`
      ALTER TABLE sponsor
        DROP CONSTRAINT sponsor_coverage_after_signing,
        DROP COLUMN funding_source, DROP COLUMN pks_number, DROP COLUMN pks_signing_date,
        DROP COLUMN programmes, DROP COLUMN declared_income_basis, DROP COLUMN created_at`);
  }

  private async sponsors(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE sponsor
        ADD COLUMN funding_source text NOT NULL DEFAULT 'APBD' CHECK (funding_source IN ('APBD', 'APBN')),
        ADD COLUMN pks_number text,
        ADD COLUMN pks_signing_date date,
        ADD COLUMN programmes text[] NOT NULL DEFAULT '{JKK,JKM}' CHECK (programmes <@ '{JKK,JKM}' AND cardinality(programmes) > 0),
        ADD COLUMN declared_income_basis bigint NOT NULL DEFAULT 1000000 CHECK (declared_income_basis > 0),
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()`);
    // RULES.md: Polewali Mandar signed its PKS on 16 May 2025; coverage began 6 Oct 2025. The PKS
    // number is not public: an officer must record the real one (it is printed on invoices).
    await queryRunner.query(
      `UPDATE sponsor SET pks_number = 'UNCONFIRMED/76.04/2025-05-16', pks_signing_date = '2025-05-16' WHERE id = $1`,
      [POLEWALI_MANDAR_SPONSOR_ID],
    );
    await queryRunner.query(
      `UPDATE sponsor SET pks_number = 'UNCONFIRMED', pks_signing_date = coverage_start_date WHERE pks_number IS NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE sponsor
        ALTER COLUMN pks_number SET NOT NULL,
        ALTER COLUMN pks_signing_date SET NOT NULL,
        ALTER COLUMN funding_source DROP DEFAULT,
        ALTER COLUMN programmes DROP DEFAULT,
        ALTER COLUMN declared_income_basis DROP DEFAULT,
        ADD CONSTRAINT sponsor_coverage_after_signing CHECK (coverage_start_date >= pks_signing_date)`);
  }

  private async imports(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE import_job (
        id uuid PRIMARY KEY,
        sponsor_id uuid NOT NULL REFERENCES sponsor (id),
        tenant text NOT NULL,
        file_sha256 char(64) NOT NULL,
        file_format text NOT NULL CHECK (file_format IN ('csv', 'xlsx')),
        file_bytes integer NOT NULL,
        default_enrolment_date date,
        status text NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed')),
        total_rows integer,
        processed_rows integer NOT NULL DEFAULT 0,
        accepted_rows integer NOT NULL DEFAULT 0,
        rejected_rows integer NOT NULL DEFAULT 0,
        flagged_rows integer NOT NULL DEFAULT 0,
        warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
        failure_reason text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        -- Touched by the instance running or queueing the job; a stale one means that instance died.
        heartbeat_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The same file for the same sponsor is imported once; a failed job may be retried.
    await queryRunner.query(
      `CREATE UNIQUE INDEX import_job_same_file ON import_job (sponsor_id, file_sha256) WHERE status <> 'failed'`,
    );
    await queryRunner.query(`
      CREATE TABLE import_row_error (
        import_id uuid NOT NULL REFERENCES import_job (id),
        seq integer NOT NULL,
        row_number integer NOT NULL,
        field text NOT NULL,
        code text NOT NULL,
        message text NOT NULL,
        PRIMARY KEY (import_id, seq)
      )`);
  }

  private async workers(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE worker
        ADD COLUMN address_line text NOT NULL DEFAULT '',
        ADD COLUMN phone text,
        ADD COLUMN kk_number char(16),
        ADD COLUMN kk_since date,
        ADD COLUMN bank_code text,
        ADD COLUMN account_number text,
        ADD COLUMN account_holder text,
        ADD COLUMN duplicate_key text,
        ADD COLUMN probable_duplicate_of uuid[] NOT NULL DEFAULT '{}',
        -- Which import created the worker: provenance only. No foreign key: a check per row is a
        -- fifth of the cost of a bulk insert, and import jobs are never deleted.
        ADD COLUMN import_id uuid,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    // Rows written by the walking skeleton get their duplicate key from the same domain rule.
    const existing: { id: string; full_name: string; birth_date: string; desa_code: string }[] =
      await queryRunner.query(`SELECT id, full_name, birth_date::text AS birth_date, desa_code FROM worker`);
    if (existing.length > 0) {
      await queryRunner.query(
        `UPDATE worker SET duplicate_key = keyed.duplicate_key
           FROM unnest($1::uuid[], $2::text[]) AS keyed (id, duplicate_key) WHERE worker.id = keyed.id`,
        [
          existing.map((row) => row.id),
          existing.map((row) =>
            duplicateKey({ fullName: row.full_name, birthDate: row.birth_date, desaCode: row.desa_code }),
          ),
        ],
      );
    }
    await queryRunner.query(`
      ALTER TABLE worker
        ALTER COLUMN duplicate_key SET NOT NULL,
        ALTER COLUMN address_line DROP DEFAULT,
        ADD CONSTRAINT worker_status_known CHECK (status IN ('pending', 'active', 'suspended', 'terminated', 'deceased')),
        ADD CONSTRAINT worker_kk_complete CHECK ((kk_number IS NULL) = (kk_since IS NULL)),
        ADD CONSTRAINT worker_account_complete CHECK (
          (bank_code IS NULL AND account_number IS NULL AND account_holder IS NULL)
          OR (bank_code IS NOT NULL AND account_number IS NOT NULL AND account_holder IS NOT NULL))`);
    // Search: case-insensitive name prefix (LIKE 'abc%' on lower(full_name)), desa, status.
    await queryRunner.query(`CREATE INDEX worker_name_prefix ON worker (lower(full_name) text_pattern_ops)`);
    await queryRunner.query(`CREATE INDEX worker_desa ON worker (desa_code)`);
    await queryRunner.query(`CREATE INDEX worker_status ON worker (status)`);
    // Probable duplicates are looked up by this key (duplicate.rules.ts).
    await queryRunner.query(`CREATE INDEX worker_duplicate_key ON worker (duplicate_key)`);
    // The activation job scans only pending workers whose coverage has started.
    await queryRunner.query(
      `CREATE INDEX worker_due_activation ON worker (coverage_start_date) WHERE status = 'pending'`,
    );
    // The review queue: workers flagged as probable duplicates.
    await queryRunner.query(
      `CREATE INDEX worker_flagged ON worker (created_at) WHERE cardinality(probable_duplicate_of) > 0`,
    );
  }

  private async statusHistory(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE worker_status_history (
        id bigserial PRIMARY KEY,
        -- No foreign key: rows are written only by the worker repository, in the same transaction as
        -- their worker, and never deleted; the per-row check doubled the cost of bulk imports here.
        worker_id uuid NOT NULL,
        from_status text,
        to_status text NOT NULL,
        reason text NOT NULL,
        actor text NOT NULL,
        effective_date date NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX worker_status_history_worker ON worker_status_history (worker_id, id)`);
    await queryRunner.query(`
      INSERT INTO worker_status_history (worker_id, from_status, to_status, reason, actor, effective_date, recorded_at)
      SELECT id, NULL, status, 'recorded before the status history was kept', 'system:migration', enrolment_date, created_at
        FROM worker`);
  }

  private async family(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE family_member (
        id uuid PRIMARY KEY,
        worker_id uuid NOT NULL REFERENCES worker (id),
        position integer NOT NULL,
        relationship text NOT NULL
          CHECK (relationship IN ('spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'parent-in-law')),
        nik char(16) NOT NULL,
        full_name text NOT NULL,
        birth_date date NOT NULL,
        sex char(1) NOT NULL CHECK (sex IN ('M', 'F')),
        married boolean,
        working boolean,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (worker_id, nik)
      )`);
    // Claims looks heirs up by NIK.
    await queryRunner.query(`CREATE INDEX family_member_nik ON family_member (nik)`);
  }
}
