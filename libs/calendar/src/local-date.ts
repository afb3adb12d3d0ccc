import { DomainError } from '@jaring/kernel';

/**
 * A calendar date without time or zone, 'YYYY-MM-DD'. Plain strings compare correctly with `<`
 * and travel unchanged through JSON, SQL `date` columns and event payloads.
 */
export type LocalDate = string;

/** Days of the week as JavaScript numbers them: 0 = Sunday ... 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function partsOf(date: LocalDate): DateParts {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new DomainError('DATE_INVALID', `'${date}' is not a date of the form YYYY-MM-DD`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function utcMillis(date: LocalDate): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real date of the form YYYY-MM-DD (no 31 April, no 29 February 2026). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** Returns the date, or throws DATE_INVALID naming the field. */
export function assertLocalDate(value: string, field?: string): LocalDate {
  if (!isLocalDate(value)) {
    throw new DomainError('DATE_INVALID', `'${String(value)}' is not a valid date of the form YYYY-MM-DD`, field);
  }
  return value;
}

export function localDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(utcMillis(date) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcMillis(to) - utcMillis(from)) / MS_PER_DAY);
}

export function weekdayOf(date: LocalDate): Weekday {
  return new Date(utcMillis(date)).getUTCDay() as Weekday;
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBefore(a: LocalDate, b: LocalDate): boolean {
  return a < b;
}

export function isAfter(a: LocalDate, b: LocalDate): boolean {
  return a > b;
}

export function earlierOf(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

export function laterOf(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

/**
 * The calendar date an instant falls on in an IANA time zone (e.g. 'Asia/Makassar', WITA, for
 * Polewali Mandar). "Today" for a business rule is always this, never the UTC date.
 */
export function localDateIn(instant: Date, timeZone: string): LocalDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${value('year')}-${value('month')}-${value('day')}`;
}

/**
 * The fixed offset from UTC, in minutes, of a time zone without daylight saving time (every
 * Indonesian zone: WIB +420, WITA +480, WIT +540). A zone whose offset changes during the year is
 * refused, because rules that work with a fixed offset would be wrong for part of it.
 */
export function fixedUtcOffsetMinutes(timeZone: string, year = new Date().getUTCFullYear()): number {
  const offsetOn = (month: number): number => {
    const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(Date.UTC(year, month, 1)))
      .find((part) => part.type === 'timeZoneName')?.value;
    const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? '');
    if (!match) throw new DomainError('TIME_ZONE_INVALID', `cannot read the UTC offset of ${timeZone}`);
    return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  };
  const january = offsetOn(0);
  if (offsetOn(6) !== january) {
    throw new DomainError('TIME_ZONE_INVALID', `${timeZone} changes its UTC offset during the year`);
  }
  return january;
}
