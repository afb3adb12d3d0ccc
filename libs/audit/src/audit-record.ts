import { createHash } from 'node:crypto';
import type { AuditRecordResponse } from './audit-record.response';

/** Who changed something: the token's subject and roles, or a `system:<task>` subject for automatic work. */
export interface AuditActor {
  subject: string;
  roles: readonly string[];
}

/** One state change as a use case describes it; who and the request id come from the audit context when left out. */
export interface AuditChange {
  /** What was done, e.g. `verify`, `WorkerUpdated`, `reverse-payment`. */
  action: string;
  /** The kind of thing changed (`claim`, `worker`, `sponsor`, `payment`...) and its id. */
  entityType: string;
  entityId: string;
  /** The changed fields only, before and after (undefined for a creation / a deletion). */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string;
  actor?: AuditActor;
  /** When it happened (ISO-8601); defaults to now. */
  at?: string;
  requestId?: string;
}

/** A row of the audit log as stored: the change, its place in the chain and its hashes. */
export interface AuditRecord {
  seq: number;
  at: string;
  actorSubject: string;
  actorRoles: string[];
  action: string;
  entityType: string;
  entityId: string;
  fromStatus: string | null;
  toStatus: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
  reason: string | null;
  prevHash: string;
  hash: string;
}

/** The hash before the first row of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Sorted keys at every depth, after a JSON round trip (Dates as strings, undefined dropped): what jsonb gives back. */
export function canonicalJson(value: unknown): string {
  const plain: unknown = value === undefined ? null : JSON.parse(JSON.stringify(value));
  const sort = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(sort);
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.keys(node)
          .sort()
          .map((key) => [key, sort((node as Record<string, unknown>)[key])]),
      );
    }
    return node;
  };
  return JSON.stringify(sort(plain));
}

/**
 * SHA-256 over the previous row's hash and this row's whole content (its sequence number too, so
 * a row cannot be moved or dropped without breaking the chain). A recipe: changing it breaks every
 * stored chain.
 */
export function auditHash(record: Omit<AuditRecord, 'hash'>): string {
  const { prevHash, ...content } = record;
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

/**
 * What a change did, field by field: the values before and after of the fields that differ (compared
 * as JSON), so an audit row shows the change alone. `ignore` leaves out fields such as a list that
 * only grows.
 */
export function changedFields(
  before: object | undefined,
  after: object,
  ignore: readonly string[] = [],
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const previous = (before ?? {}) as Record<string, unknown>;
  const next = after as Record<string, unknown>;
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(previous), ...Object.keys(next)])) {
    if (ignore.includes(key)) continue;
    if (JSON.stringify(previous[key]) === JSON.stringify(next[key])) continue;
    changedBefore[key] = previous[key] ?? null;
    changedAfter[key] = next[key] ?? null;
  }
  return { before: changedBefore, after: changedAfter };
}

/** An audit row as the services' APIs show it (the chain's hashes included, so a reader can check them). */
export function auditRecordResponse(record: AuditRecord): AuditRecordResponse {
  return {
    seq: record.seq,
    at: record.at,
    actor: { subject: record.actorSubject, roles: record.actorRoles },
    action: record.action,
    fromStatus: record.fromStatus,
    toStatus: record.toStatus,
    before: record.before,
    after: record.after,
    requestId: record.requestId,
    reason: record.reason,
    prevHash: record.prevHash,
    hash: record.hash,
  };
}
