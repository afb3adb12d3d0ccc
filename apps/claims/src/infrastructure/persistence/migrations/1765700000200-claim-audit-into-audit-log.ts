import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendAudit } from '@jaring/audit';

/**
 * The claims audit trail moves into the service's hash-chained audit log (libs/audit): every
 * claim_audit row, in its order, becomes a chained row of entity type `claim`, then claim_audit
 * goes — one audit log, not two. Runs after AuditTables1765700000000 created the log.
 */
export class ClaimAuditIntoAuditLog1765700000200 implements MigrationInterface {
  name = 'ClaimAuditIntoAuditLog1765700000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const pageSize = 5_000;
    for (let after = 0; ;) {
      const rows: Array<{
        id: string;
        claim_id: string;
        action: string;
        actor_id: string;
        actor_roles: string[];
        at: Date;
        reason: string | null;
        from_status: string | null;
        to_status: string;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
      }> = await queryRunner.query(
        `SELECT id, claim_id, action, actor_id, actor_roles, at, reason, from_status, to_status, before, after
           FROM claim_audit WHERE id > $1 ORDER BY id LIMIT $2`,
        [after, pageSize],
      );
      if (rows.length === 0) break;
      await appendAudit(
        queryRunner,
        rows.map((row) => ({
          action: row.action,
          entityType: 'claim',
          entityId: row.claim_id,
          actor: { subject: row.actor_id, roles: row.actor_roles },
          at: row.at.toISOString(),
          fromStatus: row.from_status,
          toStatus: row.to_status,
          ...(row.reason ? { reason: row.reason } : {}),
          ...(row.before ? { before: row.before } : {}),
          ...(row.after ? { after: row.after } : {}),
        })),
      );
      after = Number(rows.at(-1)!.id);
    }
    await queryRunner.query(`DROP TABLE claim_audit`);
  }

  async down(): Promise<void> {
    throw new Error('The claims audit trail stays in the audit log: its chain cannot be taken apart');
  }
}
