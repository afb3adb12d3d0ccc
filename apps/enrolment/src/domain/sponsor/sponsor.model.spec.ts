import { KEMENDAGRI_REGENCY_CODES as codes } from '../regions/regency-codes.lookup';
import { contributionBasisOn, declaredIncomeRulesOn } from './declared-income.rule-set';
import { coverageStartDateFor, validateSponsor, type SponsorInput } from './sponsor.model';

const polewaliMandar: SponsorInput = {
  id: 'sponsor-7604',
  name: ' Pemerintah Kabupaten Polewali Mandar ',
  tenant: '76.04',
  fundingSource: 'APBD',
  agreement: { pksNumber: 'PKS-TEST/001/2025', signingDate: '2025-05-16', coverageStartDate: '2025-10-06' },
  programmes: ['JKK', 'JKM'],
  declaredIncomeBasis: 1_000_000,
};

function codesOf(input: SponsorInput): string[] {
  const checked = validateSponsor(input, codes);
  return checked.ok ? [] : checked.violations.map((violation) => `${violation.field}:${violation.code}`);
}

describe('validateSponsor', () => {
  it('accepts Pemkab Polewali Mandar and trims its text', () => {
    const checked = validateSponsor(polewaliMandar, codes);
    expect(checked).toEqual({ ok: true, value: { ...polewaliMandar, name: 'Pemerintah Kabupaten Polewali Mandar' } });
  });

  it('requires the tenant to be a regency in force', () => {
    expect(codesOf({ ...polewaliMandar, tenant: '7604' })).toEqual(['tenant:TENANT_FORMAT']);
    expect(codesOf({ ...polewaliMandar, tenant: '76.09' })).toEqual(['tenant:TENANT_UNKNOWN']);
    expect(codesOf({ ...polewaliMandar, tenant: '64.73' })).toEqual(['tenant:TENANT_UNKNOWN']);
  });

  it('refuses coverage that starts before the PKS is signed', () => {
    const checked = validateSponsor(
      { ...polewaliMandar, agreement: { ...polewaliMandar.agreement, coverageStartDate: '2025-05-15' } },
      codes,
    );
    expect(checked.ok ? [] : checked.violations).toEqual([
      {
        field: 'agreement.coverageStartDate',
        code: 'COVERAGE_BEFORE_SIGNING',
        message: 'coverage cannot start (2025-05-15) before the PKS is signed (2025-05-16)',
      },
    ]);
  });

  it('checks programmes, funding source, PKS number and income basis all at once', () => {
    expect(
      codesOf({
        ...polewaliMandar,
        fundingSource: 'CSR',
        agreement: { ...polewaliMandar.agreement, pksNumber: ' ' },
        programmes: ['JKK', 'JHT'],
        declaredIncomeBasis: 999_999,
      }),
    ).toEqual([
      'fundingSource:FUNDING_SOURCE_UNKNOWN',
      'agreement.pksNumber:REQUIRED',
      'programmes:PROGRAMME_UNKNOWN',
      'declaredIncomeBasis:INCOME_BELOW_MINIMUM',
    ]);
  });

  it('explains the minimum income with its source', () => {
    const checked = validateSponsor({ ...polewaliMandar, declaredIncomeBasis: 500_000 }, codes);
    expect(checked.ok ? '' : checked.violations[0]?.message).toBe(
      'must be at least Rp1.000.000 (PP 44/2015 Lampiran II), got Rp500.000',
    );
  });

  it('refuses a programme listed twice or none', () => {
    expect(codesOf({ ...polewaliMandar, programmes: ['JKK', 'JKK'] })).toEqual(['programmes:PROGRAMME_REPEATED']);
    expect(codesOf({ ...polewaliMandar, programmes: [] })).toEqual(['programmes:PROGRAMMES_REQUIRED']);
  });

  it('refuses a basis in fractions of a rupiah', () => {
    expect(codesOf({ ...polewaliMandar, declaredIncomeBasis: 1_000_000.5 })).toEqual([
      'declaredIncomeBasis:RUPIAH_NOT_WHOLE',
    ]);
  });
});

describe('coverageStartDateFor', () => {
  const agreement = polewaliMandar.agreement;

  it('waits for the PKS coverage start when enrolled earlier', () => {
    expect(coverageStartDateFor(agreement, '2025-09-01')).toBe('2025-10-06');
  });

  it('starts on the enrolment date when enrolled later', () => {
    expect(coverageStartDateFor(agreement, '2026-02-10')).toBe('2026-02-10');
  });
});

describe('declaredIncomeRulesOn', () => {
  it('chooses the rules by date', () => {
    expect(declaredIncomeRulesOn('2025-10-06').minimumDeclaredIncome).toBe(1_000_000);
  });

  it('chooses the latest rule set in force on the date, never a later one', () => {
    const ruleSets = [
      {
        effectiveFrom: '2015-07-01',
        minimumDeclaredIncome: 1_000_000,
        maximumDeclaredIncome: 20_700_000,
        source: 'old',
      },
      {
        effectiveFrom: '2027-01-01',
        minimumDeclaredIncome: 1_500_000,
        maximumDeclaredIncome: 20_700_000,
        source: 'new',
      },
    ];
    expect(declaredIncomeRulesOn('2026-12-31', ruleSets).source).toBe('old');
    expect(declaredIncomeRulesOn('2027-01-01', ruleSets).source).toBe('new');
  });

  it('refuses a date before any rules', () => {
    expect(() => declaredIncomeRulesOn('2010-01-01')).toThrow(
      expect.objectContaining({ code: 'NO_INCOME_RULES_FOR_DATE' }),
    );
  });
});

describe('contributionBasisOn (RULES.md §1)', () => {
  const brackets = [
    {
      effectiveFrom: '2026-01',
      source: 'illustrative rows',
      rows: [
        { from: 0, to: 1_000_000, basis: 1_000_000 },
        { from: 1_000_001, basis: 20_700_000 },
      ],
    },
  ];

  it('shows the clamped declared income while no bracket table is loaded', () => {
    expect(contributionBasisOn(50_000_000, '2026-03-10', []).basis).toBe(20_700_000);
    expect(contributionBasisOn(4_000_000, '2026-03-10', []).basis).toBe(4_000_000);
  });

  it('shows the bracket of the table in force that month; the Pemkab package stays at Rp1,000,000', () => {
    expect(contributionBasisOn(4_000_000, '2026-03-10', brackets).basis).toBe(20_700_000);
    expect(contributionBasisOn(4_000_000, '2025-12-31', brackets).basis).toBe(4_000_000);
    expect(contributionBasisOn(1_000_000, '2026-03-10', brackets).basis).toBe(1_000_000);
  });
});
