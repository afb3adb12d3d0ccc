import { couldBeSamePersonName } from '../identity/person-name.rules';
import { validateNik, validateNikStructure } from '../identity/nik.rules';
import { normaliseIndonesianMobile } from '../identity/phone.rules';
import { VILLAGE_CODE_PATTERN } from '../regions/region-directory.parser';
import { findDeclaredIncomeRules } from '../sponsor/declared-income.rule-set';
import { failed, passed, violation, type Checked, type FieldViolation } from '../shared/field-violation.types';
import { isAfter, isBefore, isLocalDate, type LocalDate } from '../shared/local-date.util';
import { isSex } from '../shared/person.types';
import { enrolmentWindowViolations } from './enrolment-window.rules';
import { formatRupiah } from '../shared/rupiah.format';
import {
  OCCUPATIONS,
  type FamilyCard,
  type Occupation,
  type PayoutAccount,
  type PriorMembership,
  type RegisterWorker,
  type RegisterWorkerInput,
  type RegistrationContext,
} from './registration.types';

/** Stable violation codes of a registration (API contract), besides the NIK_* codes of nik.rules. */
export const REGISTRATION_VIOLATION = {
  required: 'REQUIRED',
  fullNameLength: 'FULL_NAME_LENGTH',
  fullNameCharacters: 'FULL_NAME_CHARACTERS',
  dateInvalid: 'DATE_INVALID',
  birthDateInFuture: 'BIRTH_DATE_IN_FUTURE',
  birthDateAfterEnrolment: 'BIRTH_DATE_AFTER_ENROLMENT',
  sexInvalid: 'SEX_INVALID',
  addressTooLong: 'ADDRESS_TOO_LONG',
  desaCodeFormat: 'DESA_CODE_FORMAT',
  desaNotInTenant: 'DESA_NOT_IN_TENANT',
  occupationUnknown: 'OCCUPATION_UNKNOWN',
  phoneInvalid: 'PHONE_NOT_INDONESIAN_MOBILE',
  kkNumberFormat: 'KK_NUMBER_FORMAT',
  kkSinceInFuture: 'KK_SINCE_IN_FUTURE',
  bankCodeFormat: 'BANK_CODE_FORMAT',
  accountNumberFormat: 'ACCOUNT_NUMBER_FORMAT',
  accountNotInWorkersName: 'PAYOUT_ACCOUNT_NOT_IN_WORKER_NAME',
  rupiahNotWhole: 'RUPIAH_NOT_WHOLE',
  incomeBelowMinimum: 'INCOME_BELOW_MINIMUM',
  enrolmentBeforeAgreement: 'ENROLMENT_BEFORE_AGREEMENT',
  noIncomeRules: 'NO_INCOME_RULES_FOR_DATE',
  priorMembershipAfterEnrolment: 'PRIOR_MEMBERSHIP_AFTER_ENROLMENT',
  priorMonthsInvalid: 'PRIOR_MONTHS_INVALID',
  priorProofRequired: 'PRIOR_MEMBERSHIP_PROOF_REQUIRED',
} as const;

