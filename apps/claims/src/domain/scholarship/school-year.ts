import { DomainError } from '@jaring/kernel';
import type { LocalDate } from '../shared/local-date.util';

/** A school year as officers write it: '2027/2028'. */
export type SchoolYear = string;

// Indonesian school years run from July to June (Kemendikbud academic calendar).
const FIRST_MONTH = 7;

export function assertSchoolYear(value: string, field = 'schoolYear'): SchoolYear {
  const match = /^(\d{4})\/(\d{4})$/.exec(value);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) {
    throw new DomainError('SCHOOL_YEAR_INVALID', `'${value}' is not a school year such as 2027/2028`, field);
  }
  return value;
}

/** The school year a day falls in. */
export function schoolYearOf(date: LocalDate): SchoolYear {
  const year = Number(date.slice(0, 4));
  const first = Number(date.slice(5, 7)) >= FIRST_MONTH ? year : year - 1;
  return `${first}/${first + 1}`;
}

/** The first day of a school year: children's ages are judged on it. */
export function schoolYearStart(schoolYear: SchoolYear): LocalDate {
  return `${schoolYear.slice(0, 4)}-${String(FIRST_MONTH).padStart(2, '0')}-01`;
}
