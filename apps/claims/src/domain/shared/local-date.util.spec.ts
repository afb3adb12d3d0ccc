import { errorCodeOf } from '../testing/domain-error.helper';
import { addMonths, ageInYears, assertLocalDate, daysBetween, localDateOf } from './local-date.util';

describe('local dates', () => {
  it('clamps month steps to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('counts completed years of age, a 29 February birthday turning on 28 February', () => {
    expect(ageInYears('2003-03-11', '2026-03-10')).toBe(22);
    expect(ageInYears('2003-03-10', '2026-03-10')).toBe(23);
    expect(ageInYears('2004-02-29', '2027-02-28')).toBe(23);
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
  });

  it('refuses dates that do not exist', () => {
    expect(errorCodeOf(() => assertLocalDate('2026-04-31'))).toBe('DATE_INVALID');
    expect(errorCodeOf(() => assertLocalDate('10/03/2026'))).toBe('DATE_INVALID');
  });

  it('takes the local date of an instant at the regency offset', () => {
    expect(localDateOf('2026-03-04T16:30:00Z', 480)).toBe('2026-03-05');
    expect(localDateOf('2026-03-04T16:30:00Z', 420)).toBe('2026-03-04');
  });
});
