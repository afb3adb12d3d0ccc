import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supplementary invoices: a worker who becomes billable for a month after its main run (enrolled,
 * imported or re-activated later) is billed on a further invoice of that month.
 *
 * - billing_run gets a kind. The main run stays once per sponsor and month; supplementary runs are
 *   at most one a day per sponsor and month (requested_on), and at most one unfinished at a time
 *   (a failed one is resumed, never doubled). These are what make the scheduler idempotent across
 *   replicas: a second replica's insert conflicts and it picks up the existing run.
 * - invoice gets a kind; only the main invoice stays once per sponsor and month.
 * - invoice_line gets its month, and UNIQUE (worker_id, month): no worker is billed twice for a
 *   month, whichever invoice or sponsor (a worker moved between sponsors mid-month included). The
 *   new unique index serves the lookups by worker, so the old worker index goes.
 */
export class SupplementaryInvoices1765200000100 implements MigrationInterface {
  name = 'SupplementaryInvoices1765200000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE billing_run
        ADD COLUMN kind text NOT NULL DEFAULT 'main' CHECK (kind IN ('main', 'supplementary')),
        ADD COLUMN requested_on date,
        ADD CONSTRAINT billing_run_supplementary_requested_on CHECK (kind = 'main' OR requested_on IS NOT NULL),
        DROP CONSTRAINT billing_run_once_per_sponsor_month`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX billing_run_main_once_per_sponsor_month ON billing_run (sponsor_id, month) WHERE kind = 'main'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX billing_run_supplementary_once_a_day ON billing_run (sponsor_id, month, requested_on)
        WHERE kind = 'supplementary'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX billing_run_supplementary_one_open ON billing_run (sponsor_id, month)
        WHERE kind = 'supplementary' AND status <> 'completed'`,
    );

    await queryRunner.query(`
      ALTER TABLE invoice
        ADD COLUMN kind text NOT NULL DEFAULT 'main' CHECK (kind IN ('main', 'supplementary')),
        DROP CONSTRAINT invoice_once_per_sponsor_month`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX invoice_main_once_per_sponsor_month ON invoice (sponsor_id, month) WHERE kind = 'main'`,
    );
    await queryRunner.query(`CREATE INDEX invoice_sponsor_month ON invoice (sponsor_id, month)`);

    await queryRunner.query(`ALTER TABLE invoice_line ADD COLUMN month text`);
    await queryRunner.query(`UPDATE invoice_line l SET month = i.month FROM invoice i WHERE i.id = l.invoice_id`);
    await queryRunner.query(`ALTER TABLE invoice_line ALTER COLUMN month SET NOT NULL`);
    // Lines already billing a worker twice for a month (possible before this constraint, for a
    // worker moved between sponsors) are issued invoices: finance must credit one of them first.
    const [{ duplicates }] = await queryRunner.query(
      `SELECT count(*)::int AS duplicates FROM (
         SELECT 1 FROM invoice_line GROUP BY worker_id, month HAVING count(*) > 1) twice`,
    );
    if (Number(duplicates) > 0) {
      throw new Error(
        `${duplicates} worker-months are billed on more than one invoice line; resolve them before this migration ` +
          `(SELECT worker_id, month FROM invoice_line GROUP BY 1, 2 HAVING count(*) > 1)`,
      );
    }
    await queryRunner.query(
      `ALTER TABLE invoice_line ADD CONSTRAINT invoice_line_once_per_worker_month UNIQUE (worker_id, month)`,
    );
    await queryRunner.query(`DROP INDEX invoice_line_worker`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Fails while a month has a supplementary invoice or run: the old model cannot hold them.
    await queryRunner.query(`CREATE INDEX invoice_line_worker ON invoice_line (worker_id)`);
    await queryRunner.query(
      `ALTER TABLE invoice_line DROP CONSTRAINT invoice_line_once_per_worker_month, DROP COLUMN month`,
    );
    await queryRunner.query(`DROP INDEX invoice_sponsor_month`);
    await queryRunner.query(`DROP INDEX invoice_main_once_per_sponsor_month`);
    await queryRunner.query(`
      ALTER TABLE invoice
        ADD CONSTRAINT invoice_once_per_sponsor_month UNIQUE (sponsor_id, month),
        DROP COLUMN kind`);
    await queryRunner.query(`DROP INDEX billing_run_supplementary_one_open`);
    await queryRunner.query(`DROP INDEX billing_run_supplementary_once_a_day`);
    await queryRunner.query(`DROP INDEX billing_run_main_once_per_sponsor_month`);
    await queryRunner.query(`
      ALTER TABLE billing_run
        ADD CONSTRAINT billing_run_once_per_sponsor_month UNIQUE (sponsor_id, month),
        DROP CONSTRAINT billing_run_supplementary_requested_on,
        DROP COLUMN requested_on,
        DROP COLUMN kind`);
  }
}
