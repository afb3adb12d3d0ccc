import { daysInMonth, isBefore, type LocalDate, localDate } from '@jaring/calendar';
import { DomainError } from '@jaring/kernel';

/**
 * Dates for the claims rules: the shared calendar (`@jaring/calendar`) plus the steps only claims
 * need — calendar months and years, ages, local dates at a fixed UTC offset, instants.
 */
export {
  addDays,
  assertLocalDate,
  compareDates,
  daysBetween,
  daysInMonth,
  isAfter,
  isBefore,
  isLocalDate,
  type LocalDate,
  type YearMonth,
  yearMonthOf,
} from '@jaring/calendar';

/**
 * Adds whole calendar months. A day that does not exist in the target month is clamped to its last
 * day (31 Jan + 1 month = 28/29 Feb), the usual reading of "one month after" in Indonesian
 * administrative practice and in most payroll systems.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return localDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, years * 12);
}

/** Completed years of age on `on` (a person born on 29 Feb turns a year older on 28 Feb). */
export function ageInYears(birthDate: LocalDate, on: LocalDate): number {
  let age = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (isBefore(on, addYears(birthDate, age))) age -= 1;
  return age;
}

/**
 * The local calendar date of an instant at a fixed UTC offset. Indonesia has no daylight saving, so
 * a fixed offset per regency is exact (WIB +7, WITA +8 — Polewali Mandar — and WIT +9).
 */
export function localDateOf(instant: string, utcOffsetMinutes: number): LocalDate {
  const millis = Date.parse(instant);
  if (Number.isNaN(millis)) throw new DomainError('INSTANT_INVALID', `'${instant}' is not an ISO-8601 instant`);
  return new Date(millis + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

export function assertInstant(instant: string, field?: string): string {
  if (typeof instant !== 'string' || Number.isNaN(Date.parse(instant)) || !/T.*(Z|[+-]\d{2}:\d{2})$/.test(instant)) {
    throw new DomainError('INSTANT_INVALID', `'${String(instant)}' is not an ISO-8601 instant with a zone`, field);
  }
  return instant;
}

export function hoursBetween(fromInstant: string, toInstant: string): number {
  return (Date.parse(toInstant) - Date.parse(fromInstant)) / 3_600_000;
}
