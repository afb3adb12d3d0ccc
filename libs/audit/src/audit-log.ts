import { currentAuditContext, systemActor } from './audit-context';
import { auditHash, GENESIS_HASH, type AuditChange, type AuditRecord } from './audit-record';

/** What the audit functions need of a connection: an EntityManager, a QueryRunner or a DataSource. */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

interface AuditRow {
  seq: string;
  at: Date;
  actor_subject: string;
  actor_roles: string[];
  action: string;
  entity_type: string;
  entity_id: string;
  from_status: string | null;
  to_status: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

const COLUMNS = `seq, at, actor_subject, actor_roles, action, entity_type, entity_id, from_status, to_status, before,
  after, request_id, reason, prev_hash, hash`;

function recordOf(row: AuditRow): AuditRecord {
  return {
    seq: Number(row.seq),
    at: row.at.toISOString(),
    actorSubject: row.actor_subject,
    actorRoles: row.actor_roles,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    before: row.before,
    after: row.after,
    requestId: row.request_id,
    reason: row.reason,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * Appends `changes` to the service's audit log, hash-chained, inside the caller's transaction (pass
 * its manager): the audit rows commit exactly when the change they describe does. The chain head's
 * row lock, held until that transaction ends, serialises appenders so two writers never fork the
 * chain; under REPEATABLE READ a concurrent append makes this fail with a serialization error
 * (retry) rather than fork. Who and the request id come from the audit context unless given.
 * Call it with a transaction's manager: outside one the lock is released at once.
 */
export async function appendAudit(db: Queryable, changes: readonly AuditChange[]): Promise<AuditRecord[]> {
  if (changes.length === 0) return [];
  const context = currentAuditContext();
  const [head] = (await db.query(`SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE`)) as Array<{
    seq: string;
    hash: string;
  }>;
  let seq = Number(head.seq);
  let prevHash = head.hash;
  const now = new Date().toISOString();
  const records = changes.map((change): AuditRecord => {
    // Work started outside any request, consumer or task that names itself is still audited.
    const actor = change.actor ?? context?.actor ?? systemActor('unattributed');
    seq += 1;
    const content: Omit<AuditRecord, 'hash'> = {
      seq,
      at: new Date(change.at ?? now).toISOString(),
      actorSubject: actor.subject,
      actorRoles: [...actor.roles],
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      fromStatus: change.fromStatus ?? null,
      toStatus: change.toStatus ?? null,
      before: change.before ?? null,
      after: change.after ?? null,
      requestId: change.requestId ?? context?.requestId ?? null,
      reason: change.reason ?? null,
      prevHash,
    };
    prevHash = auditHash(content);
    return { ...content, hash: prevHash };
  });
  await db.query(
    `INSERT INTO audit_log (${COLUMNS})
     SELECT r.seq, r.at, r.actor_subject, r.actor_roles, r.action, r.entity_type, r.entity_id, r.from_status,
            r.to_status, r.before, r.after, r.request_id, r.reason, r.prev_hash, r.hash
       FROM jsonb_to_recordset($1::jsonb) AS r(seq bigint, at timestamptz, actor_subject text, actor_roles text[],
            action text, entity_type text, entity_id text, from_status text, to_status text, before jsonb,
            after jsonb, request_id text, reason text, prev_hash text, hash text)
      ORDER BY r.seq`,
    [
      JSON.stringify(
        records.map((record) => ({
          seq: record.seq,
          at: record.at,
          actor_subject: record.actorSubject,
          actor_roles: record.actorRoles,
          action: record.action,
          entity_type: record.entityType,
          entity_id: record.entityId,
          from_status: record.fromStatus,
          to_status: record.toStatus,
          before: record.before,
          after: record.after,
          request_id: record.requestId,
          reason: record.reason,
          prev_hash: record.prevHash,
          hash: record.hash,
        })),
      ),
    ],
  );
  await db.query(`UPDATE audit_chain_head SET seq = $1, hash = $2, updated_at = now() WHERE id = 1`, [seq, prevHash]);
  return records;
}

/** Every audit row of one thing, oldest first. */
export async function auditOf(db: Queryable, entityType: string, entityId: string): Promise<AuditRecord[]> {
  const rows = (await db.query(
    `SELECT ${COLUMNS} FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY seq`,
    [entityType, entityId],
  )) as AuditRow[];
  return rows.map(recordOf);
}

/** The chain's head: how many rows and the last row's hash (the genesis hash for an empty log). */
export async function auditChainHead(db: Queryable): Promise<{ seq: number; hash: string }> {
  const [head] = (await db.query(`SELECT seq, hash FROM audit_chain_head WHERE id = 1`)) as Array<{
    seq: string;
    hash: string;
  }>;
  return head ? { seq: Number(head.seq), hash: head.hash } : { seq: 0, hash: GENESIS_HASH };
}

export type ChainVerdict = { ok: true; rows: number; head: string } | { ok: false; seq: number; problem: string };

/**
 * Walks the whole chain in order and recomputes every hash: the first row whose sequence, link or
 * hash does not match is named. A row changed, removed or inserted anywhere breaks it; so does a
 * head that does not end the chain (rows cut off the end).
 */
export async function verifyAuditChain(db: Queryable, pageSize = 5_000): Promise<ChainVerdict> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const rows = (await db.query(`SELECT ${COLUMNS} FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT $2`, [
      expectedSeq,
      pageSize,
    ])) as AuditRow[];
    for (const row of rows) {
      const record = recordOf(row);
      if (record.seq !== expectedSeq) return { ok: false, seq: expectedSeq, problem: 'row missing' };
      if (record.prevHash !== prevHash)
        return { ok: false, seq: record.seq, problem: 'link to the previous row broken' };
      const { hash, ...content } = record;
      if (auditHash(content) !== hash)
        return { ok: false, seq: record.seq, problem: 'content does not match its hash' };
      prevHash = hash;
      expectedSeq += 1;
    }
    if (rows.length < pageSize) break;
  }
  const head = await auditChainHead(db);
  if (head.seq !== expectedSeq - 1 || head.hash !== prevHash) {
    return { ok: false, seq: Math.min(head.seq, expectedSeq), problem: 'chain head does not end the chain' };
  }
  return { ok: true, rows: expectedSeq - 1, head: prevHash };
}

/** The audit trail of one thing, for the API: a port use cases depend on, served from the service's own log. */
export abstract class AuditTrail {
  abstract of(entityType: string, entityId: string): Promise<AuditRecord[]>;
}

export class SqlAuditTrail extends AuditTrail {
  constructor(private readonly db: Queryable) {
    super();
  }

  of(entityType: string, entityId: string): Promise<AuditRecord[]> {
    return auditOf(this.db, entityType, entityId);
  }
}
