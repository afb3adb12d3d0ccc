import { DomainError } from '@jaring/kernel';
import { failed, passed, violation, type Checked, type FieldViolation } from '../shared/field-violation.types';
import { formatLocalDate, isRealDate, parseLocalDate, type DateParts, type LocalDate } from '../shared/local-date.util';
import type { Sex } from '../shared/person.types';
import type { RegencyCode, RegencyCodeLookup } from '../regions/regency-codes.lookup';

/** Lists of every service mask NIKs the same way (libs/kernel). */
export { maskNik } from '@jaring/kernel';

/**
 * NIK (Nomor Induk Kependudukan), RULES.md §7: 16 digits =
 *   province (2) + regency (2) + district (2) + birth date DDMMYY (women: day + 40) + serial (4).
 * There is no check digit, so these structural checks and the agreement with the stated birth
 * date and sex are all that can be verified offline.
 */
export const NIK_LENGTH = 16;

/** Women's birth day in the NIK is the day of the month plus this offset (so 41–71). */
export const FEMALE_DAY_OFFSET = 40;

/** Stable violation codes (API contract). */
export const NIK_VIOLATION = {
  required: 'NIK_REQUIRED',
  notDigits: 'NIK_NOT_DIGITS',
  tooShort: 'NIK_TOO_SHORT',
  tooLong: 'NIK_TOO_LONG',
  unknownProvince: 'NIK_UNKNOWN_PROVINCE',
  unknownRegency: 'NIK_UNKNOWN_REGENCY',
  birthDayOutOfRange: 'NIK_BIRTH_DAY_OUT_OF_RANGE',
  birthMonthOutOfRange: 'NIK_BIRTH_MONTH_OUT_OF_RANGE',
  birthDateNotReal: 'NIK_BIRTH_DATE_NOT_REAL',
  serialZero: 'NIK_SERIAL_ZERO',
  birthDateMismatch: 'NIK_BIRTH_DATE_MISMATCH',
  sexMismatch: 'NIK_SEX_MISMATCH',
} as const;

/** What a valid NIK says about its holder. */
export interface DecodedNik {
  /** Where the NIK was issued ('PP.RR'); not where the person lives now (that is the KK address). */
  readonly regencyCode: RegencyCode;
  /** 'PP.RR.DD' */
  readonly districtCode: string;
  readonly birthDate: LocalDate;
  readonly sex: Sex;
  readonly serial: string;
}

/** What the person says about themselves, to be checked against the NIK. */
export interface ClaimedIdentity {
  readonly birthDate: LocalDate;
  readonly sex: Sex;
}

const FIELD = 'nik';

interface NikParts {
  readonly provinceCode: string;
  readonly regencyCode: RegencyCode;
  readonly districtCode: string;
  readonly encodedDay: number;
  readonly month: number;
  readonly twoDigitYear: number;
  readonly serial: string;
}

/**
 * Validates a NIK and checks it agrees with the stated birth date and sex. Returns the decoded
 * NIK, or every violation (field 'nik'). `claimed.birthDate` must already be a valid date (check
 * it first; see validateNikStructure for when it is not): its century resolves the NIK's
 * two-digit year, choosing the century closest to the stated birth year.
 */
export function validateNik(nik: string, claimed: ClaimedIdentity, regions: RegencyCodeLookup): Checked<DecodedNik> {
  const claimedBirth = parseLocalDate(claimed.birthDate);
  if (!claimedBirth) {
    throw new DomainError(
      'BIRTH_DATE_INVALID',
      'validate the birth date before checking the NIK against it',
      'birthDate',
    );
  }
  const read = readNik(nik);
  if (!read.ok) return read;
  const parts = read.value;
  const birth = birthDateFromNik(parts, centuryClosestTo(parts.twoDigitYear, claimedBirth.year));
  const dateViolations = birthDateViolations(parts, [birth]);
  const decoded: DecodedNik = {
    regencyCode: parts.regencyCode,
    districtCode: parts.districtCode,
    birthDate: formatLocalDate(birth),
    sex: sexFromDay(parts.encodedDay),
    serial: parts.serial,
  };
  const violations = [
    ...regionViolations(parts, regions),
    ...dateViolations,
    ...serialViolations(parts),
    // Agreement is only meaningful once the NIK's own date is a real day.
    ...(dateViolations.length === 0 ? agreementViolations(decoded, parts.encodedDay, claimed) : []),
  ];
  return violations.length > 0 ? failed(violations) : passed(decoded);
}

/**
 * Checks everything in a NIK that does not depend on the stated birth date: for input whose
 * birth date is itself invalid, so the officer still learns what is wrong with the NIK. Without a
 * birth year the century is unknown, so a date is accepted when it exists in 19YY or 20YY
 * (which only matters for 29 February of year 00: 2000 is a leap year, 1900 is not).
 */
export function validateNikStructure(nik: string, regions: RegencyCodeLookup): readonly FieldViolation[] {
  const read = readNik(nik);
  if (!read.ok) return read.violations;
  const parts = read.value;
  const candidates = [1900, 2000].map((century) => birthDateFromNik(parts, century));
  return [...regionViolations(parts, regions), ...birthDateViolations(parts, candidates), ...serialViolations(parts)];
}

