import type { LocalDate } from '../local-date';

/**
 * A day off set by the government. Indonesia has two kinds, both fixed each year by a joint decree
 * of three ministers (SKB 3 Menteri: Religious Affairs, Manpower, Administrative Reform):
 *   national-holiday  hari libur nasional: offices, banks and most businesses closed;
 *   collective-leave  cuti bersama: government offices (ASN) closed, taken from annual leave;
 *                     optional for private employers (SE Menaker 2/MEN/XII/2016).
 */
export type HolidayKind = 'national-holiday' | 'collective-leave';

export interface Holiday {
  readonly date: LocalDate;
  readonly name: string;
  readonly kind: HolidayKind;
  /** The decree it comes from, or 'estimate' for a provisional date. */
  readonly source: string;
  /**
   * True for a date estimated before its decree was published (lunar and lunisolar holidays are
   * fixed by the government, not by arithmetic). Replace with the decree's date when it appears.
   */
  readonly provisional?: boolean;
}
