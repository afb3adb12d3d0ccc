import { DomainError } from '@jaring/kernel';
import { maskPersonalData } from '@jaring/observability';
import { sqlStateOf } from '@jaring/persistence';

/** A message that can never succeed as it is: invalid, of an unknown version, or rejected by a rule. */
export class PermanentEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentEventError';
  }
}

// PostgreSQL SQLSTATEs worth waiting out: connection loss, shutdown, serialization and deadlock
// conflicts, lock timeouts, resource exhaustion, and a read-only server (a replica during failover).
const TRANSIENT_SQLSTATE = /^(08|53|57P0|40001|40P01|55P03|25006)/;
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const TRANSIENT_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end|KafkaJS(Connection|Request|NumberOfRetriesExceeded)Error|socket hang up|Connection is not established/i;

export type FailureKind = 'transient' | 'permanent' | 'unknown';

/**
 * Transient failures are retried until they pass (the database coming back must lose nothing);
 * permanent ones go to the dead-letter topic at once; unknown ones (bugs) get a few retries first.
 */
export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof PermanentEventError || error instanceof DomainError) return 'permanent';
  const candidate = error as { message?: unknown; name?: unknown } | null;
  const code = String(sqlStateOf(error) ?? ''); // a SQLSTATE, or a Node socket code such as ECONNRESET
  if (TRANSIENT_SQLSTATE.test(code) || TRANSIENT_NODE_CODES.has(code)) return 'transient';
  if (TRANSIENT_MESSAGES.test(`${String(candidate?.name ?? '')} ${String(candidate?.message ?? '')}`))
    return 'transient';
  return 'unknown';
}

export function errorClassOf(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/** The reason a dead letter carries in its headers and the log: masked, as messages may quote values. */
export function reasonOf(error: unknown): string {
  if (error instanceof DomainError) return maskPersonalData(`${error.code}: ${error.message}`);
  return maskPersonalData(error instanceof Error ? error.message : String(error));
}
