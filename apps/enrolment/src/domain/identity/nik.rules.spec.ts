import { KEMENDAGRI_REGENCY_CODES as codes } from '../regions/regency-codes.lookup';
import { makeNik } from '../testing/enrolment.builders';
import { maskNik, NIK_VIOLATION, validateNik, validateNikStructure, type ClaimedIdentity } from './nik.rules';

const man: ClaimedIdentity = { birthDate: '1990-05-12', sex: 'M' };

/** The violation codes of a NIK check (empty when valid). */
function codesOf(nik: string, claimed: ClaimedIdentity = man): string[] {
  const checked = validateNik(nik, claimed, codes);
  return checked.ok ? [] : checked.violations.map((violation) => violation.code);
}

function messagesOf(nik: string, claimed: ClaimedIdentity): string[] {
  const checked = validateNik(nik, claimed, codes);
  return checked.ok ? [] : checked.violations.map((violation) => violation.message);
}

describe('validateNik', () => {
  it('accepts a valid NIK and decodes it', () => {
    expect(validateNik('7604011205900001', man, codes)).toEqual({
      ok: true,
      value: { regencyCode: '76.04', districtCode: '76.04.01', birthDate: '1990-05-12', sex: 'M', serial: '0001' },
    });
  });

  describe('length and characters', () => {
    it('rejects 15 digits as too short', () => {
      expect(validateNik('760401120590001', man, codes)).toEqual({
        ok: false,
        violations: [
          { field: 'nik', code: 'NIK_TOO_SHORT', message: 'must have 16 digits, has 15 (digits are missing)' },
        ],
      });
    });

    it('rejects 17 digits as too long', () => {
      expect(codesOf('76040112059000011')).toEqual([NIK_VIOLATION.tooLong]);
    });

    it('rejects letters, saying where without echoing the NIK', () => {
      const checked = validateNik('76040112059O0001', man, codes);
      expect(checked).toEqual({
        ok: false,
        violations: [
          { field: 'nik', code: 'NIK_NOT_DIGITS', message: 'must contain digits only; character 12 is not a digit' },
        ],
      });
    });

    it('rejects an empty NIK as missing', () => {
      expect(codesOf('')).toEqual([NIK_VIOLATION.required]);
    });
  });

  describe('region', () => {
    it('rejects an unknown province', () => {
      expect(codesOf('9904011205900001')).toEqual([NIK_VIOLATION.unknownProvince]);
      expect(messagesOf('9904011205900001', man)).toEqual([
        'starts with province code 99, which is not a Kemendagri province',
      ]);
    });

    it('rejects an unknown regency of a known province', () => {
      expect(messagesOf('7699011205900001', man)).toEqual([
        'region 76.99 is not a Kemendagri regency or city code in Sulawesi Barat',
      ]);
    });

    it('accepts a NIK from another province: a NIK never changes when its holder moves', () => {
      expect(codesOf(makeNik({ regency: '3273', birthDate: '1990-05-12', sex: 'M' }))).toEqual([]);
    });

    it('accepts a NIK issued by a regency that has since moved to a new province', () => {
      expect(codesOf(makeNik({ regency: '9101', birthDate: '1990-05-12', sex: 'M' }))).toEqual([]);
    });
  });

  describe('birth date', () => {
    it('accepts 29 February in 2000, a leap year although a century', () => {
      expect(codesOf(makeNik({ birthDate: '2000-02-29', sex: 'M' }), { birthDate: '2000-02-29', sex: 'M' })).toEqual(
        [],
      );
    });

    it('accepts 29 February 2024', () => {
      expect(codesOf('7604012902240001', { birthDate: '2024-02-29', sex: 'M' })).toEqual([]);
    });

    it('rejects 29 February 2023, resolving the century from the birth date given', () => {
      const checked = validateNik('7604012902230001', { birthDate: '2023-03-01', sex: 'M' }, codes);
      expect(checked).toEqual({
        ok: false,
        violations: [
          {
            field: 'nik',
            code: 'NIK_BIRTH_DATE_NOT_REAL',
            message: 'encodes birth date 2023-02-29, which does not exist',
          },
        ],
      });
    });

    it('rejects 29 February 1900 (a century that is not a leap year)', () => {
      expect(codesOf('7604012902000001', { birthDate: '1900-03-01', sex: 'M' })).toEqual([
        NIK_VIOLATION.birthDateNotReal,
      ]);
    });

    it('rejects 31 April', () => {
      expect(codesOf('7604013104900001', { birthDate: '1990-04-30', sex: 'M' })).toEqual([
        NIK_VIOLATION.birthDateNotReal,
      ]);
    });

    it('reads a woman’s day + 40', () => {
      const checked = validateNik('7604015205900001', { birthDate: '1990-05-12', sex: 'F' }, codes);
      expect(checked.ok && checked.value).toEqual(expect.objectContaining({ birthDate: '1990-05-12', sex: 'F' }));
    });

    it('accepts day 71: a woman born on the 31st', () => {
      expect(codesOf('7604017101900001', { birthDate: '1990-01-31', sex: 'F' })).toEqual([]);
    });

    it.each([
      ['00', 'no day 0'],
      ['32', 'between the ranges'],
      ['40', 'between the ranges'],
      ['72', 'past day 31 + 40'],
    ])('rejects day %s (%s)', (day) => {
      expect(codesOf(`760401${day}05900001`)).toEqual([NIK_VIOLATION.birthDayOutOfRange]);
    });

    it('explains the day ranges', () => {
      expect(messagesOf('7604017205900001', { birthDate: '1990-05-12', sex: 'F' })).toEqual([
        'birth day 72 is neither 01–31 (men) nor 41–71 (women, day + 40)',
      ]);
    });

    it('rejects month 13', () => {
      expect(codesOf('7604011213900001')).toEqual([NIK_VIOLATION.birthMonthOutOfRange]);
    });
  });

  it('rejects serial 0000', () => {
    expect(codesOf('7604011205900000')).toEqual([NIK_VIOLATION.serialZero]);
  });

  describe('agreement with the birth date and sex given', () => {
    it('names both dates when they differ', () => {
      expect(messagesOf('7604011205900001', { birthDate: '1990-05-13', sex: 'M' })).toEqual([
        'birth date in NIK (1990-05-12) does not match the birth date given (1990-05-13)',
      ]);
    });

    it('resolves the century to the one nearest the birth year given', () => {
      expect(messagesOf('7604013112990001', { birthDate: '2000-01-01', sex: 'M' })).toEqual([
        'birth date in NIK (1999-12-31) does not match the birth date given (2000-01-01)',
      ]);
    });

    it('rejects a woman’s NIK for a man', () => {
      expect(messagesOf('7604015205900001', man)).toEqual([
        'NIK encodes sex F (birth day 52 = 12 + 40) but the sex given is M',
      ]);
    });

    it('rejects a man’s NIK for a woman', () => {
      expect(messagesOf('7604011205900001', { birthDate: '1990-05-12', sex: 'F' })).toEqual([
        'NIK encodes sex M (birth day 12 is not above 40) but the sex given is F',
      ]);
    });

    it('reports a mismatch together with other problems in one pass', () => {
      expect(codesOf('7699011205900000', { birthDate: '1991-05-12', sex: 'F' })).toEqual([
        NIK_VIOLATION.unknownRegency,
        NIK_VIOLATION.serialZero,
        NIK_VIOLATION.birthDateMismatch,
        NIK_VIOLATION.sexMismatch,
      ]);
    });
  });

  it('never echoes the NIK in a message', () => {
    const nik = '7699017205900000';
    const checked = validateNik(nik, man, codes);
    expect(checked.ok).toBe(false);
    expect(JSON.stringify(checked)).not.toContain(nik);
  });

  it('refuses to check agreement against a birth date that is not a date', () => {
    expect(() => validateNik('7604011205900001', { birthDate: '12/05/1990', sex: 'M' }, codes)).toThrow(
      expect.objectContaining({ code: 'BIRTH_DATE_INVALID', field: 'birthDate' }),
    );
  });
});

describe('validateNikStructure (when the birth date given is unusable)', () => {
  it('accepts 29 February of year 00, which exists in 2000', () => {
    expect(validateNikStructure('7604012902000001', codes)).toEqual([]);
  });

  it('rejects 29 February of year 23 in either century', () => {
    expect(validateNikStructure('7604012902230001', codes)).toEqual([
      {
        field: 'nik',
        code: 'NIK_BIRTH_DATE_NOT_REAL',
        message: 'encodes birth date 1923-02-29 or 2023-02-29, which does not exist',
      },
    ]);
  });

  it('still reports every structural problem', () => {
    expect(validateNikStructure('9904014013000000', codes).map((violation) => violation.code)).toEqual([
      NIK_VIOLATION.unknownProvince,
      NIK_VIOLATION.birthDayOutOfRange,
      NIK_VIOLATION.birthMonthOutOfRange,
      NIK_VIOLATION.serialZero,
    ]);
  });
});

describe('maskNik', () => {
  it('keeps the first 4 and last 4 digits', () => {
    expect(maskNik('7604011205900001')).toBe('7604********0001');
  });

  it('masks a too-short value completely', () => {
    expect(maskNik('76040112')).toBe('****************');
  });
});
