import { KEMENDAGRI_REGENCY_CODES } from '../regions/regency-codes.lookup';
import { aChild, aSpouse, makeNik, TODAY } from '../testing/enrolment.builders';
import { validateFamilyMember, type FamilyMember, type FamilyMemberInput, type Household } from './family.rules';

const context = { regencyCodes: KEMENDAGRI_REGENCY_CODES, today: TODAY };
const household: Household = { workerNik: '7604011205900001', workerBirthDate: '1990-05-12', otherMembers: [] };

function codesOf(input: FamilyMemberInput, inHousehold: Household = household): string[] {
  const checked = validateFamilyMember(input, context, inHousehold);
  return checked.ok ? [] : checked.violations.map((violation) => `${violation.field}:${violation.code}`);
}

describe('validateFamilyMember', () => {
  it('accepts a child with marital and working status', () => {
    expect(validateFamilyMember(aChild(), context, household)).toEqual({
      ok: true,
      value: {
        relationship: 'child',
        nik: '7604014403150002',
        fullName: 'Siti Contoh',
        birthDate: '2015-03-04',
        sex: 'F',
        married: false,
        working: false,
      },
    });
  });

  it('accepts a spouse without child-only fields', () => {
    const checked = validateFamilyMember(aSpouse(), context, household);
    expect(checked.ok && checked.value).toEqual({
      relationship: 'spouse',
      nik: '7604016508920003',
      fullName: 'Nurhayati Contoh',
      birthDate: '1992-08-25',
      sex: 'F',
    });
  });

  it('requires marital and working status for a child, and refuses them for others', () => {
    expect(codesOf(aChild({ married: undefined, working: undefined }))).toEqual([
      'married:FAMILY_CHILD_STATUS_REQUIRED',
      'working:FAMILY_CHILD_STATUS_REQUIRED',
    ]);
    expect(codesOf(aSpouse({ working: true }))).toEqual(['working:FAMILY_CHILD_ONLY_FIELD']);
  });

  it('checks the member’s NIK against their birth date and sex', () => {
    expect(codesOf(aChild({ sex: 'M' }))).toEqual(['nik:NIK_SEX_MISMATCH']);
  });

  it('refuses an unknown relationship', () => {
    expect(codesOf(aSpouse({ relationship: 'cousin' }))).toEqual(['relationship:FAMILY_RELATIONSHIP_UNKNOWN']);
  });

  it('refuses the worker’s own NIK and a NIK already listed', () => {
    const worker = { ...aSpouse(), nik: household.workerNik, birthDate: '1990-05-12', sex: 'M' };
    expect(codesOf(worker)).toEqual(['nik:FAMILY_MEMBER_IS_WORKER']);
    const listed: FamilyMember = { memberId: 'm-1', ...(aChild() as Omit<FamilyMember, 'memberId'>) };
    expect(codesOf(aChild({ fullName: 'Other Name' }), { ...household, otherMembers: [listed] })).toEqual([
      'nik:FAMILY_MEMBER_ALREADY_LISTED',
    ]);
  });

  it('refuses a child older than the worker and a parent younger', () => {
    const olderChild = aChild({ birthDate: '1985-03-04', nik: makeNik({ birthDate: '1985-03-04', sex: 'F' }) });
    expect(codesOf(olderChild)).toEqual(['birthDate:FAMILY_GENERATION_IMPLAUSIBLE']);
    const youngParent = aSpouse({
      relationship: 'parent',
      birthDate: '1995-01-01',
      nik: makeNik({ birthDate: '1995-01-01', sex: 'F' }),
    });
    expect(codesOf(youngParent)).toEqual(['birthDate:FAMILY_GENERATION_IMPLAUSIBLE']);
  });

  it('allows a sibling or parent-in-law of any age', () => {
    const youngerInLaw = aSpouse({
      relationship: 'parent-in-law',
      birthDate: '1995-01-01',
      nik: makeNik({ birthDate: '1995-01-01', sex: 'F' }),
    });
    expect(codesOf(youngerInLaw)).toEqual([]);
  });

  it('refuses a birth date after today', () => {
    const unborn = aChild({ birthDate: '2026-06-01', nik: makeNik({ birthDate: '2026-06-01', sex: 'F' }) });
    expect(codesOf(unborn)).toEqual(['birthDate:BIRTH_DATE_IN_FUTURE']);
  });
});
