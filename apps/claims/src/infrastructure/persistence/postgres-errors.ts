/** The unique index that keeps one open death claim per worker (migration 1764000000202). */
export const ONE_DEATH_PER_WORKER_INDEX = 'claim_one_death_per_worker';

/** The unique index that keeps one open accident claim per worker and day (migration 1765100000300). */
export const ONE_ACCIDENT_PER_WORKER_DAY_INDEX = 'claim_one_accident_per_worker_day';

/** PostgreSQL `date` columns come back as 'YYYY-MM-DD' strings (see pg type parser in sql-dates). */
export function dateOrUndefined(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** The unique index that pays a child's school year once per claim (migration 1765600000100). */
export const ONE_SCHOLARSHIP_PER_CHILD_YEAR_INDEX = 'scholarship_year_once_per_child';
