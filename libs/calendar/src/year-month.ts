import { DomainError } from '@jaring/kernel';
import { daysInMonth, localDate, type LocalDate } from './local-date';

/** A calendar month, 'YYYY-MM': the unit of contributions, invoices and coverage. */
export type YearMonth = string;

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(value: unknown): value is YearMonth {
  return typeof value === 'string' && YEAR_MONTH.test(value);
}

/** Returns the month, or throws MONTH_INVALID naming the field. */
export function assertYearMonth(value: string, field?: string): YearMonth {
  if (!isYearMonth(value)) {
    throw new DomainError('MONTH_INVALID', `'${String(value)}' is not a month of the form YYYY-MM`, field);
  }
  return value;
}

function partsOf(month: YearMonth): { year: number; month: number } {
  const match = YEAR_MONTH.exec(month);
  if (!match) throw new DomainError('MONTH_INVALID', `'${month}' is not a month of the form YYYY-MM`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

export function yearMonth(year: number, month: number): YearMonth {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function yearMonthOf(date: LocalDate): YearMonth {
  return date.slice(0, 7);
}

export function addMonthsTo(month: YearMonth, months: number): YearMonth {
  const parts = partsOf(month);
  const index = parts.year * 12 + (parts.month - 1) + months;
  return yearMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** Whole months from `from` to `to` ('2026-01' → '2026-04' is 3). */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  const a = partsOf(from);
  const b = partsOf(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

export function firstDayOf(month: YearMonth): LocalDate {
  return `${month}-01`;
}

export function lastDayOf(month: YearMonth): LocalDate {
  const { year, month: m } = partsOf(month);
  return localDate(year, m, daysInMonth(year, m));
}

/** A given day of the month; a day the month lacks is clamped to its last day (the 31st of April is the 30th). */
export function dayOfMonth(month: YearMonth, day: number): LocalDate {
  const { year, month: m } = partsOf(month);
  return localDate(year, m, Math.min(Math.max(1, day), daysInMonth(year, m)));
}

/** Every month from `from` to `to`, both included (empty when `to` is earlier). */
export function monthRange(from: YearMonth, to: YearMonth): YearMonth[] {
  const count = monthsBetween(from, to);
  return Array.from({ length: Math.max(0, count + 1) }, (_, index) => addMonthsTo(from, index));
}
