import { aRegistration, aRegistrationContext, aSponsor } from '../testing/enrolment.builders';
import { validateRegistration } from './registration.rules';
import type { RegisterWorkerInput } from './registration.types';

const context = aRegistrationContext();

function violationsOf(input: RegisterWorkerInput): string[] {
  const checked = validateRegistration(input, context);
  return checked.ok ? [] : checked.violations.map((violation) => `${violation.field}: ${violation.message}`);
}

function codesOf(input: RegisterWorkerInput): string[] {
  const checked = validateRegistration(input, context);
  return checked.ok ? [] : checked.violations.map((violation) => `${violation.field}:${violation.code}`);
}

describe('validateRegistration', () => {
  it('accepts a complete registration and cleans it', () => {
    const checked = validateRegistration(
      aRegistration().with({ fullName: '  Ahmad   Contoh ', addressLine: ' Dusun Contoh  RT 001 ' }).build(),
      context,
    );
    expect(checked).toEqual({
      ok: true,
      value: {
        nik: '7604011205900001',
        fullName: 'Ahmad Contoh',
        birthDate: '1990-05-12',
        sex: 'M',
        addressLine: 'Dusun Contoh RT 001',
        desaCode: '76.04.01.2002',
        occupation: 'ojek',
        phone: '+6281234567890',
        kk: { number: '7604010101200001', since: '2020-01-01' },
        payoutAccount: { bankCode: '002', accountNumber: '123456789012', holderName: 'Ahmad Contoh' },
        declaredMonthlyIncome: 1_000_000,
        enrolmentDate: '2025-09-01',
      },
    });
  });

  it('accepts a worker without phone, KK or bank account: coverage must not wait for them', () => {
    const checked = validateRegistration(aRegistration().without('phone', 'kk', 'payoutAccount').build(), context);
    expect(checked.ok && Object.keys(checked.value)).toEqual([
      'nik',
      'fullName',
      'birthDate',
      'sex',
      'addressLine',
      'desaCode',
      'occupation',
      'declaredMonthlyIncome',
      'enrolmentDate',
    ]);
  });

  it('treats empty optional parts as absent', () => {
    const input = aRegistration()
      .with({
        phone: ' ',
        kk: { number: '', since: '' },
        payoutAccount: { bankCode: '', accountNumber: '', holderName: '' },
      })
      .build();
    expect(codesOf(input)).toEqual([]);
  });

  it('reports every problem at once', () => {
    const input: RegisterWorkerInput = {
      nik: '760401120590001',
      fullName: '',
      birthDate: '1990-02-30',
      sex: 'X',
      addressLine: '',
      desaCode: '76.04.99.2001',
      occupation: 'ojek online',
      phone: '0428-21234',
      kk: { number: '123', since: '2030-01-01' },
      payoutAccount: { bankCode: 'BRI', accountNumber: '12-34', holderName: '' },
      declaredMonthlyIncome: 900_000,
      enrolmentDate: '2025-05-01',
    };
    expect(codesOf(input)).toEqual([
      'nik:NIK_TOO_SHORT',
      'fullName:REQUIRED',
      'birthDate:DATE_INVALID',
      'sex:SEX_INVALID',
      'addressLine:REQUIRED',
      'desaCode:DESA_NOT_IN_TENANT',
      'occupation:OCCUPATION_UNKNOWN',
      'phone:PHONE_NOT_INDONESIAN_MOBILE',
      'kk.number:KK_NUMBER_FORMAT',
      'kk.since:KK_SINCE_IN_FUTURE',
      'payoutAccount.bankCode:BANK_CODE_FORMAT',
      'payoutAccount.accountNumber:ACCOUNT_NUMBER_FORMAT',
      'payoutAccount.holderName:REQUIRED',
      'declaredMonthlyIncome:INCOME_BELOW_MINIMUM',
      'enrolmentDate:ENROLMENT_BEFORE_AGREEMENT',
    ]);
  });

  it('reports an enrolment date before any income rules (a typo for 2025) as violations, never by throwing', () => {
    const input = aRegistration().with({ enrolmentDate: '2005-10-06' }).build();
    expect(codesOf(input)).toEqual([
      'enrolmentDate:NO_INCOME_RULES_FOR_DATE',
      'enrolmentDate:ENROLMENT_BEFORE_AGREEMENT',
    ]);
  });

  it('says what is wrong in words an officer can act on', () => {
    const input = aRegistration()
      .with({
        birthDate: '1990-05-13',
        desaCode: '76.01.01.2001',
        enrolmentDate: '2025-05-01',
        declaredMonthlyIncome: 750_000,
      })
      .build();
    expect(violationsOf(input)).toEqual([
      'nik: birth date in NIK (1990-05-12) does not match the birth date given (1990-05-13)',
      'desaCode: 76.01.01.2001 is not a desa or kelurahan of 76.04',
      'declaredMonthlyIncome: must be at least Rp1.000.000 (PP 44/2015 Lampiran II), got Rp750.000',
      'enrolmentDate: 2025-05-01 is before the cooperation agreement PKS-TEST/001/2025 was signed (2025-05-16)',
    ]);
  });

  describe('NIK against birth date and sex', () => {
    it('accepts a woman whose NIK day is + 40', () => {
      expect(codesOf(aRegistration().bornOn('1992-08-25', 'F').with({ payoutAccount: undefined }).build())).toEqual([]);
    });

    it('rejects a sex that disagrees with the NIK', () => {
      expect(codesOf(aRegistration().with({ sex: 'F' }).build())).toEqual(['nik:NIK_SEX_MISMATCH']);
    });

    it('checks only the NIK structure when the birth date itself is invalid, reporting the date once', () => {
      expect(codesOf(aRegistration().with({ birthDate: '12/05/1990' }).build())).toEqual(['birthDate:DATE_INVALID']);
      expect(codesOf(aRegistration().with({ birthDate: '', nik: '7604011205900000' }).build())).toEqual([
        'nik:NIK_SERIAL_ZERO',
        'birthDate:REQUIRED',
      ]);
    });
  });

  describe('dates', () => {
    it('refuses a birth date after today', () => {
      expect(
        codesOf(
          aRegistration().bornOn('2026-02-01').with({ enrolmentDate: '2026-03-01', payoutAccount: undefined }).build(),
        ),
      ).toEqual(['birthDate:BIRTH_DATE_IN_FUTURE']);
    });

    it('refuses a birth date after the enrolment date', () => {
      expect(codesOf(aRegistration().bornOn('2025-12-01').build())).toEqual(['birthDate:BIRTH_DATE_AFTER_ENROLMENT']);
    });

    it('allows an enrolment date before coverage starts (the worker waits, pending)', () => {
      expect(codesOf(aRegistration().with({ enrolmentDate: '2025-05-16' }).build())).toEqual([]);
    });

    it('requires the enrolment date', () => {
      expect(codesOf(aRegistration().with({ enrolmentDate: '' }).build())).toEqual(['enrolmentDate:REQUIRED']);
    });
  });

  describe('desa', () => {
    it('refuses a code that is not shaped like a desa code', () => {
      expect(violationsOf(aRegistration().with({ desaCode: '7604012002' }).build())).toEqual([
        "desaCode: must be a desa/kelurahan code like 76.04.01.2002, got '7604012002'",
      ]);
    });

    it('accepts a kelurahan', () => {
      expect(codesOf(aRegistration().with({ desaCode: '76.04.04.1001' }).build())).toEqual([]);
    });

    it('refuses a desa of the regency when the sponsor is another tenant', () => {
      const otherTenant = aRegistrationContext({ sponsor: aSponsor({ tenant: '76.01' }) });
      const checked = validateRegistration(aRegistration().build(), otherTenant);
      expect(checked.ok ? [] : checked.violations.map((v) => v.code)).toEqual(['DESA_NOT_IN_TENANT']);
    });
  });

  describe('full name', () => {
    it('accepts apostrophes, hyphens, dots, commas and a single name', () => {
      const names = ["Ma'ruf", 'Abdul-Rahman', 'H. Ahmad, S.Pd.', 'Sukarno'];
      const results = names.map((fullName) =>
        codesOf(aRegistration().with({ fullName }).without('payoutAccount').build()),
      );
      expect(results).toEqual([[], [], [], []]);
    });

    it('refuses digits and one-letter names', () => {
      expect(codesOf(aRegistration().with({ fullName: 'Ahmad 2' }).without('payoutAccount').build())).toEqual([
        'fullName:FULL_NAME_CHARACTERS',
      ]);
      expect(codesOf(aRegistration().with({ fullName: 'A' }).without('payoutAccount').build())).toEqual([
        'fullName:FULL_NAME_LENGTH',
      ]);
    });
  });

  describe('payout account', () => {
    it('refuses an account in someone else’s name', () => {
      const input = aRegistration()
        .with({ payoutAccount: { bankCode: '002', accountNumber: '123456789012', holderName: 'Baharuddin' } })
        .build();
      expect(violationsOf(input)).toEqual(["payoutAccount.holderName: the account must be in the worker's own name"]);
    });

    it('accepts the holder name as the bank shortened it', () => {
      const input = aRegistration()
        .with({
          fullName: 'H. Ahmad Contoh Baharuddin',
          payoutAccount: { bankCode: '002', accountNumber: '123456789012', holderName: 'AHMAD CONTOH BAHAR' },
        })
        .build();
      expect(codesOf(input)).toEqual([]);
    });
  });

  describe('income', () => {
    it('accepts exactly the minimum', () => {
      expect(codesOf(aRegistration().with({ declaredMonthlyIncome: 1_000_000 }).build())).toEqual([]);
    });

    it('refuses fractions of a rupiah', () => {
      expect(codesOf(aRegistration().with({ declaredMonthlyIncome: 1_000_000.5 }).build())).toEqual([
        'declaredMonthlyIncome:RUPIAH_NOT_WHOLE',
      ]);
    });
  });

  it('never puts the NIK, KK, phone or account number in a message', () => {
    const input = aRegistration()
      .with({
        sex: 'F',
        phone: '0428-21234',
        kk: { number: '76040101012000011', since: '2020-01-01' },
        payoutAccount: { bankCode: '2', accountNumber: '1234-5678-9012', holderName: 'Someone Else' },
      })
      .build();
    const checked = validateRegistration(input, context);
    const text = JSON.stringify(checked);
    expect(checked.ok).toBe(false);
    for (const secret of ['7604011205900001', '76040101012000011', '0428-21234', '1234-5678-9012']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('prior BPJS membership (RULES.md §3–4)', () => {
  const prior = {
    bpjsMembershipStart: '2021-04-01',
    monthsPaid: 30,
    proofDocument: 'Kartu peserta BPJS TK 21012345678',
  };

  it('is recorded with the document that proves it', () => {
    const checked = validateRegistration(
      aRegistration().with({ priorMembership: prior }).build(),
      aRegistrationContext(),
    );
    expect(checked.ok && checked.value.priorMembership).toEqual(prior);
  });

  it('refuses a start after enrolment, more months than passed, and no proof', () => {
    const input = aRegistration()
      .with({
        enrolmentDate: '2025-10-06',
        priorMembership: { bpjsMembershipStart: '2025-08-01', monthsPaid: 4, proofDocument: ' ' },
      })
      .build();
    const checked = validateRegistration(input, aRegistrationContext());
    expect(checked.ok ? [] : checked.violations.map((v) => [v.field, v.code])).toEqual([
      ['priorMembership.monthsPaid', 'PRIOR_MONTHS_INVALID'],
      ['priorMembership.proofDocument', 'PRIOR_MEMBERSHIP_PROOF_REQUIRED'],
    ]);
    const after = aRegistration()
      .with({ enrolmentDate: '2025-10-06', priorMembership: { ...prior, bpjsMembershipStart: '2025-10-07' } })
      .build();
    const late = validateRegistration(after, aRegistrationContext());
    expect(late.ok ? [] : late.violations.map((v) => v.code)).toContain('PRIOR_MEMBERSHIP_AFTER_ENROLMENT');
  });
});