function readNik(nik: string): Checked<NikParts> {
  if (nik === '') return failed([violation(FIELD, NIK_VIOLATION.required, 'is required')]);
  const nonDigitAt = [...nik].findIndex((char) => char < '0' || char > '9');
  if (nonDigitAt >= 0) {
    return failed([
      violation(FIELD, NIK_VIOLATION.notDigits, `must contain digits only; character ${nonDigitAt + 1} is not a digit`),
    ]);
  }
  if (nik.length < NIK_LENGTH) {
    return failed([
      violation(
        FIELD,
        NIK_VIOLATION.tooShort,
        `must have ${NIK_LENGTH} digits, has ${nik.length} (digits are missing)`,
      ),
    ]);
  }
  if (nik.length > NIK_LENGTH) {
    return failed([
      violation(FIELD, NIK_VIOLATION.tooLong, `must have ${NIK_LENGTH} digits, has ${nik.length} (too many digits)`),
    ]);
  }
  return passed({
    provinceCode: nik.slice(0, 2),
    regencyCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}`,
    districtCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
    encodedDay: Number(nik.slice(6, 8)),
    month: Number(nik.slice(8, 10)),
    twoDigitYear: Number(nik.slice(10, 12)),
    serial: nik.slice(12, 16),
  });
}

function regionViolations(parts: NikParts, regions: RegencyCodeLookup): FieldViolation[] {
  const provinceName = regions.provinceName(parts.provinceCode);
  if (provinceName === undefined) {
    return [
      violation(
        FIELD,
        NIK_VIOLATION.unknownProvince,
        `starts with province code ${parts.provinceCode}, which is not a Kemendagri province`,
      ),
    ];
  }
  if (!regions.isNikIssuingRegency(parts.regencyCode)) {
    return [
      violation(
        FIELD,
        NIK_VIOLATION.unknownRegency,
        `region ${parts.regencyCode} is not a Kemendagri regency or city code in ${provinceName}`,
      ),
    ];
  }
  return [];
}

/** A NIK's date is acceptable when it is a real day in at least one of the candidate centuries. */
function birthDateViolations(parts: NikParts, candidates: readonly DateParts[]): FieldViolation[] {
  const violations: FieldViolation[] = [];
  const day = parts.encodedDay;
  if (!((day >= 1 && day <= 31) || (day >= 1 + FEMALE_DAY_OFFSET && day <= 31 + FEMALE_DAY_OFFSET))) {
    violations.push(
      violation(
        FIELD,
        NIK_VIOLATION.birthDayOutOfRange,
        `birth day ${pad2(day)} is neither 01–31 (men) nor 41–71 (women, day + ${FEMALE_DAY_OFFSET})`,
      ),
    );
  }
  if (parts.month < 1 || parts.month > 12) {
    violations.push(
      violation(FIELD, NIK_VIOLATION.birthMonthOutOfRange, `birth month ${pad2(parts.month)} is not 01–12`),
    );
  }
  if (violations.length === 0 && !candidates.some(isRealDate)) {
    violations.push(
      violation(
        FIELD,
        NIK_VIOLATION.birthDateNotReal,
        `encodes birth date ${describeCandidates(candidates)}, which does not exist`,
      ),
    );
  }
  return violations;
}

function serialViolations(parts: NikParts): FieldViolation[] {
  return parts.serial === '0000'
    ? [violation(FIELD, NIK_VIOLATION.serialZero, 'serial number (last four digits) 0000 is never issued')]
    : [];
}

function agreementViolations(decoded: DecodedNik, encodedDay: number, claimed: ClaimedIdentity): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (decoded.birthDate !== claimed.birthDate) {
    violations.push(
      violation(
        FIELD,
        NIK_VIOLATION.birthDateMismatch,
        `birth date in NIK (${decoded.birthDate}) does not match the birth date given (${claimed.birthDate})`,
      ),
    );
  }
  if (decoded.sex !== claimed.sex) {
    const dayNote =
      decoded.sex === 'F'
        ? `birth day ${pad2(encodedDay)} = ${encodedDay - FEMALE_DAY_OFFSET} + ${FEMALE_DAY_OFFSET}`
        : `birth day ${pad2(encodedDay)} is not above ${FEMALE_DAY_OFFSET}`;
    violations.push(
      violation(
        FIELD,
        NIK_VIOLATION.sexMismatch,
        `NIK encodes sex ${decoded.sex} (${dayNote}) but the sex given is ${claimed.sex}`,
      ),
    );
  }
  return violations;
}

function birthDateFromNik(parts: NikParts, century: number): DateParts {
  const day = parts.encodedDay > FEMALE_DAY_OFFSET ? parts.encodedDay - FEMALE_DAY_OFFSET : parts.encodedDay;
  return { year: century + parts.twoDigitYear, month: parts.month, day };
}

/** The century (1900, 2000, ...) that puts the two-digit year nearest the stated birth year. */
function centuryClosestTo(twoDigitYear: number, statedYear: number): number {
  const statedCentury = Math.floor(statedYear / 100) * 100;
  return [statedCentury - 100, statedCentury, statedCentury + 100].reduce((best, century) =>
    Math.abs(century + twoDigitYear - statedYear) < Math.abs(best + twoDigitYear - statedYear) ? century : best,
  );
}

function sexFromDay(encodedDay: number): Sex {
  return encodedDay > FEMALE_DAY_OFFSET ? 'F' : 'M';
}

function describeCandidates(candidates: readonly DateParts[]): string {
  return candidates.map((parts) => formatLocalDate(parts)).join(' or ');
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
