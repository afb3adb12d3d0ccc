import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What billing billed, so eligibility tells a month not billed yet from one billed and unpaid, or
 * paid with its coverage on the way (docs/adr/0009):
 * - billed_invoice: an invoice's number, due date and payment status (WorkersBilled and
 *   InvoicePaymentStatusChanged, which arrive on two topics in either order: either creates it);
 * - billed_month: which invoice bills a worker's month (WorkersBilled, batches of 1,000);
 * - member.registered_at: when claims learnt of the worker, the start of billing's supplementary
 *   delay. Existing members take their last update, the best instant known.
 */
export class BilledMonths1765900000200 implements MigrationInterface {
  name = 'BilledMonths1765900000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE billed_invoice (
        invoice_id uuid PRIMARY KEY,
        invoice_number text NOT NULL,
        sponsor_id uuid NOT NULL,
        month char(7) NOT NULL,
        due_date date,
        payment_status text NOT NULL DEFAULT 'unpaid' CHECK (payment_status IN ('unpaid', 'partially-paid', 'paid'))
      )`);
    await queryRunner.query(`
      CREATE TABLE billed_month (
        worker_id uuid NOT NULL,
        month char(7) NOT NULL,
        invoice_id uuid NOT NULL,
        PRIMARY KEY (worker_id, month, invoice_id)
      )`);
    await queryRunner.query(`ALTER TABLE member ADD COLUMN registered_at timestamptz NOT NULL DEFAULT now()`);
    await queryRunner.query(`UPDATE member SET registered_at = updated_at`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE member DROP COLUMN registered_at`);
    await queryRunner.query(`DROP TABLE billed_month`);
    await queryRunner.query(`DROP TABLE billed_invoice`);
  }
}
