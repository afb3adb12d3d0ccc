import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One accident, one claim: at most one JKK claim per worker and incident date that is neither a
 * death nor rejected. The report use case checks first; this makes two officers racing lose one.
 * A death from the accident stays possible: the claim's stage II outcome, or a reclassified death.
 */
export class OneAccidentClaimPerDay1765100000300 implements MigrationInterface {
  name = 'OneAccidentClaimPerDay1765100000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNIQUE INDEX claim_one_accident_per_worker_day ON claim (worker_id, incident_date)
        WHERE programme = 'JKK' AND NOT is_death AND status <> 'rejected' AND resolution IS DISTINCT FROM 'rejected'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX claim_one_accident_per_worker_day`);
  }
}
