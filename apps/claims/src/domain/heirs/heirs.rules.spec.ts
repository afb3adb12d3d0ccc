import type { BenefitLine } from '../benefits/benefit.types';
import { domainErrorOf, errorCodeOf } from '../testing/domain-error.helper';
import type { FamilyMember, Relationship } from './heir.types';
import { allocateDeathBenefit, choosePayee, determineHeirs } from './heirs.rules';

function aMember(id: string, relationship: Relationship, alive = true): FamilyMember {
  return { id, name: id.charAt(0).toUpperCase() + id.slice(1), relationship, alive };
}

const JKM_LINES: BenefitLine[] = [
  { code: 'JKM_LUMP_SUM', amount: 20_000_000, rule: 'PP 82/2019 art. 34: JKM lump sum Rp20,000,000' },
  { code: 'JKM_PERIODIC_BENEFIT', amount: 12_000_000, rule: 'PP 82/2019 art. 34: JKM periodic benefit' },
  { code: 'JKM_FUNERAL', amount: 10_000_000, rule: 'PP 82/2019 art. 34: JKM funeral costs Rp10,000,000' },
];

describe('determineHeirs', () => {
  it('puts a widow and children in class 1 and keeps parents as lower-class relatives', () => {
    const family = [
      aMember('siti', 'spouse'),
      aMember('ani', 'child'),
      aMember('ayah', 'parent'),
      aMember('kakak', 'sibling'),
    ];
    const result = determineHeirs(family, { heirStatementMemberIds: ['siti', 'ani'] });

    expect(result.heirClass).toBe(1);
    expect(result.candidates.map((candidate) => candidate.id)).toEqual(['siti', 'ani']);
    expect(result.lowerClassRelatives.map((relative) => [relative.id, relative.heirClass])).toEqual([
      ['ayah', 2],
      ['kakak', 3],
    ]);
    expect(result.candidatesMissingFromHeirStatement).toEqual([]);
  });

  it.each<[Relationship, number]>([
    ['grandchild', 2],
    ['grandparent', 2],
    ['sibling', 3],
    ['parent-in-law', 4],
  ])('places a lone %s in class %i', (relationship, heirClass) => {
    expect(determineHeirs([aMember('x', relationship)]).heirClass).toBe(heirClass);
  });

  it('ignores relatives who died before the worker and relationships that do not inherit', () => {
    const family = [
      aMember('istri', 'spouse', false),
      aMember('mantan', 'former-spouse'),
      aMember('tiri', 'half-sibling'),
      aMember('ibu', 'parent'),
    ];
    const result = determineHeirs(family);
    expect(result.heirClass).toBe(2);
    expect(result.candidates.map((candidate) => candidate.id)).toEqual(['ibu']);
  });

  it('falls to the person named in a will (class 5) when no relative of classes 1–4 lives', () => {
    const result = determineHeirs([aMember('tiri', 'half-sibling')], {
      willBeneficiary: { id: 'pak-rt', name: 'Pak RT' },
    });
    expect(result.heirClass).toBe(5);
    expect(result.candidates).toEqual([
      { id: 'pak-rt', name: 'Pak RT', relationship: 'will-beneficiary', heirClass: 5 },
    ]);
  });

  it('ignores a will while a relative inherits', () => {
    const result = determineHeirs([aMember('ibu', 'parent')], { willBeneficiary: { id: 'teman', name: 'Teman' } });
    expect(result.heirClass).toBe(2);
  });

  it('returns class 6 with the funeral arranger when nobody inherits', () => {
    const result = determineHeirs([], { funeralArranger: { id: 'imam', name: 'Imam Masjid' } });
    expect(result).toMatchObject({ heirClass: 6, candidates: [], funeralArranger: { id: 'imam' } });
  });

  it('lists candidates the heir statement does not name', () => {
    const result = determineHeirs([aMember('siti', 'spouse'), aMember('ani', 'child')], {
      heirStatementMemberIds: ['siti'],
    });
    expect(result.candidatesMissingFromHeirStatement.map((candidate) => candidate.id)).toEqual(['ani']);
  });
});

