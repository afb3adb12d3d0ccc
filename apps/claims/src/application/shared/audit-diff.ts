import type { ClaimSnapshot } from '../../domain';

/**
 * What a transition changed, field by field: the values before and after. The audit list itself
 * is left out (it only grows); unchanged fields are left out so an entry shows the change alone.
 */
export function diffFields(
  before: Record<string, unknown> | ClaimSnapshot | undefined,
  after: Record<string, unknown> | ClaimSnapshot,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const previous = (before ?? {}) as Record<string, unknown>;
  const next = after as Record<string, unknown>;
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(previous), ...Object.keys(next)])) {
    if (key === 'audit') continue;
    if (JSON.stringify(previous[key]) === JSON.stringify(next[key])) continue;
    changedBefore[key] = previous[key] ?? null;
    changedAfter[key] = next[key] ?? null;
  }
  return { before: changedBefore, after: changedAfter };
}
