import { validateNik, validateNikStructure } from '../identity/nik.rules';
import type { RegencyCodeLookup } from '../regions/regency-codes.lookup';
import { failed, passed, violation, type Checked, type FieldViolation } from '../shared/field-violation.types';
import { isAfter, isBefore, isLocalDate, type LocalDate } from '../shared/local-date.util';
import { isSex, type Sex } from '../shared/person.types';

/**
 * Relationships to the worker as listed on the KK, limited to the people who can be heirs under
 * PP 44/2015 art. 37(5) (RULES.md §5). Wire values: never rename.
 */
export const FAMILY_RELATIONSHIPS = [
  'spouse',
  'child',
  'parent',
  'grandparent',
  'grandchild',
  'sibling',
  'parent-in-law',
] as const;
export type FamilyRelationship = (typeof FAMILY_RELATIONSHIPS)[number];

/** A family member as received, before validation. */
export interface FamilyMemberInput {
  readonly relationship: string;
  readonly nik: string;
  readonly fullName: string;
  readonly birthDate: string;
  readonly sex: string;
  /** Children only (required for them): scholarships and heirship need an unmarried child. */
  readonly married?: boolean;
  /** Children only (required for them): scholarships need a child who is not working. */
  readonly working?: boolean;
}

export interface FamilyMember {
  readonly memberId: string;
  readonly relationship: FamilyRelationship;
  readonly nik: string;
  readonly fullName: string;
  readonly birthDate: LocalDate;
  readonly sex: Sex;
  readonly married?: boolean;
  readonly working?: boolean;
}

export type FamilyMemberDetails = Omit<FamilyMember, 'memberId'>;

export interface FamilyContext {
  readonly regencyCodes: RegencyCodeLookup;
  readonly today: LocalDate;
}

/** The worker and the members already listed, against whom a new or changed member is checked. */
export interface Household {
  readonly workerNik: string;
  readonly workerBirthDate: LocalDate;
  /** Members other than the one being validated. */
  readonly otherMembers: readonly FamilyMember[];
}

export const FAMILY_VIOLATION = {
  required: 'REQUIRED',
  relationshipUnknown: 'FAMILY_RELATIONSHIP_UNKNOWN',
  dateInvalid: 'DATE_INVALID',
  birthDateInFuture: 'BIRTH_DATE_IN_FUTURE',
  sexInvalid: 'SEX_INVALID',
  childStatusRequired: 'FAMILY_CHILD_STATUS_REQUIRED',
  childOnlyField: 'FAMILY_CHILD_ONLY_FIELD',
  memberIsWorker: 'FAMILY_MEMBER_IS_WORKER',
  memberAlreadyListed: 'FAMILY_MEMBER_ALREADY_LISTED',
  generationImplausible: 'FAMILY_GENERATION_IMPLAUSIBLE',
} as const;

const F = FAMILY_VIOLATION;

/** Relationships whose member must be born after the worker, or before. In-laws and siblings can be either. */
const YOUNGER_GENERATION: readonly FamilyRelationship[] = ['child', 'grandchild'];
const OLDER_GENERATION: readonly FamilyRelationship[] = ['parent', 'grandparent'];

/** Checks one family member completely: identity (NIK agreeing with birth date and sex), child status, household fit. */
export function validateFamilyMember(
  input: FamilyMemberInput,
  context: FamilyContext,
  household: Household,
): Checked<FamilyMemberDetails> {
  const member = {
    relationship: text(input.relationship),
    nik: text(input.nik),
    fullName: text(input.fullName),
    birthDate: text(input.birthDate),
    sex: text(input.sex),
  };
  const violations: FieldViolation[] = [
    ...(isRelationship(member.relationship)
      ? []
      : [violation('relationship', F.relationshipUnknown, `must be one of ${FAMILY_RELATIONSHIPS.join(', ')}`)]),
    ...nikViolations(member, context),
    ...householdNikViolations(member.nik, household),
    ...(member.fullName === '' ? [violation('fullName', F.required, 'is required')] : []),
    ...birthDateViolations(member.birthDate, member.relationship, context, household),
    ...(isSex(member.sex) ? [] : [violation('sex', F.sexInvalid, 'must be M or F')]),
    ...childStatusViolations(member.relationship, input),
  ];
  if (violations.length > 0) return failed(violations);
  const isChild = member.relationship === 'child';
  return passed({
    relationship: member.relationship as FamilyRelationship,
    nik: member.nik,
    fullName: member.fullName,
    birthDate: member.birthDate,
    sex: member.sex as Sex,
    ...(isChild ? { married: input.married, working: input.working } : {}),
  });
}

function nikViolations(member: { nik: string; birthDate: string; sex: string }, context: FamilyContext) {
  if (!isLocalDate(member.birthDate) || !isSex(member.sex))
    return validateNikStructure(member.nik, context.regencyCodes);
  const checked = validateNik(member.nik, { birthDate: member.birthDate, sex: member.sex }, context.regencyCodes);
  return checked.ok ? [] : checked.violations;
}

function householdNikViolations(nik: string, household: Household): FieldViolation[] {
  if (nik === household.workerNik) {
    return [violation('nik', F.memberIsWorker, "is the worker's own NIK")];
  }
  return household.otherMembers.some((member) => member.nik === nik)
    ? [violation('nik', F.memberAlreadyListed, 'belongs to a family member already listed')]
    : [];
}

function birthDateViolations(
  birthDate: string,
  relationship: string,
  context: FamilyContext,
  household: Household,
): FieldViolation[] {
  if (birthDate === '') return [violation('birthDate', F.required, 'is required')];
  if (!isLocalDate(birthDate)) {
    return [violation('birthDate', F.dateInvalid, `must be a real date written YYYY-MM-DD, got '${birthDate}'`)];
  }
  if (isAfter(birthDate, context.today)) {
    return [violation('birthDate', F.birthDateInFuture, `${birthDate} is after today (${context.today})`)];
  }
  const worker = household.workerBirthDate;
  const youngerExpected = (YOUNGER_GENERATION as readonly string[]).includes(relationship);
  const olderExpected = (OLDER_GENERATION as readonly string[]).includes(relationship);
  if ((youngerExpected && !isAfter(birthDate, worker)) || (olderExpected && !isBefore(birthDate, worker))) {
    return [
      violation(
        'birthDate',
        F.generationImplausible,
        `a ${relationship} born ${birthDate} must be ${youngerExpected ? 'younger' : 'older'} than the worker (born ${worker})`,
      ),
    ];
  }
  return [];
}

function childStatusViolations(relationship: string, input: FamilyMemberInput): FieldViolation[] {
  const statusFields = ['married', 'working'] as const;
  if (relationship === 'child') {
    return statusFields
      .filter((field) => typeof input[field] !== 'boolean')
      .map((field) => violation(field, F.childStatusRequired, 'is required (true or false) for a child'));
  }
  return statusFields
    .filter((field) => input[field] !== undefined)
    .map((field) => violation(field, F.childOnlyField, 'is recorded for children only'));
}

function isRelationship(value: string): value is FamilyRelationship {
  return (FAMILY_RELATIONSHIPS as readonly string[]).includes(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}
