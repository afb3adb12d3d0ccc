import type { HeirClass, Relationship } from './heir.types';

/**
 * PP 44/2015 art. 37(5): the order in which heirs take a death benefit. A relationship missing
 * from this table (half-sibling, former spouse, other) is no heir. Class 5 (a will) and class 6
 * (nobody: funeral costs to whoever arranged the funeral) do not come from a relationship.
 */
const HEIR_CLASS_BY_RELATIONSHIP: Partial<Record<Relationship, Exclude<HeirClass, 5 | 6>>> = {
  // art. 37(5) a: widow, widower or child.
  spouse: 1,
  child: 1,
  // art. 37(5) b: blood relatives in the direct line up to the second degree.
  parent: 2,
  grandparent: 2,
  grandchild: 2,
  // art. 37(5) c: full siblings.
  sibling: 3,
  // art. 37(5) d: parents-in-law.
  'parent-in-law': 4,
};

export const WILL_HEIR_CLASS = 5;
export const NO_HEIR_CLASS = 6;

export function heirClassOf(relationship: Relationship): Exclude<HeirClass, 5 | 6> | undefined {
  return HEIR_CLASS_BY_RELATIONSHIP[relationship];
}
