import type { BasisPoints } from '../shared/integer-math.util';

/** How an entry's percentage is found: fixed, assessed by the doctor within a range, or per unit. */
export type DisabilityAssessment =
  | { kind: 'fixed'; percentBp: BasisPoints }
  | { kind: 'range'; minBp: BasisPoints; maxBp: BasisPoints }
  | { kind: 'per-unit'; perUnitBp: BasisPoints; unit: string };

/**
 * Where a row's figure comes from. 'rules-excerpt': quoted in RULES.md §2 [1S]. 'secondary-source':
 * a published summary of PP 82/2019 read while writing this table. 'recalled': from memory of the
 * Lampiran. Every row must still be checked against the Lampiran text before go-live
 * (`checkedAgainstRegulation`).
 */
export type DisabilityRowSource = 'rules-excerpt' | 'secondary-source' | 'recalled';

export interface DisabilityTableRow {
  code: string;
  region: 'head' | 'upper-limb' | 'lower-limb';
  /** The Lampiran's wording, in Indonesian, as officers and doctors read it. */
  description: string;
  assessment: DisabilityAssessment;
  /**
   * Upper-limb rows name a physical side; for a left-handed worker the percentages of the right and
   * left rows are swapped ("untuk kidal berlaku sebaliknya"). `mirrorCode` is the other side's row.
   */
  handSide?: 'right' | 'left';
  mirrorCode?: string;
  /**
   * 70% rows (both eyes, both legs) are the total permanent disability of RULES.md §2 (70% × 80 ×
   * income plus the periodic benefit and scholarships): they are recorded as that outcome, not here.
   */
  totalDisability?: true;
  source: DisabilityRowSource;
  /** Checked against the Lampiran text of PP 82/2019 by a named reviewer; until then lines say so. */
  checkedAgainstRegulation: boolean;
}
