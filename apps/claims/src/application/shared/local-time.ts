import type { LocalDate } from '../../domain';
import { localDateOf } from '../../domain/shared/local-date.util';

/** The calendar day of `instant` at a fixed UTC offset (Indonesia keeps no daylight saving time). */
export function localDateAt(instant: Date | string, utcOffsetMinutes: number): LocalDate {
  return localDateOf(typeof instant === 'string' ? instant : instant.toISOString(), utcOffsetMinutes);
}
