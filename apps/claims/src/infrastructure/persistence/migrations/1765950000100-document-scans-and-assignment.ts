import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Scans of checklist documents (the PostgreSQL scan storage) and whose work queue a claim is in. */
export class DocumentScansAndAssignment1765950000100 implements MigrationInterface {
  name = 'DocumentScansAndAssignment1765950000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE document_scan (
        id uuid PRIMARY KEY,
        tenant text NOT NULL,
        claim_id uuid NOT NULL REFERENCES claim (id),
        content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX document_scan_claim ON document_scan (claim_id)`);
    await queryRunner.query(`ALTER TABLE claim ADD COLUMN assigned_to text`);
    await queryRunner.query(
      `UPDATE claim SET assigned_to = details #>> '{assignment,officerId}' WHERE details ? 'assignment'`,
    );
    await queryRunner.query(`CREATE INDEX claim_assigned_to ON claim (assigned_to, tenant)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE claim DROP COLUMN assigned_to`);
    await queryRunner.query(`DROP TABLE document_scan`);
  }
}
