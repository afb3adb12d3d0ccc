const UNIQUE_VIOLATION = '23505';
/** A serialization failure or a deadlock: the transaction lost a race and may simply run again. */
const TRANSACTION_CONFLICTS = new Set(['40001', '40P01']);

/**
 * A PostgreSQL unique violation, raised by pg directly or wrapped by TypeORM (`driverError`); with
 * `constraint`, only one on that constraint or unique index.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const candidate = error as {
    code?: unknown;
    constraint?: unknown;
    driverError?: { code?: unknown; constraint?: unknown };
  } | null;
  const code = sqlStateOf(error);
  const name = candidate?.constraint ?? candidate?.driverError?.constraint;
  return code === UNIQUE_VIOLATION && (constraint === undefined || name === constraint);
}

/** A transaction PostgreSQL aborted to resolve a race (serialization failure, deadlock). */
export function isTransactionConflict(error: unknown): boolean {
  return TRANSACTION_CONFLICTS.has(String(sqlStateOf(error)));
}

/**
 * Runs a whole transaction again when PostgreSQL aborted it to resolve a race, up to `attempts`
 * times: its writes were rolled back, so running it again is safe and usually wins.
 */
export async function retryOnTransactionConflict<T>(transaction: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !isTransactionConflict(error)) throw error;
    }
  }
}

/** The SQLSTATE of an error raised by pg directly or wrapped by TypeORM (`driverError`), if any. */
export function sqlStateOf(error: unknown): unknown {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return candidate?.code ?? candidate?.driverError?.code;
}
