import { type Rupiah } from '@jaring/kernel';
import { failed, passed, violation, type Checked, type FieldViolation } from '../shared/field-violation.types';
import { formatRupiah } from '../shared/rupiah.format';
import { isBefore, isLocalDate, laterOf, type LocalDate } from '../shared/local-date.util';
import { REGENCY_CODE_PATTERN, type RegencyCode, type RegencyCodeLookup } from '../regions/regency-codes.lookup';
import { declaredIncomeRulesOn } from './declared-income.rule-set';

/** Where the contributions come from: a regency's budget (APBD) or the national budget (APBN). */
export const FUNDING_SOURCES = ['APBD', 'APBN'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** JKK: work-accident protection; JKM: death benefit. The two programmes a Pemkab pays for BPU workers. */
export const PROGRAMMES = ['JKK', 'JKM'] as const;
export type Programme = (typeof PROGRAMMES)[number];

/** The cooperation agreement (Perjanjian Kerja Sama, PKS) between the Pemkab and BPJS Ketenagakerjaan. */
export interface CooperationAgreement {
  readonly pksNumber: string;
  readonly signingDate: LocalDate;
  /** No worker is covered before this date, whenever they were enrolled. */
  readonly coverageStartDate: LocalDate;
}

/**
 * The government body paying the contributions, e.g. Pemkab Polewali Mandar (tenant '76.04',
 * APBD, PKS signed 2025-05-16, coverage from 2025-10-06). Its regency code is the tenant: every
 * worker, row and event of that regency carries it.
 */
export interface Sponsor {
  readonly id: string;
  readonly name: string;
  readonly tenant: RegencyCode;
  readonly fundingSource: FundingSource;
  readonly agreement: CooperationAgreement;
  readonly programmes: readonly Programme[];
  /** The declared monthly income used for a worker when the Pemkab's list gives none. */
  readonly declaredIncomeBasis: Rupiah;
}

/** A sponsor as received from an officer or a seed file, before validation. */
export interface SponsorInput {
  readonly id: string;
  readonly name: string;
  readonly tenant: string;
  readonly fundingSource: string;
  readonly agreement: {
    readonly pksNumber: string;
    readonly signingDate: string;
    readonly coverageStartDate: string;
  };
  readonly programmes: readonly string[];
  readonly declaredIncomeBasis: number;
}

/** Checks a sponsor and returns it typed, or every violation. */
export function validateSponsor(input: SponsorInput, regions: RegencyCodeLookup): Checked<Sponsor> {
  const violations: FieldViolation[] = [
    ...required('id', input.id),
    ...required('name', input.name),
    ...tenantViolations(input.tenant, regions),
    ...(isFundingSource(input.fundingSource)
      ? []
      : [violation('fundingSource', 'FUNDING_SOURCE_UNKNOWN', `must be one of ${FUNDING_SOURCES.join(', ')}`)]),
    ...required('agreement.pksNumber', input.agreement.pksNumber),
    ...agreementDateViolations(input.agreement),
    ...programmeViolations(input.programmes),
    ...incomeBasisViolations(input.declaredIncomeBasis, input.agreement.coverageStartDate),
  ];
  if (violations.length > 0) return failed(violations);
  return passed({
    id: input.id.trim(),
    name: input.name.trim(),
    tenant: input.tenant,
    fundingSource: input.fundingSource as FundingSource,
    agreement: {
      pksNumber: input.agreement.pksNumber.trim(),
      signingDate: input.agreement.signingDate,
      coverageStartDate: input.agreement.coverageStartDate,
    },
    programmes: [...input.programmes] as Programme[],
    declaredIncomeBasis: input.declaredIncomeBasis,
  });
}

/**
 * The first day a worker is covered: the PKS coverage start or the enrolment date, whichever is
 * later (a worker enrolled before the programme starts waits for it; one enrolled later starts
 * on enrolment).
 */
export function coverageStartDateFor(agreement: CooperationAgreement, enrolmentDate: LocalDate): LocalDate {
  return laterOf(agreement.coverageStartDate, enrolmentDate);
}

function required(field: string, value: string): FieldViolation[] {
  return value.trim() === '' ? [violation(field, 'REQUIRED', 'is required')] : [];
}

function tenantViolations(tenant: string, regions: RegencyCodeLookup): FieldViolation[] {
  if (!REGENCY_CODE_PATTERN.test(tenant)) {
    return [violation('tenant', 'TENANT_FORMAT', `must be a Kemendagri regency code like 76.04, got '${tenant}'`)];
  }
  if (!regions.isCurrentRegency(tenant)) {
    return [violation('tenant', 'TENANT_UNKNOWN', `${tenant} is not a regency or city in force`)];
  }
  return [];
}

function agreementDateViolations(agreement: SponsorInput['agreement']): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (!isLocalDate(agreement.signingDate)) {
    violations.push(violation('agreement.signingDate', 'DATE_INVALID', 'must be a real date YYYY-MM-DD'));
  }
  if (!isLocalDate(agreement.coverageStartDate)) {
    violations.push(violation('agreement.coverageStartDate', 'DATE_INVALID', 'must be a real date YYYY-MM-DD'));
  }
  if (violations.length === 0 && isBefore(agreement.coverageStartDate, agreement.signingDate)) {
    violations.push(
      violation(
        'agreement.coverageStartDate',
        'COVERAGE_BEFORE_SIGNING',
        `coverage cannot start (${agreement.coverageStartDate}) before the PKS is signed (${agreement.signingDate})`,
      ),
    );
  }
  return violations;
}

function programmeViolations(programmes: readonly string[]): FieldViolation[] {
  if (programmes.length === 0)
    return [violation('programmes', 'PROGRAMMES_REQUIRED', 'at least one programme is paid')];
  const unknown = programmes.filter((programme) => !isProgramme(programme));
  if (unknown.length > 0) {
    return [
      violation('programmes', 'PROGRAMME_UNKNOWN', `${unknown.join(', ')} is not one of ${PROGRAMMES.join(', ')}`),
    ];
  }
  if (new Set(programmes).size !== programmes.length) {
    return [violation('programmes', 'PROGRAMME_REPEATED', 'lists a programme twice')];
  }
  return [];
}

function incomeBasisViolations(basis: number, coverageStartDate: string): FieldViolation[] {
  if (!Number.isSafeInteger(basis)) {
    return [violation('declaredIncomeBasis', 'RUPIAH_NOT_WHOLE', 'must be a whole number of rupiah')];
  }
  if (!isLocalDate(coverageStartDate)) return [];
  const { minimumDeclaredIncome, source } = declaredIncomeRulesOn(coverageStartDate);
  return basis < minimumDeclaredIncome
    ? [
        violation(
          'declaredIncomeBasis',
          'INCOME_BELOW_MINIMUM',
          `must be at least ${formatRupiah(minimumDeclaredIncome)} (${source}), got ${formatRupiah(basis)}`,
        ),
      ]
    : [];
}

function isFundingSource(value: string): value is FundingSource {
  return (FUNDING_SOURCES as readonly string[]).includes(value);
}

function isProgramme(value: string): value is Programme {
  return (PROGRAMMES as readonly string[]).includes(value);
}
