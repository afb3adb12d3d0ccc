import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A disproved death can be retracted only by the claim that confirmed it, so the snapshot now keeps
 * `deathConfirmation`. Claims verified as a death before this change published DeathConfirmed at
 * their last verification: they get it from that audit entry, so their death can still be disproved.
 */
export class DeathConfirmationOnClaims1765400000100 implements MigrationInterface {
  name = 'DeathConfirmationOnClaims1765400000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      WITH verified AS (
        SELECT c.id,
               (SELECT e.entry FROM jsonb_array_elements(c.snapshot->'audit') WITH ORDINALITY AS e (entry, n)
                 WHERE e.entry->>'action' = 'verify' ORDER BY e.n DESC LIMIT 1) AS entry
          FROM claim c
         WHERE c.is_death AND c.snapshot ? 'dateOfDeath' AND NOT c.snapshot ? 'deathConfirmation')
      UPDATE claim c
         SET snapshot = c.snapshot || jsonb_build_object('deathConfirmation', jsonb_build_object(
               'dateOfDeath', c.snapshot->>'dateOfDeath',
               'confirmedBy', v.entry->>'actorId',
               'confirmedAt', v.entry->>'at'))
        FROM verified v
       WHERE v.id = c.id AND v.entry IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE claim SET snapshot = snapshot - 'deathConfirmation' WHERE snapshot ? 'deathConfirmation'`,
    );
  }
}
