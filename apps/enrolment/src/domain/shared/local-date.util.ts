/**
 * A calendar date without time or zone, 'YYYY-MM-DD' (the same shape the claims service uses).
 * Everything here is plain arithmetic on year, month and day: no `Date` object and no time zone
 * is involved, so a server in UTC and an officer in WITA (UTC+8) always see the same date.
 */
export type LocalDate = string;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Gregorian rule: every 4th year, except centuries, except every 4th century (2000 is leap, 1900 is not). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** True when the day exists in the calendar: no 31 April, 29 February only in leap years. */
export function isRealDate({ year, month, day }: DateParts): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** The parts of a strict 'YYYY-MM-DD' string naming a real day, or undefined. */
export function parseLocalDate(text: unknown): DateParts | undefined {
  // test() and fixed positions rather than exec(): validation asks this several times per row of an
  // import, and exec's match arrays were one of the import's largest allocations.
  if (typeof text !== 'string' || !LOCAL_DATE_PATTERN.test(text)) return undefined;
  const parts = { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) };
  return isRealDate(parts) ? parts : undefined;
}

export function isLocalDate(text: unknown): text is LocalDate {
  return parseLocalDate(text) !== undefined;
}

export function formatLocalDate({ year, month, day }: DateParts): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Valid 'YYYY-MM-DD' strings order correctly as strings; callers pass validated dates. */
export function isBefore(a: LocalDate, b: LocalDate): boolean {
  return a < b;
}

export function isAfter(a: LocalDate, b: LocalDate): boolean {
  return a > b;
}

export function laterOf(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}
