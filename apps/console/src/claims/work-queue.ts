import { addWorkingDays } from '@jaring/calendar';
import type { Claim } from './claim.types';

/** The statutory deadline the officer works towards: the payment's, or before that the work-accident decision's. */
export function deadlineOf(claim: Claim): string | undefined {
  return claim.flags?.paymentDueOn ?? claim.flags?.workAccidentDecisionDueOn;
}

export type Urgency = 'overdue' | 'dueSoon' | 'rest';

/** Due within this many working days counts as due soon (issue 19: ≤ 2). */
export const DUE_SOON_WORKING_DAYS = 2;

export function urgencyOf(claim: Claim, today: string): Urgency {
  if (claim.flags?.paymentOverdue || claim.flags?.workAccidentDecisionOverdue) return 'overdue';
  const deadline = deadlineOf(claim);
  if (deadline && deadline <= addWorkingDays(today, DUE_SOON_WORKING_DAYS)) return 'dueSoon';
  return 'rest';
}

export type WorkQueue = Record<Urgency, Claim[]>;

/**
 * The officer's open claims by statutory deadline: overdue, due in ≤ 2 working days, the rest;
 * earliest deadline first in each group, claims without a deadline yet last (oldest report first).
 * Claims appearing in both the list and the overdue worklist are counted once.
 */
export function workQueue(claims: readonly Claim[], today: string): WorkQueue {
  const open = [...new Map(claims.map((claim) => [claim.id, claim])).values()].filter((claim) => !claim.resolution);
  const byDeadline = (a: Claim, b: Claim) =>
    (deadlineOf(a) ?? '9999-12-31').localeCompare(deadlineOf(b) ?? '9999-12-31') ||
    a.reportedAt.localeCompare(b.reportedAt);
  const queue: WorkQueue = { overdue: [], dueSoon: [], rest: [] };
  for (const claim of open.sort(byDeadline)) queue[urgencyOf(claim, today)].push(claim);
  return queue;
}
