import { formatDate, formatDateTime, formatMonth, formatRupiah, regencyToday } from './format';

describe('Indonesian formatting of money and dates', () => {
  it('writes rupiah as the services do: Rp70.000.000', () => {
    expect(formatRupiah(70_000_000)).toBe('Rp70.000.000');
  });

  it('writes a date with the Indonesian month abbreviation, or the English one', () => {
    expect(formatDate('2026-12-07')).toBe('7 Des 2026');
    expect(formatDate('2026-08-17')).toBe('17 Agu 2026');
    expect(formatDate('2026-05-01', 'en')).toBe('1 May 2026');
    expect(formatMonth('2026-08')).toBe('Agu 2026');
    expect(formatMonth('2026-05', 'en')).toBe('May 2026');
    expect(() => formatDate('07/12/2026')).toThrow('not a calendar date');
  });

  it('shows an instant in the regency’s time (WITA, UTC+8), with a dot in Indonesian', () => {
    expect(formatDateTime('2026-12-07T06:05:00Z')).toBe('7 Des 2026 14.05');
    expect(formatDateTime('2026-12-07T17:30:00Z', 'en')).toBe('8 Dec 2026 01:30');
  });

  it('counts today in the regency, which is already tomorrow from 16:00 UTC', () => {
    expect(regencyToday(new Date('2026-12-07T15:59:00Z'))).toBe('2026-12-07');
    expect(regencyToday(new Date('2026-12-07T16:00:00Z'))).toBe('2026-12-08');
  });
});
