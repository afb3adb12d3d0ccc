import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GENESIS_HASH } from './audit-record';

/**
 * The service's append-only audit log and its chain head; every service includes this migration.
 * Append-only twice over: UPDATE, DELETE and TRUNCATE are revoked (the services run as a role that
 * does not own the table, docs/operations.md), and a trigger raises on them for anyone, the owner
 * included. A superuser can still disable the trigger: that is what `npm run audit:verify` and
 * the chain heads on Kafka catch.
 */
export class AuditTables1765700000000 implements MigrationInterface {
  name = 'AuditTables1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_log (
        seq bigint PRIMARY KEY CHECK (seq > 0),
        at timestamptz NOT NULL,
        actor_subject text NOT NULL,
        actor_roles text[] NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        from_status text,
        to_status text,
        before jsonb,
        after jsonb,
        request_id text,
        reason text,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL UNIQUE
      )`);
    await queryRunner.query(`CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, seq)`);
    await queryRunner.query(`
      CREATE TABLE audit_chain_head (
        id smallint PRIMARY KEY CHECK (id = 1),
        seq bigint NOT NULL,
        hash char(64) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, $1)`, [GENESIS_HASH]);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP TABLE audit_chain_head`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
  }
}

export const AUDIT_MIGRATIONS = [AuditTables1765700000000];
