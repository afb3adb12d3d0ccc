/**
 * The set-based form of the domain's isBillableInMonth (domain/invoice/billable-worker.rules.ts),
 * for the worker projection aliased `w`, with the month's first and last day as parameters. The
 * integration test runs both over the same workers.
 */
export function billableInMonth(firstDay: string, lastDay: string): string {
  return `w.coverage_start_date <= ${lastDay}::date
     AND (LEAST(w.ended_on, w.death_date) IS NULL
          OR (LEAST(w.ended_on, w.death_date) > w.coverage_start_date AND LEAST(w.ended_on, w.death_date) >= ${firstDay}::date))
     AND NOT (w.status = 'suspended' AND w.suspended_from IS NOT NULL AND w.suspended_from < ${firstDay}::date)`;
}
