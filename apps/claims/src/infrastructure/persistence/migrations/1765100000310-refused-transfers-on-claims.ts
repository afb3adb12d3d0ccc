import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A refused transfer as the claim records it (see transferRefusalCode: only a code, else BANK_REJECTED). */
const REFUSED = `
  SELECT claim_id, idempotency_key, bank_code, account_number,
         CASE WHEN failure_reason ~ '^[A-Z][A-Z0-9_]{0,63}$' THEN failure_reason ELSE 'BANK_REJECTED' END AS reason,
         to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
    FROM payout_instruction
   WHERE status = 'failed'`;

/**
 * Claims stuck by a transfer the bank refused before refusals were recorded on the claim: the
 * refused line (or late-payment compensation) gets its rejection and the account it went to is
 * marked refused, as recordTransferRefused does now. The officer can then correct the account and
 * the line is ordered again under a new key. Lines paid or in flight are not touched.
 */
export class RefusedTransfersOnClaims1765100000310 implements MigrationInterface {
  name = 'RefusedTransfersOnClaims1765100000310';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      WITH refused AS (${REFUSED})
      UPDATE claim AS c
         SET snapshot = jsonb_set(c.snapshot, '{payout,lines}', (
               SELECT jsonb_agg(
                        CASE WHEN r.idempotency_key IS NULL OR l.line ? 'rejection' THEN l.line
                             ELSE l.line || jsonb_build_object('rejection', jsonb_build_object('reason', r.reason, 'at', r.at))
                        END ORDER BY l.position)
                 FROM jsonb_array_elements(c.snapshot->'payout'->'lines') WITH ORDINALITY AS l(line, position)
                 LEFT JOIN refused AS r ON r.idempotency_key = l.line->>'idempotencyKey')),
             version = c.version + 1,
             updated_at = now()
       WHERE c.status = 'payout-requested'
         AND EXISTS (
               SELECT 1
                 FROM jsonb_array_elements(c.snapshot->'payout'->'lines') AS l(line)
                 JOIN refused AS r ON r.idempotency_key = l.line->>'idempotencyKey'
                WHERE NOT l.line ? 'rejection')`);
    await queryRunner.query(`
      WITH refused AS (${REFUSED})
      UPDATE claim AS c
         SET snapshot = jsonb_set(c.snapshot, '{lateCompensation,rejection}', jsonb_build_object('reason', r.reason, 'at', r.at)),
             version = c.version + 1,
             updated_at = now()
        FROM refused AS r
       WHERE c.status = 'paid'
         AND r.idempotency_key = c.snapshot->'lateCompensation'->>'idempotencyKey'
         AND NOT c.snapshot->'lateCompensation' ? 'rejection'`);
    // Nothing more goes to the refused account until an officer gives an account again.
    await queryRunner.query(`
      WITH refused AS (${REFUSED})
      UPDATE claim AS c
         SET details = jsonb_set(c.details, '{payoutAccount,refusedByBank}', jsonb_build_object('reason', r.reason, 'at', r.at))
        FROM refused AS r
       WHERE r.claim_id = c.id
         AND c.status IN ('payout-requested', 'paid')
         AND c.details->'payoutAccount'->>'bankCode' = r.bank_code
         AND c.details->'payoutAccount'->>'accountNumber' = r.account_number
         AND NOT c.details->'payoutAccount' ? 'refusedByBank'
         AND (c.snapshot->'lateCompensation'->'rejection' IS NOT NULL
              OR jsonb_path_exists(c.snapshot, '$.payout.lines[*].rejection'))`);
  }

  async down(): Promise<void> {
    // A repair of data: the refusals it recorded stay true.
  }
}
