import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports survive the process that runs them: the uploaded file is kept until its job ends, each
 * committed batch is recorded (a resumed job skips it), and the attempt working on a job fences off
 * an older one that is still alive (a replica that lost its heartbeat). The heartbeat column of
 * the in-process queue is gone: the job queue (pg-boss) watches the workers now.
 */
export class DurableImports1765600000100 implements MigrationInterface {
  name = 'DurableImports1765600000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE import_file (
        import_id uuid PRIMARY KEY REFERENCES import_job (id) ON DELETE CASCADE,
        format text NOT NULL,
        content bytea NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE import_batch (
        import_id uuid NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
        batch_no integer NOT NULL,
        committed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (import_id, batch_no)
      )`);
    await queryRunner.query(`ALTER TABLE import_job ADD COLUMN attempt integer NOT NULL DEFAULT -1`);
    await queryRunner.query(`ALTER TABLE import_job DROP COLUMN heartbeat_at`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_job ADD COLUMN heartbeat_at timestamptz NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE import_job DROP COLUMN attempt`);
    await queryRunner.query(`DROP TABLE import_batch`);
    await queryRunner.query(`DROP TABLE import_file`);
  }
}
