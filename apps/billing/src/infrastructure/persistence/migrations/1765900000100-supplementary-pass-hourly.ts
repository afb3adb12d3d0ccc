import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supplementary runs are no longer limited to one a day per sponsor and month: the supplementary
 * pass runs a set delay after a newly billable worker arrives (docs/adr/0009). One unfinished run
 * per sponsor and month (billing_run_supplementary_one_open) still keeps two replicas from
 * starting two, and invoice_line's UNIQUE (worker_id, month) still bills a worker-month once.
 * requested_on stays: it dates the supplementary invoice's due date.
 */
export class SupplementaryPassHourly1765900000100 implements MigrationInterface {
  name = 'SupplementaryPassHourly1765900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX billing_run_supplementary_once_a_day`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Fails while a month has two supplementary runs of one day: the old model cannot hold them.
    await queryRunner.query(
      `CREATE UNIQUE INDEX billing_run_supplementary_once_a_day ON billing_run (sponsor_id, month, requested_on)
        WHERE kind = 'supplementary'`,
    );
  }
}
