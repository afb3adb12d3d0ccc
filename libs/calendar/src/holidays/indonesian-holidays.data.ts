import { DomainError } from '@jaring/kernel';
import { isLocalDate } from '../local-date';
import type { Holiday, HolidayKind } from './holiday.types';
import INDONESIA_2025 from './data/indonesia-2025.json';
import INDONESIA_2026 from './data/indonesia-2026.json';
import INDONESIA_2027 from './data/indonesia-2027.json';

/**
 * One year of Indonesian national holidays and collective leave, as fixed by that year's joint
 * decree (SKB 3 Menteri), in a data file of its own (`data/indonesia-<year>.json`). Add next year's
 * file here when its SKB is published (usually in September); readiness warns 90 days before the
 * last loaded year ends.
 */
export interface HolidayYearFile {
  readonly year: number;
  readonly sources: readonly string[];
  readonly holidays: readonly Holiday[];
}

const KINDS: readonly HolidayKind[] = ['national-holiday', 'collective-leave'];

/** Checks the files: every holiday a real date of its file's year, of a known kind, with a source; years contiguous. */
export function loadHolidayYears(files: readonly HolidayYearFile[]): {
  holidays: Holiday[];
  years: { from: number; to: number };
} {
  const ordered = [...files].sort((a, b) => a.year - b.year);
  ordered.forEach((file, index) => {
    if (index > 0 && file.year !== ordered[index - 1].year + 1) {
      throw new DomainError(
        'HOLIDAY_DATA_INVALID',
        `holiday data jumps from ${ordered[index - 1].year} to ${file.year}`,
      );
    }
    if (file.sources.length === 0)
      throw new DomainError('HOLIDAY_DATA_INVALID', `holidays ${file.year} name no source`);
    for (const holiday of file.holidays) {
      if (!isLocalDate(holiday.date) || !holiday.date.startsWith(`${file.year}-`)) {
        throw new DomainError(
          'HOLIDAY_DATA_INVALID',
          `holidays ${file.year}: '${holiday.date}' is not a date of ${file.year}`,
        );
      }
      if (!KINDS.includes(holiday.kind) || !holiday.name || !holiday.source) {
        throw new DomainError(
          'HOLIDAY_DATA_INVALID',
          `holidays ${file.year}: ${holiday.date} needs a name, a kind and a source`,
        );
      }
    }
  });
  if (ordered.length === 0) throw new DomainError('HOLIDAY_DATA_INVALID', 'no holiday data is loaded');
  return {
    holidays: ordered.flatMap((file) => file.holidays).sort((a, b) => (a.date < b.date ? -1 : 1)),
    years: { from: ordered[0].year, to: ordered[ordered.length - 1].year },
  };
}

const LOADED = loadHolidayYears([INDONESIA_2025, INDONESIA_2026, INDONESIA_2027] as HolidayYearFile[]);

/** Indonesian national holidays and collective leave of every loaded year, in date order. */
export const INDONESIAN_HOLIDAYS: readonly Holiday[] = LOADED.holidays;

/** The years the files cover completely (outside them only weekends are days off). */
export const INDONESIAN_HOLIDAY_YEARS: { readonly from: number; readonly to: number } = LOADED.years;
