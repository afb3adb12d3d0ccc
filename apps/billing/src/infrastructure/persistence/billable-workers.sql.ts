/**
 * The set-based form of the domain's isBillableInMonth (domain/invoice/billable-worker.rules.ts),
 * for the worker projection aliased `w`, with the month's first and last day as parameters. The
 * integration test runs both over the same workers. A death on the day coverage starts is billed,
 * a termination on that day is not: hence `>=` for a death and `>` otherwise.
 */
export function billableInMonth(firstDay: string, lastDay: string): string {
  return `w.coverage_start_date <= ${lastDay}::date
     AND (w.ended_on IS NULL
          OR (w.ended_on >= ${firstDay}::date
              AND (w.ended_on > w.coverage_start_date OR (w.status = 'deceased' AND w.ended_on = w.coverage_start_date))))
     AND (w.death_date IS NULL OR (w.death_date >= ${firstDay}::date AND w.death_date >= w.coverage_start_date))
     AND NOT (w.status = 'suspended' AND w.suspended_from IS NOT NULL AND w.suspended_from < ${firstDay}::date)`;
}
