const UNIQUE_VIOLATION = '23505';

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
  const code = candidate?.code ?? candidate?.driverError?.code;
  const name = candidate?.constraint ?? candidate?.driverError?.constraint;
  return code === UNIQUE_VIOLATION && (constraint === undefined || name === constraint);
}