describe('choosePayee', () => {
  const family = [aMember('siti', 'spouse'), aMember('ani', 'child'), aMember('ayah', 'parent')];
  const determination = determineHeirs(family);
  const heirStatementMemberIds = ['siti', 'ani'];

  it('pays one class-1 heir when every co-heir has consented', () => {
    const choice = choosePayee(determination, {
      payeeId: 'siti',
      heirStatementMemberIds,
      consents: [{ memberId: 'ani', consentedOn: '2026-03-20' }],
    });
    expect(choice).toEqual({
      kind: 'heir',
      heirClass: 1,
      payee: { id: 'siti', name: 'Siti', relationship: 'spouse', heirClass: 1 },
      coHeirs: [{ heir: { id: 'ani', name: 'Ani', relationship: 'child', heirClass: 1 }, consentedOn: '2026-03-20' }],
    });
  });

  it('refuses a parent while a widow or child exists, naming the class and the higher heirs', () => {
    const error = domainErrorOf(() =>
      choosePayee(determination, { payeeId: 'ayah', heirStatementMemberIds: ['ayah'] }),
    );
    expect(error).toMatchObject({ code: 'PAYEE_FROM_LOWER_HEIR_CLASS', field: 'payeeId' });
    expect(error?.message).toBe(
      'Ayah (parent) is a class-2 heir, but class-1 heirs exist: Siti, Ani (PP 44/2015 art. 37(5))',
    );
  });

  it('refuses a payee whose co-heirs have not all consented', () => {
    const error = domainErrorOf(() => choosePayee(determination, { payeeId: 'siti', heirStatementMemberIds }));
    expect(error).toMatchObject({ code: 'CO_HEIR_CONSENT_MISSING', field: 'consents' });
    expect(error?.message).toContain('missing: Ani');
  });

  it('refuses a payee not named in the heir statement, and a stranger', () => {
    const consents = [{ memberId: 'siti', consentedOn: '2026-03-20' }];
    expect(
      errorCodeOf(() => choosePayee(determination, { payeeId: 'ani', heirStatementMemberIds: ['siti'], consents })),
    ).toBe('PAYEE_NOT_IN_HEIR_STATEMENT');
    expect(errorCodeOf(() => choosePayee(determination, { payeeId: 'tetangga', heirStatementMemberIds }))).toBe(
      'PAYEE_NOT_AN_HEIR',
    );
  });

  it('pays a lone heir without any consent', () => {
    const choice = choosePayee(determineHeirs([aMember('ibu', 'parent')]), {
      payeeId: 'ibu',
      heirStatementMemberIds: ['ibu'],
    });
    expect(choice).toMatchObject({ kind: 'heir', heirClass: 2, coHeirs: [] });
  });

  it('pays a will beneficiary on the strength of the will alone', () => {
    const willOnly = determineHeirs([], { willBeneficiary: { id: 'pak-rt', name: 'Pak RT' } });
    expect(choosePayee(willOnly, { payeeId: 'pak-rt' })).toMatchObject({ kind: 'heir', heirClass: 5 });
  });

  it('with no heir, accepts only the recorded funeral arranger', () => {
    const none = determineHeirs([], { funeralArranger: { id: 'imam', name: 'Imam Masjid' } });
    expect(choosePayee(none, { payeeId: 'imam' })).toEqual({
      kind: 'funeral-arranger',
      heirClass: 6,
      payee: { id: 'imam', name: 'Imam Masjid' },
    });
    expect(errorCodeOf(() => choosePayee(none, { payeeId: 'kades' }))).toBe('PAYEE_NOT_FUNERAL_ARRANGER');
    expect(errorCodeOf(() => choosePayee(determineHeirs([]), { payeeId: 'imam' }))).toBe('FUNERAL_ARRANGER_REQUIRED');
  });
});

describe('allocateDeathBenefit', () => {
  it('pays every line to an heir', () => {
    const choice = choosePayee(determineHeirs([aMember('ibu', 'parent')]), {
      payeeId: 'ibu',
      heirStatementMemberIds: ['ibu'],
    });
    expect(allocateDeathBenefit(JKM_LINES, choice)).toEqual({ payable: JKM_LINES, notPayable: [] });
  });

  it('with no heir pays the Rp10,000,000 funeral costs to the arranger and records Rp32,000,000 as not payable', () => {
    const none = determineHeirs([], { funeralArranger: { id: 'imam', name: 'Imam Masjid' } });
    const allocation = allocateDeathBenefit(JKM_LINES, choosePayee(none, { payeeId: 'imam' }));

    expect(allocation.payable.map((line) => [line.code, line.amount])).toEqual([['JKM_FUNERAL', 10_000_000]]);
    expect(allocation.notPayable.map(({ line }) => line.code)).toEqual(['JKM_LUMP_SUM', 'JKM_PERIODIC_BENEFIT']);
    expect(allocation.notPayable.reduce((sum, { line }) => sum + line.amount, 0)).toBe(32_000_000);
    expect(allocation.notPayable[0]?.reason).toContain('PP 44/2015 art. 37(5)');
  });

  it('with no heir still pays a partner facility its care: owed to the facility, not part of the death benefit', () => {
    const care = {
      code: 'JKK_PARTNER_FACILITY_CARE',
      amount: 8_000_000,
      rule: 'RULES.md §2',
      payee: { kind: 'partner-facility' as const, facilityCode: 'PLKK-7604-001' },
    };
    const none = determineHeirs([], { funeralArranger: { id: 'imam', name: 'Imam Masjid' } });
    const allocation = allocateDeathBenefit([...JKM_LINES, care], choosePayee(none, { payeeId: 'imam' }));
    expect(allocation.payable.map((line) => line.code)).toEqual(['JKM_FUNERAL', 'JKK_PARTNER_FACILITY_CARE']);
  });
});