const V = REGISTRATION_VIOLATION;
const FULL_NAME_MIN_LENGTH = 2;
const FULL_NAME_MAX_LENGTH = 120;
const ADDRESS_MAX_LENGTH = 200;
/** Letters of any script, combining marks, spaces and the punctuation found in Indonesian names. */
const NAME_CHARACTERS = /^[\p{L}\p{M} .,'’-]+$/u;
const KK_NUMBER = /^\d{16}$/;
const BANK_CODE = /^\d{3}$/;
const ACCOUNT_NUMBER = /^\d{5,20}$/;

/**
 * Checks one registration completely and returns the cleaned registration or every violation at
 * once (so an officer fixes a row in one pass). Used by the single POST and, through
 * parseImportRow, by the bulk import. No message contains the NIK, KK, phone or account number.
 */
export function validateRegistration(
  input: RegisterWorkerInput,
  context: RegistrationContext,
): Checked<RegisterWorker> {
  const cleaned = clean(input);
  const violations = [
    ...nikViolations(cleaned, context),
    ...fullNameViolations(cleaned.fullName),
    ...birthDateViolations(cleaned, context),
    ...(isSex(cleaned.sex) ? [] : [violation('sex', V.sexInvalid, 'must be M or F')]),
    ...addressViolations(cleaned.addressLine),
    ...desaViolations(cleaned.desaCode, context),
    ...(isOccupation(cleaned.occupation)
      ? []
      : [violation('occupation', V.occupationUnknown, `must be one of ${OCCUPATIONS.join(', ')}`)]),
    ...phoneViolations(cleaned.phone),
    ...familyCardViolations(cleaned.kk, context),
    ...payoutAccountViolations(cleaned.payoutAccount, cleaned.fullName),
    ...incomeViolations(cleaned, context),
    ...enrolmentDateViolations(cleaned.enrolmentDate, context),
    ...priorMembershipViolations(cleaned),
  ];
  if (violations.length > 0) return failed(violations);
  return passed({
    nik: cleaned.nik,
    fullName: cleaned.fullName,
    birthDate: cleaned.birthDate,
    sex: cleaned.sex as RegisterWorker['sex'],
    addressLine: cleaned.addressLine,
    desaCode: cleaned.desaCode,
    occupation: cleaned.occupation as Occupation,
    ...(cleaned.phone === undefined ? {} : { phone: normaliseIndonesianMobile(cleaned.phone) }),
    ...(cleaned.kk === undefined ? {} : { kk: cleaned.kk }),
    ...(cleaned.payoutAccount === undefined ? {} : { payoutAccount: cleaned.payoutAccount }),
    declaredMonthlyIncome: cleaned.declaredMonthlyIncome,
    enrolmentDate: cleaned.enrolmentDate,
    ...(cleaned.priorMembership === undefined ? {} : { priorMembership: cleaned.priorMembership }),
  });
}

/** Input with text trimmed, inner runs of spaces collapsed, and empty optional parts dropped. */
interface CleanedInput {
  readonly nik: string;
  readonly fullName: string;
  readonly birthDate: string;
  readonly sex: string;
  readonly addressLine: string;
  readonly desaCode: string;
  readonly occupation: string;
  readonly phone?: string;
  readonly kk?: FamilyCard;
  readonly payoutAccount?: PayoutAccount;
  readonly declaredMonthlyIncome: number;
  readonly enrolmentDate: string;
  readonly priorMembership?: PriorMembership;
}

function clean(input: RegisterWorkerInput): CleanedInput {
  const phone = text(input.phone);
  const kk = input.kk && { number: text(input.kk.number), since: text(input.kk.since) };
  const account = input.payoutAccount && {
    bankCode: text(input.payoutAccount.bankCode),
    accountNumber: text(input.payoutAccount.accountNumber),
    holderName: text(input.payoutAccount.holderName),
  };
  return {
    nik: text(input.nik),
    fullName: text(input.fullName),
    birthDate: text(input.birthDate),
    sex: text(input.sex),
    addressLine: text(input.addressLine),
    desaCode: text(input.desaCode),
    occupation: text(input.occupation),
    ...(phone === '' ? {} : { phone }),
    ...(kk === undefined || allEmpty(kk) ? {} : { kk }),
    ...(account === undefined || allEmpty(account) ? {} : { payoutAccount: account }),
    declaredMonthlyIncome: input.declaredMonthlyIncome,
    enrolmentDate: text(input.enrolmentDate),
    ...(input.priorMembership === undefined
      ? {}
      : {
          priorMembership: {
            bpjsMembershipStart: text(input.priorMembership.bpjsMembershipStart),
            monthsPaid: input.priorMembership.monthsPaid,
            proofDocument: text(input.priorMembership.proofDocument),
          },
        }),
  };
}

function nikViolations(input: CleanedInput, context: RegistrationContext): readonly FieldViolation[] {
  // The NIK is checked against the birth date and sex only when those are themselves valid, so
  // one mistake is not reported twice.
  if (!isLocalDate(input.birthDate) || !isSex(input.sex)) return validateNikStructure(input.nik, context.regencyCodes);
  const checked = validateNik(input.nik, { birthDate: input.birthDate, sex: input.sex }, context.regencyCodes);
  return checked.ok ? [] : checked.violations;
}

function fullNameViolations(fullName: string): FieldViolation[] {
  if (fullName === '') return [violation('fullName', V.required, 'is required')];
  if (fullName.length < FULL_NAME_MIN_LENGTH || fullName.length > FULL_NAME_MAX_LENGTH) {
    return [
      violation(
        'fullName',
        V.fullNameLength,
        `must be ${FULL_NAME_MIN_LENGTH}–${FULL_NAME_MAX_LENGTH} characters, has ${fullName.length}`,
      ),
    ];
  }
  if (!NAME_CHARACTERS.test(fullName)) {
    return [violation('fullName', V.fullNameCharacters, "may hold only letters, spaces and . , ' -")];
  }
  return [];
}

function birthDateViolations(input: CleanedInput, context: RegistrationContext): FieldViolation[] {
  if (!isLocalDate(input.birthDate)) return [dateInvalid('birthDate', input.birthDate)];
  if (isAfter(input.birthDate, context.today)) {
    return [violation('birthDate', V.birthDateInFuture, `${input.birthDate} is after today (${context.today})`)];
  }
  if (isLocalDate(input.enrolmentDate) && isAfter(input.birthDate, input.enrolmentDate)) {
    return [
      violation(
        'birthDate',
        V.birthDateAfterEnrolment,
        `${input.birthDate} is after the enrolment date ${input.enrolmentDate}`,
      ),
    ];
  }
  return [];
}

function addressViolations(addressLine: string): FieldViolation[] {
  if (addressLine === '') return [violation('addressLine', V.required, 'is required')];
  return addressLine.length > ADDRESS_MAX_LENGTH
    ? [violation('addressLine', V.addressTooLong, `must be at most ${ADDRESS_MAX_LENGTH} characters`)]
    : [];
}

function desaViolations(desaCode: string, context: RegistrationContext): FieldViolation[] {
  if (desaCode === '') return [violation('desaCode', V.required, 'is required')];
  if (!VILLAGE_CODE_PATTERN.test(desaCode)) {
    return [
      violation('desaCode', V.desaCodeFormat, `must be a desa/kelurahan code like 76.04.01.2002, got '${desaCode}'`),
    ];
  }
  const tenant = context.sponsor.tenant;
  return context.regions.hasVillage(tenant, desaCode)
    ? []
    : [violation('desaCode', V.desaNotInTenant, `${desaCode} is not a desa or kelurahan of ${tenant}`)];
}

function phoneViolations(phone: string | undefined): FieldViolation[] {
  if (phone === undefined || normaliseIndonesianMobile(phone) !== undefined) return [];
  return [
    violation(
      'phone',
      V.phoneInvalid,
      'must be an Indonesian mobile number such as 0812-3456-7890 or +62 812 3456 7890',
    ),
  ];
}

function familyCardViolations(kk: FamilyCard | undefined, context: RegistrationContext): FieldViolation[] {
  if (kk === undefined) return [];
  const violations: FieldViolation[] = [];
  if (kk.number === '') violations.push(violation('kk.number', V.required, 'is required with kk.since'));
  else if (!KK_NUMBER.test(kk.number))
    violations.push(violation('kk.number', V.kkNumberFormat, 'must be exactly 16 digits'));
  if (kk.since === '') violations.push(violation('kk.since', V.required, 'is required with kk.number'));
  else if (!isLocalDate(kk.since)) violations.push(dateInvalid('kk.since', kk.since));
  else if (isAfter(kk.since, context.today)) {
    violations.push(violation('kk.since', V.kkSinceInFuture, `${kk.since} is after today (${context.today})`));
  }
  return violations;
}

function payoutAccountViolations(account: PayoutAccount | undefined, fullName: string): FieldViolation[] {
  if (account === undefined) return [];
  const violations: FieldViolation[] = [];
  if (!BANK_CODE.test(account.bankCode)) {
    violations.push(
      violation('payoutAccount.bankCode', V.bankCodeFormat, "must be a 3-digit bank code, e.g. '002' for BRI"),
    );
  }
  if (!ACCOUNT_NUMBER.test(account.accountNumber)) {
    violations.push(violation('payoutAccount.accountNumber', V.accountNumberFormat, 'must be 5–20 digits'));
  }
  if (account.holderName === '') {
    violations.push(violation('payoutAccount.holderName', V.required, 'is required'));
  } else if (fullName !== '' && !couldBeSamePersonName(account.holderName, fullName)) {
    // RULES.md §6: benefits are paid only into an account in the payee's own name.
    violations.push(
      violation('payoutAccount.holderName', V.accountNotInWorkersName, "the account must be in the worker's own name"),
    );
  }
  return violations;
}

function incomeViolations(input: CleanedInput, context: RegistrationContext): FieldViolation[] {
  const income = input.declaredMonthlyIncome;
  if (typeof income !== 'number' || !Number.isSafeInteger(income)) {
    return [violation('declaredMonthlyIncome', V.rupiahNotWhole, 'must be a whole number of rupiah')];
  }
  const ruleDate = isLocalDate(input.enrolmentDate) ? input.enrolmentDate : context.today;
  const rules = findDeclaredIncomeRules(ruleDate);
  if (!rules) {
    // A typo such as 2005 for 2025: a violation of this row, never an error that stops an import.
    return [
      violation('enrolmentDate', V.noIncomeRules, `${ruleDate} is before any declared-income rules are in force`),
    ];
  }
  const { minimumDeclaredIncome, source } = rules;
  return income < minimumDeclaredIncome
    ? [
        violation(
          'declaredMonthlyIncome',
          V.incomeBelowMinimum,
          `must be at least ${formatRupiah(minimumDeclaredIncome)} (${source}), got ${formatRupiah(income)}`,
        ),
      ]
    : [];
}

function enrolmentDateViolations(enrolmentDate: string, context: RegistrationContext): FieldViolation[] {
  if (!isLocalDate(enrolmentDate)) return [dateInvalid('enrolmentDate', enrolmentDate)];
  const { pksNumber, signingDate } = context.sponsor.agreement;
  return isBefore(enrolmentDate, signingDate)
    ? [
        violation(
          'enrolmentDate',
          V.enrolmentBeforeAgreement,
          `${enrolmentDate} is before the cooperation agreement ${pksNumber} was signed (${signingDate})`,
        ),
      ]
    : context.enrolmentWindow
      ? enrolmentWindowViolations(enrolmentDate, context.enrolmentWindow)
      : [];
}

/**
 * Prior BPJS membership (RULES.md §3–4): it started before enrolment here, at most as many whole
 * months were paid as passed since, and a document proves it.
 */
function priorMembershipViolations(input: CleanedInput): FieldViolation[] {
  const prior = input.priorMembership;
  if (!prior) return [];
  const field = (name: string) => `priorMembership.${name}`;
  const violations: FieldViolation[] = [];
  if (!isLocalDate(prior.bpjsMembershipStart)) {
    violations.push(dateInvalid(field('bpjsMembershipStart'), prior.bpjsMembershipStart));
  } else if (isLocalDate(input.enrolmentDate) && !isBefore(prior.bpjsMembershipStart, input.enrolmentDate)) {
    violations.push(
      violation(field('bpjsMembershipStart'), V.priorMembershipAfterEnrolment, 'must be before the enrolment date'),
    );
  }
  const elapsed =
    isLocalDate(prior.bpjsMembershipStart) && isLocalDate(input.enrolmentDate)
      ? wholeMonthsBetween(prior.bpjsMembershipStart, input.enrolmentDate) + 1
      : Number.MAX_SAFE_INTEGER;
  if (!Number.isSafeInteger(prior.monthsPaid) || prior.monthsPaid < 0 || prior.monthsPaid > elapsed) {
    violations.push(
      violation(
        field('monthsPaid'),
        V.priorMonthsInvalid,
        'must be a whole number of months, at most the months from the membership start to enrolment',
      ),
    );
  }
  if (prior.proofDocument === '' || prior.proofDocument.length > 200) {
    violations.push(
      violation(
        field('proofDocument'),
        V.priorProofRequired,
        'name the document that proves it (at most 200 characters)',
      ),
    );
  }
  return violations;
}

function wholeMonthsBetween(from: LocalDate, to: LocalDate): number {
  const [fromYear, fromMonth] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [toYear, toMonth] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  return (toYear - fromYear) * 12 + (toMonth - fromMonth);
}

function dateInvalid(field: string, value: string): FieldViolation {
  return value === ''
    ? violation(field, V.required, 'is required')
    : violation(field, V.dateInvalid, `must be a real date written YYYY-MM-DD, got '${value}'`);
}

function isOccupation(value: string): value is Occupation {
  return (OCCUPATIONS as readonly string[]).includes(value);
}

/** Trimmed text with inner runs of whitespace collapsed; '' for a missing value. */
function text(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

function allEmpty(values: object): boolean {
  return Object.values(values).every((value) => value === '');
}
