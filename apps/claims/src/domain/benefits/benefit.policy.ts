import type { Rupiah } from '@jaring/kernel';
import type { BasisPoints } from '../shared/integer-math.util';
import type { SchoolLevel } from './benefit.types';

/**
 * Choices the regulation leaves open or that rest on a single source (RULES.md [1S]/[OPEN]). Each is
 * configurable; DEFAULT_BENEFIT_POLICY holds the defaults RULES.md states. The config layer builds a
 * policy per deployment and passes it in — nothing here reads the environment.
 */
export interface BenefitPolicy {
  /**
   * [OPEN] Whether the transport caps add up across modes. 'per-mode': each mode is capped on its
   * own (default). 'shared-highest-cap': all modes together are capped at the highest cap among
   * the modes used.
   */
  transportCaps: 'per-mode' | 'shared-highest-cap';
  /**
   * [OPEN] How a part month of temporary inability (STMB) is prorated. 'calendar-days' (default):
   * days ÷ the number of days of that month of inability. 'thirty-day-month': days ÷ 30.
   */
  temporaryInabilityProration: 'calendar-days' | 'thirty-day-month';
  /** [1S] Cap on glasses (other aids are [OPEN] and not paid by the engine). Default Rp1,000,000. */
  glassesCap: Rupiah;
  /**
   * [OPEN] Ceiling on the sum of several partial-disability table percentages. Default 70%, the
   * total-disability percentage: several partial disabilities are never paid above a total one.
   */
  partialDisabilityCombinedCapBp: BasisPoints;
  /**
   * [1S] A BPU worker who dies within `withinMonths` of joining reportedly gets only `lumpSum` +
   * `funeral` (Rp8,000,000 + Rp2,000,000) instead of the full JKM benefit. On by default.
   */
  jkmShortMembership: { enabled: boolean; withinMonths: number; lumpSum: Rupiah; funeral: Rupiah };
  /**
   * [OPEN] "Of school age": the youngest age, on the assessment date, at which a child's declared
   * level is believable. Lenient defaults; they catch impossible entries, not early starters.
   */
  scholarshipMinimumAge: Record<SchoolLevel, number>;
}

export const DEFAULT_BENEFIT_POLICY: BenefitPolicy = {
  transportCaps: 'per-mode',
  temporaryInabilityProration: 'calendar-days',
  glassesCap: 1_000_000,
  partialDisabilityCombinedCapBp: 7000,
  jkmShortMembership: { enabled: true, withinMonths: 3, lumpSum: 8_000_000, funeral: 2_000_000 },
  scholarshipMinimumAge: { TK: 3, SD: 5, SMP: 10, SMA: 13, PT: 15 },
};
