/** The unique index that keeps one open death claim per worker (migration 1764000000202). */
export const ONE_DEATH_PER_WORKER_INDEX = 'claim_one_death_per_worker';

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const candidate = error as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const code = candidate?.code ?? candidate?.driverError?.code;
  const name = candidate?.constraint ?? candidate?.driverError?.constraint;
  return code === '23505' && name === constraint;
}

/** PostgreSQL `date` columns come back as 'YYYY-MM-DD' strings (see pg type parser in sql-dates). */
export function dateOrUndefined(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
