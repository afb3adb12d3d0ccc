import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An uploaded file is kept in parts of about 1 MiB instead of one bytea value: the import reads it
 * part by part (a 100,000-row list read back whole was held three times over: the protocol
 * message, its hex text and the Buffer). `parts` and `bytes` are written with the last part, in the
 * same transaction, so a reader knows how many parts to expect.
 */
export class ImportFileParts1765600000200 implements MigrationInterface {
  name = 'ImportFileParts1765600000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE import_file_part (
        import_id uuid NOT NULL REFERENCES import_file (import_id) ON DELETE CASCADE,
        part_no integer NOT NULL,
        content bytea NOT NULL,
        PRIMARY KEY (import_id, part_no)
      )`);
    await queryRunner.query(`ALTER TABLE import_file ADD COLUMN parts integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE import_file ADD COLUMN bytes bigint NOT NULL DEFAULT 0`);
    // Files of imports still waiting for their jobs become one part each.
    await queryRunner.query(
      `INSERT INTO import_file_part (import_id, part_no, content) SELECT import_id, 0, content FROM import_file`,
    );
    await queryRunner.query(`UPDATE import_file SET bytes = octet_length(content)`);
    await queryRunner.query(`ALTER TABLE import_file DROP COLUMN content`);
    await queryRunner.query(`ALTER TABLE import_file ALTER COLUMN parts DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE import_file ALTER COLUMN bytes DROP DEFAULT`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_file ADD COLUMN content bytea`);
    await queryRunner.query(
      `UPDATE import_file f SET content = (SELECT string_agg(p.content, ''::bytea ORDER BY p.part_no)
                                             FROM import_file_part p WHERE p.import_id = f.import_id)`,
    );
    await queryRunner.query(`ALTER TABLE import_file ALTER COLUMN content SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE import_file DROP COLUMN parts, DROP COLUMN bytes`);
    await queryRunner.query(`DROP TABLE import_file_part`);
  }
}
