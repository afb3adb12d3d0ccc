import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { ensureDatabase, serviceDataSourceOptions } from '@jaring/persistence';
import { testDatabaseUrl } from '../../../test/support/test-environment';
import {
  appendAudit,
  auditChainHead,
  auditOf,
  AUDIT_MIGRATIONS,
  runWithAuditContext,
  verifyAuditChain,
  type AuditChange,
} from '../src';

const run = promisify(execFile);

describe('the hash-chained, append-only audit log (real PostgreSQL)', () => {
  const databaseUrl = testDatabaseUrl('audit_log');
  let dataSource: DataSource;
  const officer = { subject: 'officer-andi', roles: ['enrolment-officer'] };

  const change = (entityId: string, after: Record<string, unknown>): AuditChange => ({
    action: 'WorkerUpdated',
    entityType: 'worker',
    entityId,
    before: { occupation: 'ojek' },
    after,
    reason: 'moved to fishing',
  });

  /** Runs `npm run audit:verify` on this test's database; its exit code and output. */
  async function auditVerify(): Promise<{ code: number; output: string }> {
    try {
      const { stdout } = await run('npx', [
        'tsx',
        'libs/audit/src/cli/audit-verify.ts',
        '--database',
        `test=${databaseUrl}`,
      ]);
      return { code: 0, output: stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, output: failed.stdout + failed.stderr };
    }
  }

  beforeAll(async () => {
    await ensureDatabase(databaseUrl);
    dataSource = await new DataSource(
      serviceDataSourceOptions({
        databaseUrl,
        applicationName: 'audit-test',
        entities: [],
        migrations: AUDIT_MIGRATIONS,
        poolSize: 8,
      }),
    ).initialize();
  });

  afterAll(async () => dataSource?.destroy());

  it('records who (from the request context), when, what and why, chained to the row before', async () => {
    const [first] = await runWithAuditContext({ actor: officer, requestId: 'req-1' }, () =>
      dataSource.transaction((manager) => appendAudit(manager, [change('worker-1', { occupation: 'nelayan' })])),
    );
    const [second] = await dataSource.transaction((manager) =>
      appendAudit(manager, [{ ...change('worker-1', { occupation: 'petani' }), actor: officer }]),
    );
    expect(second.prevHash).toBe(first.hash);
    expect(await auditOf(dataSource, 'worker', 'worker-1')).toEqual([
      expect.objectContaining({
        actorSubject: 'officer-andi',
        actorRoles: ['enrolment-officer'],
        requestId: 'req-1',
        before: { occupation: 'ojek' },
        after: { occupation: 'nelayan' },
        reason: 'moved to fishing',
        hash: first.hash,
      }),
      expect.objectContaining({ requestId: null, hash: second.hash }),
    ]);
    expect(await auditChainHead(dataSource)).toEqual({ seq: second.seq, hash: second.hash });
  });

  it('never forks the chain under concurrent writers: 40 transactions at once give one unbroken chain', async () => {
    const before = await auditChainHead(dataSource);
    await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        dataSource.transaction((manager) =>
          appendAudit(manager, [{ ...change(`worker-c${index}`, { n: index }), actor: officer }]),
        ),
      ),
    );
    expect((await auditChainHead(dataSource)).seq).toBe(before.seq + 40);
    expect(await verifyAuditChain(dataSource)).toMatchObject({ ok: true, rows: before.seq + 40 });
  });

  it('keeps rows whose change rolled back out of the chain', async () => {
    const before = await auditChainHead(dataSource);
    await expect(
      dataSource.transaction(async (manager) => {
        await appendAudit(manager, [{ ...change('worker-rb', { n: 1 }), actor: officer }]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await auditChainHead(dataSource)).toEqual(before);
    expect(await auditOf(dataSource, 'worker', 'worker-rb')).toEqual([]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE by its trigger, even to the owner', async () => {
    await expect(dataSource.query(`UPDATE audit_log SET reason = 'nothing happened' WHERE seq = 1`)).rejects.toThrow(
      /append-only: UPDATE refused/,
    );
    await expect(dataSource.query(`DELETE FROM audit_log WHERE seq = 1`)).rejects.toThrow(
      /append-only: DELETE refused/,
    );
    await expect(dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only: TRUNCATE refused/);
  });

  it('denies UPDATE and DELETE to a role set up as production runs the services (REVOKE, before any trigger)', async () => {
    const role = `jaring_audit_app_test_${randomBytes(3).toString('hex')}`;
    await dataSource.query(`CREATE ROLE ${role} NOLOGIN`);
    try {
      await dataSource.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
      await dataSource.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${role}`);
      await dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL ROLE ${role}`);
        await manager.query('SAVEPOINT attempt');
        await expect(manager.query(`UPDATE audit_log SET reason = 'x' WHERE seq = 1`)).rejects.toThrow(
          /permission denied for table audit_log/,
        );
        await manager.query('ROLLBACK TO SAVEPOINT attempt');
        await expect(manager.query(`DELETE FROM audit_log WHERE seq = 1`)).rejects.toThrow(
          /permission denied for table audit_log/,
        );
        await manager.query('ROLLBACK TO SAVEPOINT attempt');
        // It still appends: the chain head is an ordinary table it may update.
        await appendAudit(manager, [{ ...change('worker-app', { n: 1 }), actor: officer }]);
      });
    } finally {
      await dataSource.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`);
      await dataSource.query(`DROP ROLE ${role}`);
    }
  });

  it('audit:verify passes on the intact chain and names the row a superuser changed behind the trigger', async () => {
    const intact = await auditVerify();
    expect(intact).toMatchObject({ code: 0, output: expect.stringMatching(/test: \d+ audit row\(s\), chain intact/) });

    const [target] = await auditOf(dataSource, 'worker', 'worker-c7');
    await dataSource.transaction(async (manager) => {
      await manager.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete`);
      await manager.query(`UPDATE audit_log SET after = '{"n": 700}' WHERE seq = $1`, [target.seq]);
      await manager.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete`);
    });

    const tampered = await auditVerify();
    expect(tampered.code).toBe(1);
    expect(tampered.output).toContain(`test: audit row ${target.seq} does not match: content does not match its hash`);
    expect(await verifyAuditChain(dataSource)).toEqual({
      ok: false,
      seq: target.seq,
      problem: 'content does not match its hash',
    });
  });
});
