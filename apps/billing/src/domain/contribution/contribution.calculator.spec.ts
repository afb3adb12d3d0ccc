import { DomainError } from '@jaring/kernel';
import { calculateContribution } from './contribution.calculator';
import { CONTRIBUTION_RULE_SETS, incomeLimitsOf, ruleSetForMonth } from './contribution-rule-set';

const MINIMUM = 1_000_000;

describe('contribution rule sets, chosen by the billed month', () => {
  it('bills a Pemkab (APBD) worker on the minimum income Rp16,800 before, during and after PP 50/2025', () => {
    for (const [month, ruleSet] of [
      ['2025-10', 'BPU-PP44-2015'],
      ['2026-01', 'BPU-PP50-2025-DISCOUNT'],
      ['2026-03', 'BPU-PP50-2025-DISCOUNT'],
      ['2027-03', 'BPU-PP50-2025-DISCOUNT'],
      ['2027-04', 'BPU-PP44-2015-FROM-2027-04'],
    ]) {
      const quote = calculateContribution({ declaredMonthlyIncome: MINIMUM, month, sponsorType: 'APBD' });
      expect({ month, jkk: quote.jkk, jkm: quote.jkm, total: quote.total, ruleSet: quote.ruleSet.id }).toEqual({
        month,
        jkk: 10_000,
        jkm: 6_800,
        total: 16_800,
        ruleSet,
      });
    }
  });

  it('explains why the discount does not apply to APBD and APBN sponsors', () => {
    const quote = calculateContribution({ declaredMonthlyIncome: MINIMUM, month: '2026-03', sponsorType: 'APBN' });
    expect(quote.discount).toEqual({ applied: false, rateBp: 0, reason: expect.stringContaining('APBN-funded') });
    expect(quote.ruleSet).toMatchObject({ effectiveFrom: '2026-01', effectiveUntil: '2027-03' });
    expect(quote.ruleSet.sources.join(' ')).toContain('PP 50/2025');
  });

  it('halves a self-paying worker’s contribution from January 2026 to March 2027 only', () => {
    const during = calculateContribution({ declaredMonthlyIncome: MINIMUM, month: '2026-03', sponsorType: 'SELF' });
    expect([during.jkk, during.jkm, during.total, during.discount.applied]).toEqual([5_000, 3_400, 8_400, true]);
    const before = calculateContribution({ declaredMonthlyIncome: MINIMUM, month: '2025-12', sponsorType: 'SELF' });
    const after = calculateContribution({ declaredMonthlyIncome: MINIMUM, month: '2027-04', sponsorType: 'OTHER' });
    expect([before.total, after.total]).toEqual([16_800, 16_800]);
  });

  it('takes JKK as 1% of the declared income within the minimum and the top bracket', () => {
    const quote = (income: number) =>
      calculateContribution({ declaredMonthlyIncome: income, month: '2026-03', sponsorType: 'APBD' });
    expect(quote(2_500_000)).toMatchObject({ contributionBasis: 2_500_000, jkk: 25_000, total: 31_800 });
    expect(quote(600_000)).toMatchObject({ contributionBasis: MINIMUM, jkk: 10_000 });
    expect(quote(50_000_000)).toMatchObject({ contributionBasis: 20_700_000, jkk: 207_000, total: 213_800 });
  });

  it('rounds each amount down once to a whole rupiah', () => {
    const quote = calculateContribution({ declaredMonthlyIncome: 1_234_567, month: '2026-05', sponsorType: 'SELF' });
    // 1% of 1,234,567 = 12,345.67, halved = 6,172.835 → 6,172
    expect([quote.jkk, quote.jkm, quote.total]).toEqual([6_172, 3_400, 9_572]);
  });

  it('gives the worked figure: 25,714 Pemkab workers cost Rp431,995,200 a month', () => {
    const { total } = calculateContribution({ declaredMonthlyIncome: MINIMUM, month: '2026-03', sponsorType: 'APBD' });
    expect(total * 25_714).toBe(431_995_200);
  });

  it('refuses a month without rules, an unknown sponsor type and a fractional income', () => {
    expect(() => ruleSetForMonth('2015-06')).toThrow(DomainError);
    expect(() =>
      calculateContribution({ declaredMonthlyIncome: MINIMUM, month: '2026-03', sponsorType: 'PEMKAB' as never }),
    ).toThrow(expect.objectContaining({ code: 'SPONSOR_TYPE_UNKNOWN', field: 'sponsorType' }));
    expect(() =>
      calculateContribution({ declaredMonthlyIncome: 1_000_000.5, month: '2026-03', sponsorType: 'APBD' }),
    ).toThrow(expect.objectContaining({ code: 'RUPIAH_NOT_WHOLE' }));
    expect(() =>
      calculateContribution({ declaredMonthlyIncome: MINIMUM, month: '2026-3', sponsorType: 'APBD' }),
    ).toThrow(expect.objectContaining({ code: 'MONTH_INVALID', field: 'month' }));
  });

  it('keeps the rule sets in order, each with its sources', () => {
    const months = CONTRIBUTION_RULE_SETS.map((set) => set.effectiveFrom);
    expect([...months].sort()).toEqual(months);
    expect(CONTRIBUTION_RULE_SETS.every((set) => set.sources.length > 0)).toBe(true);
  });
});

describe('the contribution basis (RULES.md §1)', () => {
  const brackets = [
    {
      effectiveFrom: '2026-01',
      source: 'illustrative rows',
      rows: [
        { from: 0, to: 1_000_000, basis: 1_000_000 },
        { from: 1_000_001, to: 5_000_000, basis: 3_000_000 },
        { from: 5_000_001, basis: 20_700_000 },
      ],
    },
  ];
  const quote = (declaredMonthlyIncome: number, month = '2026-03') =>
    calculateContribution({ declaredMonthlyIncome, month, sponsorType: 'APBD' }, CONTRIBUTION_RULE_SETS, brackets);

  it('bills a loaded bracket table: a declared income pays the rate on its bracket’s basis', () => {
    expect(quote(2_000_000)).toMatchObject({
      declaredMonthlyIncome: 2_000_000,
      contributionBasis: 3_000_000,
      jkk: 30_000,
      basisRule: expect.stringContaining('illustrative rows'),
    });
    expect(quote(50_000_000)).toMatchObject({ contributionBasis: 20_700_000, jkk: 207_000 });
  });

  it('keeps the Pemkab package on Rp1,000,000 (Rp16,800) with a table loaded, and clamps months before the table', () => {
    expect(quote(MINIMUM)).toMatchObject({ contributionBasis: MINIMUM, total: 16_800 });
    expect(quote(2_000_000, '2025-12')).toMatchObject({ contributionBasis: 2_000_000, jkk: 20_000 });
  });

  it('validates a table against every rule set in force while it applies', () => {
    expect(
      incomeLimitsOf().map(({ effectiveFrom, limits }) => [effectiveFrom, limits.minimum, limits.maximum]),
    ).toEqual([
      ['2015-07', MINIMUM, 20_700_000],
      ['2026-01', MINIMUM, 20_700_000],
      ['2027-04', MINIMUM, 20_700_000],
    ]);
  });
});
