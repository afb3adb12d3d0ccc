import { DomainError } from '@jaring/kernel';
import {
  addWorkingDays,
  createHolidayCalendar,
  defaultCalendar,
  holidayDataRunway,
  indonesianCalendar,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  workingDaysBetween,
} from './holiday-calendar';
import { INDONESIAN_HOLIDAY_YEARS, INDONESIAN_HOLIDAYS, loadHolidayYears } from './holidays/indonesian-holidays.data';
import { isLocalDate, weekdayOf } from './local-date';

describe('the Indonesian holiday calendar', () => {
  it('keeps weekends and national holidays off', () => {
    expect(isWorkingDay('2026-03-13')).toBe(true); // Friday
    expect(isWorkingDay('2026-03-14')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-15')).toBe(false); // Sunday
    expect(isWorkingDay('2026-08-17')).toBe(false); // Proklamasi Kemerdekaan, a Monday
    expect(defaultCalendar.holidayOn('2026-08-17')?.name).toBe('Proklamasi Kemerdekaan');
  });

  it('treats collective leave (cuti bersama) as a day off by default, and can work it', () => {
    expect(isWorkingDay('2026-03-23')).toBe(false); // cuti bersama Idul Fitri
    const strict = indonesianCalendar({ collectiveLeave: false });
    expect(isWorkingDay('2026-03-23', strict)).toBe(true);
    expect(isWorkingDay('2026-03-19', strict)).toBe(false); // Nyepi stays a holiday
  });

  it('moves a date to the next working day over a weekend and a holiday', () => {
    expect(nextWorkingDayOnOrAfter('2026-01-15')).toBe('2026-01-15'); // Thursday
    expect(nextWorkingDayOnOrAfter('2026-02-14')).toBe('2026-02-18'); // Sat, Sun, cuti bersama, Imlek
    expect(nextWorkingDayOnOrAfter('2026-03-18')).toBe('2026-03-25'); // Nyepi and the Idul Fitri week
  });

  it('adds working days without counting the start day', () => {
    expect(addWorkingDays('2026-11-06', 7, defaultCalendar)).toBe('2026-11-17'); // Friday + 7
    expect(addWorkingDays('2026-03-17', 3, defaultCalendar)).toBe('2026-03-27'); // across Nyepi and Lebaran
    expect(addWorkingDays('2026-12-23', 3, defaultCalendar)).toBe('2026-12-30'); // across Christmas
    expect(addWorkingDays('2026-03-27', -3, defaultCalendar)).toBe('2026-03-17');
    expect(addWorkingDays('2026-03-21', 0, defaultCalendar)).toBe('2026-03-21');
    expect(() => addWorkingDays('2026-03-21', 1.5, defaultCalendar)).toThrow(DomainError);
    expect(workingDaysBetween('2026-03-17', '2026-03-27')).toBe(3);
    expect(workingDaysBetween('2026-03-27', '2026-03-17')).toBe(-3);
  });

  it('knows which years it has data for', () => {
    expect(defaultCalendar.covers('2027-06-01')).toBe(true);
    expect(defaultCalendar.covers('2028-01-03')).toBe(false);
    expect(isWorkingDay('2028-01-03')).toBe(true); // only weekends outside the data
  });

  it('lists real dates in order, once per date and kind, with 2027 lunar dates marked provisional', () => {
    const dates = INDONESIAN_HOLIDAYS.map((holiday) => holiday.date);
    expect(dates.every(isLocalDate)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    const count = (year: string, kind: string) =>
      INDONESIAN_HOLIDAYS.filter((holiday) => holiday.date.startsWith(year) && holiday.kind === kind).length;
    // SKB 2025: 17 national + 10 collective leave, plus 18 August added in 2025; SKB 2026: 17 + 8.
    expect([count('2025', 'national-holiday'), count('2025', 'collective-leave')]).toEqual([17, 11]);
    expect([count('2026', 'national-holiday'), count('2026', 'collective-leave')]).toEqual([17, 8]);
    expect(INDONESIAN_HOLIDAYS.filter((holiday) => holiday.provisional).every((h) => h.date >= '2027')).toBe(true);
  });

  it('builds other calendars from data, e.g. a six-day week', () => {
    const calendar = createHolidayCalendar({
      name: 'six-day week',
      holidays: [],
      years: { from: 2026, to: 2026 },
      weekend: [0],
    });
    expect(isWorkingDay('2026-03-14', calendar)).toBe(true);
    expect(weekdayOf('2026-03-14')).toBe(6);
  });
});

describe('holiday data kept as one file per year', () => {
  const year = (
    y: number,
    holidays = [{ date: `${y}-01-01`, name: 'Tahun Baru', kind: 'national-holiday' as const, source: 'SKB' }],
  ) => ({
    year: y,
    sources: ['SKB'],
    holidays,
  });

  it('loads the shipped files 2025 to 2027, each holiday in its own year', () => {
    expect(INDONESIAN_HOLIDAY_YEARS).toEqual({ from: 2025, to: 2027 });
    expect(INDONESIAN_HOLIDAYS.find((holiday) => holiday.date === '2026-08-17')?.name).toBe('Proklamasi Kemerdekaan');
  });

  it('refuses a gap between years, a date outside its file’s year and a holiday without a source', () => {
    expect(() => loadHolidayYears([year(2025), year(2027)])).toThrow('holiday data jumps from 2025 to 2027');
    expect(() =>
      loadHolidayYears([year(2025, [{ date: '2026-01-01', name: 'x', kind: 'national-holiday', source: 'SKB' }])]),
    ).toThrow("'2026-01-01' is not a date of 2025");
    expect(() =>
      loadHolidayYears([year(2025, [{ date: '2025-01-01', name: 'x', kind: 'national-holiday', source: '' }])]),
    ).toThrow('needs a name, a kind and a source');
    expect(loadHolidayYears([year(2026), year(2025)]).years).toEqual({ from: 2025, to: 2026 });
  });

  it('warns from 90 days before the last loaded year ends, and says what to add', () => {
    expect(holidayDataRunway(defaultCalendar, '2027-10-02')).toEqual({
      lastCoveredDate: '2027-12-31',
      daysRemaining: 90,
      warning: expect.stringContaining('add the holidays of 2028'),
    });
    expect(holidayDataRunway(defaultCalendar, '2027-10-01')).toEqual({
      lastCoveredDate: '2027-12-31',
      daysRemaining: 91,
    });
    expect(holidayDataRunway(defaultCalendar, '2028-01-05')).toMatchObject({
      daysRemaining: -5,
      warning: expect.any(String),
    });
  });
});
