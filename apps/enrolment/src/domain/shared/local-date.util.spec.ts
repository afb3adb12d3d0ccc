import { daysInMonth, isLeapYear, isLocalDate, laterOf, parseLocalDate } from './local-date.util';

describe('local dates', () => {
  it.each([
    [2000, true],
    [2024, true],
    [1900, false],
    [2023, false],
    [2100, false],
  ])('isLeapYear(%i) is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it('knows February has 29 days only in leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
  });

  it('parses only real days in the strict YYYY-MM-DD form', () => {
    expect(parseLocalDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseLocalDate('2023-02-29')).toBeUndefined();
    expect(parseLocalDate('2023-04-31')).toBeUndefined();
    expect(parseLocalDate('2023-4-01')).toBeUndefined();
    expect(parseLocalDate('12/05/1990')).toBeUndefined();
    expect(isLocalDate(undefined)).toBe(false);
  });

  it('picks the later of two dates', () => {
    expect(laterOf('2025-10-06', '2025-09-01')).toBe('2025-10-06');
    expect(laterOf('2025-10-06', '2025-11-01')).toBe('2025-11-01');
  });
});
