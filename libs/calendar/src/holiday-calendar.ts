import { DomainError } from '@jaring/kernel';
import { addDays, assertLocalDate, daysBetween, type LocalDate, type Weekday, weekdayOf } from './local-date';
import type { Holiday, HolidayKind } from './holidays/holiday.types';
import { INDONESIAN_HOLIDAYS, INDONESIAN_HOLIDAY_YEARS } from './holidays/indonesian-holidays.data';

/**
 * Which days are worked: weekends plus a list of holidays kept as data. Outside the years its
 * data covers a calendar knows only weekends; `covers(date)` says whether a date is inside, so a
 * caller can flag a deadline computed without holiday data instead of trusting it silently.
 */
export interface HolidayCalendar {
  readonly name: string;
  readonly weekend: readonly Weekday[];
  readonly years: { readonly from: number; readonly to: number };
  holidayOn(date: LocalDate): Holiday | undefined;
  covers(date: LocalDate): boolean;
}

export interface HolidayCalendarOptions {
  name: string;
  holidays: readonly Holiday[];
  years: { from: number; to: number };
  /** Saturday and Sunday unless given. */
  weekend?: readonly Weekday[];
  /** The kinds of holiday that are days off (both unless given). */
  kinds?: readonly HolidayKind[];
}

export function createHolidayCalendar(options: HolidayCalendarOptions): HolidayCalendar {
  const kinds = options.kinds ?? ['national-holiday', 'collective-leave'];
  const byDate = new Map<LocalDate, Holiday>();
  for (const holiday of options.holidays) {
    assertLocalDate(holiday.date, 'holiday.date');
    if (!kinds.includes(holiday.kind)) continue;
    // A national holiday wins over collective leave on the same date: its name is the one to show.
    const existing = byDate.get(holiday.date);
    if (!existing || existing.kind === 'collective-leave') byDate.set(holiday.date, holiday);
  }
  const weekend = options.weekend ?? [0, 6];
  const years = { ...options.years };
  return {
    name: options.name,
    weekend,
    years,
    holidayOn: (date) => byDate.get(date),
    covers: (date) => {
      const year = Number(date.slice(0, 4));
      return year >= years.from && year <= years.to;
    },
  };
}

export interface IndonesianCalendarOptions {
  /**
   * Whether collective leave (cuti bersama) is a day off. Default true: government offices (the
   * Pemkab's finance office) and BPJS Ketenagakerjaan branches close; banks usually follow.
   */
  collectiveLeave?: boolean;
}

/** Saturday, Sunday and the Indonesian national holidays (and, by default, collective leave). */
export function indonesianCalendar(options: IndonesianCalendarOptions = {}): HolidayCalendar {
  const collectiveLeave = options.collectiveLeave ?? true;
  return createHolidayCalendar({
    name: collectiveLeave ? 'ID national holidays + cuti bersama' : 'ID national holidays',
    holidays: INDONESIAN_HOLIDAYS,
    years: INDONESIAN_HOLIDAY_YEARS,
    kinds: collectiveLeave ? ['national-holiday', 'collective-leave'] : ['national-holiday'],
  });
}

/** The calendar every service uses unless configured otherwise. */
export const defaultCalendar: HolidayCalendar = indonesianCalendar();

export function isWorkingDay(date: LocalDate, calendar: HolidayCalendar = defaultCalendar): boolean {
  return !calendar.weekend.includes(weekdayOf(date)) && calendar.holidayOn(date) === undefined;
}

/** The date itself when it is a working day, else the first working day after it. */
export function nextWorkingDayOnOrAfter(date: LocalDate, calendar: HolidayCalendar = defaultCalendar): LocalDate {
  let current = assertLocalDate(date);
  // Indonesia's longest run of days off (Idul Fitri with collective leave and a weekend) is ~10 days.
  for (let step = 0; step < 60; step += 1) {
    if (isWorkingDay(current, calendar)) return current;
    current = addDays(current, 1);
  }
  throw new DomainError('CALENDAR_NO_WORKING_DAY', `no working day within 60 days of ${date} in ${calendar.name}`);
}

/**
 * The date `workingDays` working days after `date` (the start day itself is not counted, whether
 * or not it is worked): 7 working days after a Friday claim is the Tuesday nine days later when
 * nothing else intervenes. A negative count goes back. 0 returns the date unchanged.
 */
export function addWorkingDays(
  date: LocalDate,
  workingDays: number,
  calendar: HolidayCalendar = defaultCalendar,
): LocalDate {
  if (!Number.isInteger(workingDays)) {
    throw new DomainError('WORKING_DAYS_INVALID', `working days must be a whole number, got ${workingDays}`);
  }
  let current = assertLocalDate(date);
  const step = workingDays < 0 ? -1 : 1;
  for (let remaining = Math.abs(workingDays); remaining > 0;) {
    current = addDays(current, step);
    if (isWorkingDay(current, calendar)) remaining -= 1;
  }
  return current;
}

/** Working days from `from` (excluded) to `to` (included); negative when `to` is earlier. */
export function workingDaysBetween(
  from: LocalDate,
  to: LocalDate,
  calendar: HolidayCalendar = defaultCalendar,
): number {
  if (to < from) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
    if (isWorkingDay(current, calendar)) count += 1;
  }
  return count;
}

/** Readiness warns, and the metric crosses its alert line, this many days before the holiday data ends. */
export const HOLIDAY_DATA_WARNING_DAYS = 90;

export interface HolidayDataRunway {
  /** The last day the loaded holiday files cover. */
  readonly lastCoveredDate: LocalDate;
  /** Days from today to that day; negative once deadlines are counted on weekends alone. */
  readonly daysRemaining: number;
  /** Set from HOLIDAY_DATA_WARNING_DAYS before the end: what the operator must do. */
  readonly warning?: string;
}

/**
 * How long the holiday data lasts: after its last year, working days are counted on weekends alone
 * and payment deadlines come out early. Next year's decree (SKB) is usually published in September.
 */
export function holidayDataRunway(
  calendar: HolidayCalendar,
  today: LocalDate,
  warningDays: number = HOLIDAY_DATA_WARNING_DAYS,
): HolidayDataRunway {
  const lastCoveredDate = `${calendar.years.to}-12-31`;
  const daysRemaining = daysBetween(today, lastCoveredDate);
  if (daysRemaining > warningDays) return { lastCoveredDate, daysRemaining };
  return {
    lastCoveredDate,
    daysRemaining,
    warning: `holiday data (${calendar.name}) ends on ${lastCoveredDate}: add the holidays of ${calendar.years.to + 1} from its SKB 3 Menteri (libs/calendar/src/holidays/data)`,
  };
}
