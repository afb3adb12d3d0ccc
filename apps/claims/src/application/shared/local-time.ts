import type { LocalDate } from '../../domain';

/** The calendar day of `instant` at a fixed UTC offset (Indonesia keeps no daylight saving time). */
export function localDateAt(instant: Date | string, utcOffsetMinutes: number): LocalDate {
  const millis = (typeof instant === 'string' ? Date.parse(instant) : instant.getTime()) + utcOffsetMinutes * 60_000;
  return new Date(millis).toISOString().slice(0, 10);
}
