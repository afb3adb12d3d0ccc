import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each bank-statement transaction is one payment of its sponsor. payment gets the statement
 * transaction it is: its own when recorded from a statement, or the one a statement credit was
 * matched to when the payment came through the API first (the finance system POSTs the transfers
 * it makes, and the same money comes back on the statement). UNIQUE per sponsor, so the same
 * transfer is never two payments, while two regencies' banks may use the same transaction ids.
 *
 * Payments recorded from statements before this change keep their keys (`bank-statement:<id>`,
 * global); they get their bank reference (always the transaction id) as the statement transaction,
 * so uploading those statements again finds them instead of recording them under the new keys.
 */
export class StatementTransaction1765300000100 implements MigrationInterface {
  name = 'StatementTransaction1765300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE payment ADD COLUMN statement_transaction_id text`);
    await queryRunner.query(
      `UPDATE payment SET statement_transaction_id = bank_reference WHERE source = 'bank-statement'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX payment_statement_transaction_once_per_sponsor ON payment (sponsor_id, statement_transaction_id)
        WHERE statement_transaction_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX payment_statement_transaction_once_per_sponsor`);
    await queryRunner.query(`ALTER TABLE payment DROP COLUMN statement_transaction_id`);
  }
}
