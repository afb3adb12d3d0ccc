import type { LocalDate } from '../shared/local-date.util';
import type { WorkerStatus } from './worker-status.rules';

/** The parts of a status-history entry the decision reads. */
export interface StatusHistoryFacts {
  readonly from: WorkerStatus | null;
  readonly to: WorkerStatus;
  readonly effectiveDate: LocalDate;
  /** The claim that caused the change: set on a death confirmed by a claim. */
  readonly claimId?: string;
}

export type DeathRetractionDecision =
  | { readonly kind: 'restore'; readonly status: WorkerStatus; readonly effectiveDate: LocalDate }
  | { readonly kind: 'unchanged'; readonly reason: 'not-deceased' | 'death-from-another-claim' };

/**
 * What a death retracted by `claimId` (its death disproved) does to a worker. Only the claim whose
 * death made the worker deceased can undo it: a retraction by any other claim, or for a worker who
 * is not deceased, changes nothing. Undone, the worker returns to the status held before the death,
 * with that status's own effective date: the death never happened, so neither did its break in
 * membership (a lapsed worker is still lapsed from the day the lapse began).
 */
export function decideDeathRetraction(
  status: WorkerStatus,
  history: readonly StatusHistoryFacts[],
  claimId: string,
): DeathRetractionDecision {
  const deathIndex = history.findLastIndex((entry) => entry.to === 'deceased');
  const death = history[deathIndex];
  if (status !== 'deceased' || !death?.from) return { kind: 'unchanged', reason: 'not-deceased' };
  if (death.claimId !== claimId) return { kind: 'unchanged', reason: 'death-from-another-claim' };
  const restored = history.slice(0, deathIndex).findLast((entry) => entry.to === death.from);
  return { kind: 'restore', status: death.from, effectiveDate: restored?.effectiveDate ?? death.effectiveDate };
}
