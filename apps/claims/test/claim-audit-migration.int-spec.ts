import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { auditOf, AUDIT_MIGRATIONS, verifyAuditChain } from '@jaring/audit';
import { MESSAGING_MIGRATIONS } from '@jaring/messaging';
import { ensureDatabase, serviceDataSourceOptions } from '@jaring/persistence';
import { testDatabaseUrl } from '../../../test/support/test-environment';
import { CLAIMS_PERSISTENCE } from '../src/claims.module';
import { ClaimAuditIntoAuditLog1765700000200 } from '../src/infrastructure/persistence/migrations/1765700000200-claim-audit-into-audit-log';

describe('claim_audit folded into the hash-chained audit log (real PostgreSQL)', () => {
  const databaseUrl = testDatabaseUrl('claims_audit_fold');
  let dataSource: DataSource;

  beforeAll(async () => {
    await ensureDatabase(databaseUrl);
    // The database as it stood before the fold: every claims migration but that one.
    dataSource = await new DataSource(
      serviceDataSourceOptions({
        databaseUrl,
        applicationName: 'claims-audit-fold-test',
        entities: CLAIMS_PERSISTENCE.entities,
        migrations: [
          ...MESSAGING_MIGRATIONS,
          ...AUDIT_MIGRATIONS,
          ...CLAIMS_PERSISTENCE.migrations.filter((migration) => migration !== ClaimAuditIntoAuditLog1765700000200),
        ],
        poolSize: 2,
      }),
    ).initialize();
  });

  afterAll(async () => dataSource?.destroy());

  it('moves every claim_audit row, in its order and with its actor, into one intact chain, then drops claim_audit', async () => {
    const claims = [randomUUID(), randomUUID()];
    const rows = Array.from({ length: 7 }, (_, index) => ({
      claimId: claims[index % 2],
      action: index < 2 ? 'report' : 'verify',
      actor: `officer-${index}`,
      at: new Date(Date.UTC(2026, 2, 1, index)).toISOString(),
    }));
    await dataSource.transaction(async (manager) => {
      // The claims themselves do not matter here: skip the foreign key to them (superuser only).
      await manager.query(`SET LOCAL session_replication_role = replica`);
      for (const row of rows) {
        await manager.query(
          `INSERT INTO claim_audit (claim_id, action, actor_id, actor_roles, at, reason, from_status, to_status, before, after)
           VALUES ($1, $2, $3, '{claims-officer}', $4, 'checked', 'documents-complete', 'verified', '{"a": 1}', '{"a": 2}')`,
          [row.claimId, row.action, row.actor, row.at],
        );
      }
    });

    const runner = dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await new ClaimAuditIntoAuditLog1765700000200().up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }

    expect(await verifyAuditChain(dataSource)).toEqual({ ok: true, rows: 7, head: expect.any(String) });
    const first = await auditOf(dataSource, 'claim', claims[0]);
    expect(first.map((record) => [record.seq, record.actorSubject, record.at])).toEqual(
      rows.flatMap((row, index) => (row.claimId === claims[0] ? [[index + 1, row.actor, row.at]] : [])),
    );
    expect(first[0]).toMatchObject({
      actorRoles: ['claims-officer'],
      reason: 'checked',
      fromStatus: 'documents-complete',
      toStatus: 'verified',
      before: { a: 1 },
      after: { a: 2 },
    });
    const [{ exists }] = await dataSource.query(`SELECT to_regclass('claim_audit') IS NOT NULL AS exists`);
    expect(exists).toBe(false);
  });
});
