import { DomainError } from '@jaring/kernel';

/**
 * A calendar date without time or zone, 'YYYY-MM-DD' (the same shape as `@jaring/calendar`'s
 * LocalDate, so values pass between the two freely). Only the date arithmetic the claims rules
 * need lives here: month and year steps, day differences and ages. Working-day maths comes from
 * `@jaring/calendar`.
 */
export type LocalDate = string;

/** A calendar month, 'YYYY-MM' (the unit of contribution coverage). */
export type YearMonth = string;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function partsOf(date: LocalDate): DateParts {
  const match = LOCAL_DATE_PATTERN.exec(date);
  if (!match) throw new DomainError('DATE_INVALID', `'${date}' is not a date of the form YYYY-MM-DD`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function fromParts({ year, month, day }: DateParts): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function utcMillis(date: LocalDate): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day);
}

/** Checks the form and that the day exists (no 31 April); returns the date or throws DATE_INVALID. */
export function assertLocalDate(date: string, field?: string): LocalDate {
  const match = typeof date === 'string' ? LOCAL_DATE_PATTERN.exec(date) : null;
  if (match) {
    const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    if (parts.month >= 1 && parts.month <= 12 && parts.day >= 1 && parts.day <= daysInMonth(parts.year, parts.month)) {
      return date;
    }
  }
  throw new DomainError('DATE_INVALID', `'${String(date)}' is not a valid date of the form YYYY-MM-DD`, field);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(utcMillis(date) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Adds whole calendar months. A day that does not exist in the target month is clamped to its last
 * day (31 Jan + 1 month = 28/29 Feb), the usual reading of "one month after" in Indonesian
 * administrative practice and in most payroll systems.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = partsOf(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return fromParts({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcMillis(to) - utcMillis(from)) / MS_PER_DAY);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBefore(a: LocalDate, b: LocalDate): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: LocalDate, b: LocalDate): boolean {
  return compareDates(a, b) > 0;
}

/** Completed years of age on `on` (a person born on 29 Feb turns a year older on 28 Feb). */
export function ageInYears(birthDate: LocalDate, on: LocalDate): number {
  const birth = partsOf(birthDate);
  const today = partsOf(on);
  let age = today.year - birth.year;
  if (isBefore(on, addYears(birthDate, age))) age -= 1;
  return age;
}

export function yearMonthOf(date: LocalDate): YearMonth {
  return date.slice(0, 7);
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
