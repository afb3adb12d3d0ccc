import { DomainError } from '@jaring/kernel';
import { addDays, assertLocalDate, daysBetween, fixedUtcOffsetMinutes, isLocalDate, localDateIn } from './local-date';
import {
  addMonthsTo,
  assertYearMonth,
  dayOfMonth,
  lastDayOf,
  monthRange,
  monthsBetween,
  yearMonthOf,
} from './year-month';

describe('local dates and months', () => {
  it('checks that a date exists', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-4-01')).toBe(false);
    expect(() => assertLocalDate('2026-04-31', 'paidAt')).toThrow(DomainError);
  });

  it('steps days and months across year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(addMonthsTo('2026-11', 3)).toBe('2027-02');
    expect(addMonthsTo('2026-01', -1)).toBe('2025-12');
    expect(monthsBetween('2026-01', '2027-03')).toBe(14);
    expect(monthRange('2026-11', '2027-01')).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(monthRange('2027-01', '2026-11')).toEqual([]);
  });

  it('finds days within a month, clamped to its length', () => {
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(dayOfMonth('2026-04', 31)).toBe('2026-04-30');
    expect(dayOfMonth('2026-03', 15)).toBe('2026-03-15');
    expect(yearMonthOf('2026-03-15')).toBe('2026-03');
    expect(() => assertYearMonth('2026-13', 'month')).toThrow(DomainError);
  });

  it('takes today in the business time zone, not in UTC', () => {
    const instant = new Date('2026-03-04T16:30:00Z');
    expect(localDateIn(instant, 'Asia/Makassar')).toBe('2026-03-05');
    expect(localDateIn(instant, 'Asia/Jakarta')).toBe('2026-03-04');
  });

  it('knows the fixed UTC offset of the Indonesian zones and refuses a zone with daylight saving', () => {
    expect(fixedUtcOffsetMinutes('Asia/Jakarta')).toBe(420);
    expect(fixedUtcOffsetMinutes('Asia/Makassar')).toBe(480);
    expect(fixedUtcOffsetMinutes('Asia/Jayapura')).toBe(540);
    expect(fixedUtcOffsetMinutes('UTC')).toBe(0);
    expect(fixedUtcOffsetMinutes('America/Caracas')).toBe(-240);
    expect(() => fixedUtcOffsetMinutes('Europe/Berlin', 2026)).toThrow(DomainError);
  });
});
