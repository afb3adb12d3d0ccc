import { domainErrorOf, errorCodeOf } from '../testing/domain-error.helper';
import { DEFAULT_BENEFIT_POLICY, type BenefitPolicy } from './benefit.policy';
import type { BenefitRuleSet } from './benefit-rule-set.types';
import type { BenefitAssessment, BenefitRequest, ChildInput } from './benefit.types';
import { calculateBenefits } from './benefit.engine';
import { assertQuotableWithoutMembershipStart } from './jkm-benefits.calculator';
import { PP82_2019_RULE_SET } from './pp82-2019.rule-set';

const MINIMUM_INCOME = 1_000_000;

function aJkkRequest(overrides: Partial<BenefitRequest> = {}): BenefitRequest {
  return {
    programme: 'JKK',
    incidentDate: '2026-03-10',
    declaredMonthlyIncome: MINIMUM_INCOME,
    contributionMonths: 14,
    ...overrides,
  };
}

function aJkmRequest(overrides: Partial<BenefitRequest> = {}): BenefitRequest {
  return {
    programme: 'JKM',
    incidentDate: '2026-03-10',
    declaredMonthlyIncome: MINIMUM_INCOME,
    contributionMonths: 40,
    membershipStartDate: '2022-10-06',
    ...overrides,
  };
}

function aChild(overrides: Partial<ChildInput> = {}): ChildInput {
  return { birthDate: '2016-05-01', schoolLevel: 'SD', married: false, working: false, ...overrides };
}

function amounts(assessment: BenefitAssessment): Record<string, number> {
  return Object.fromEntries(assessment.lines.map((line) => [line.code, line.amount]));
}

describe('calculateBenefits — worked figures of RULES.md at Rp1,000,000', () => {
  it('pays a JKK death Rp70,000,000: 48 × income + funeral + periodic benefit', () => {
    const result = calculateBenefits(aJkkRequest({ outcome: { type: 'death' } }));

    expect(amounts(result)).toEqual({
      JKK_DEATH_LUMP_SUM: 48_000_000,
      JKK_FUNERAL: 10_000_000,
      JKK_PERIODIC_BENEFIT: 12_000_000,
    });
    expect(result.total).toBe(70_000_000);
    expect(result.ruleSetId).toBe('PP82-2019');
    expect(result.lines[0]?.rule).toBe('PP 82/2019 Lampiran III: JKK death 60% × 80 × income (48 × income)');
  });

  it('pays a total permanent disability Rp68,000,000: 56 × income + periodic benefit', () => {
    const result = calculateBenefits(aJkkRequest({ outcome: { type: 'total-disability' } }));

    expect(amounts(result)).toEqual({ JKK_TOTAL_DISABILITY: 56_000_000, JKK_PERIODIC_BENEFIT: 12_000_000 });
    expect(result.total).toBe(68_000_000);
  });

  it('pays the loss of one eye Rp28,000,000 (35% × 80 × income), by percentage or by table entry', () => {
    const byPercent = calculateBenefits(aJkkRequest({ outcome: { type: 'partial-disability', tablePercent: 35 } }));
    const byEntry = calculateBenefits(
      aJkkRequest({ outcome: { type: 'partial-disability', tableItems: ['EYE_ONE'] } }),
    );

    expect(byPercent.total).toBe(28_000_000);
    expect(byEntry.lines.map(({ code, amount }) => ({ code, amount }))).toEqual(
      byPercent.lines.map(({ code, amount }) => ({ code, amount })),
    );
    expect(byEntry.lines[0]?.rule).toContain('table % × 80 × income');
  });

  it('flags on the line a table row not yet checked against the Lampiran text', () => {
    const byEntry = calculateBenefits(
      aJkkRequest({ outcome: { type: 'partial-disability', tableItems: ['EYE_ONE'] } }),
    );
    expect(byEntry.lines[0]?.rule).toContain(
      '[table row EYE_ONE not yet checked against the Lampiran text (RULES.md §2)]',
    );
    const checkedTable = PP82_2019_RULE_SET.disabilityTable.map((row) => ({ ...row, checkedAgainstRegulation: true }));
    const checked = calculateBenefits(
      aJkkRequest({ outcome: { type: 'partial-disability', tableItems: ['EYE_ONE'] } }),
      { ruleSets: [{ ...PP82_2019_RULE_SET, disabilityTable: checkedTable }] },
    );
    expect(checked.lines[0]?.rule).not.toContain('not yet checked');
  });

  it('points the 70% rows (both eyes, both legs) to the total-disability outcome', () => {
    for (const row of ['EYES_BOTH', 'LEGS_BOTH_FROM_HIP']) {
      const refused = domainErrorOf(() =>
        calculateBenefits(aJkkRequest({ outcome: { type: 'partial-disability', tableItems: [row] } })),
      );
      expect(refused).toMatchObject({
        code: 'TOTAL_DISABILITY_OUTCOME',
        field: 'outcome.tableItems',
        message: expect.stringContaining('record the outcome total-disability'),
      });
    }
    const total = calculateBenefits(aJkkRequest({ outcome: { type: 'total-disability' } }));
    expect(total.total).toBe(68_000_000);
  });

  it('keeps every row of the table with its source, none checked yet, and never a 70% row as partial', () => {
    const rows = PP82_2019_RULE_SET.disabilityTable;
    expect(rows.every((row) => ['rules-excerpt', 'secondary-source', 'recalled'].includes(row.source))).toBe(true);
    expect(rows.filter((row) => row.checkedAgainstRegulation)).toEqual([]);
    expect(
      rows
        .filter((row) => row.assessment.kind === 'fixed' && row.assessment.percentBp === 7000)
        .map((row) => row.totalDisability),
    ).toEqual([true, true]);
  });

  it('pays 14 months of STMB Rp13,000,000: 12 months at 100% and 2 at 50%', () => {
    const result = calculateBenefits(aJkkRequest({ outcome: { type: 'temporary-disability', inabilityMonths: 14 } }));

    expect(amounts(result)).toEqual({ JKK_STMB_FULL_RATE: 12_000_000, JKK_STMB_REDUCED_RATE: 1_000_000 });
    expect(result.total).toBe(13_000_000);
  });

  it('pays a JKM death Rp42,000,000: lump sum + periodic benefit + funeral', () => {
    const result = calculateBenefits(aJkmRequest());

    expect(amounts(result)).toEqual({
      JKM_LUMP_SUM: 20_000_000,
      JKM_PERIODIC_BENEFIT: 12_000_000,
      JKM_FUNERAL: 10_000_000,
    });
    expect(result.total).toBe(42_000_000);
    expect(result.lines[0]?.rule).toBe('PP 82/2019 art. 34: JKM lump sum Rp20,000,000');
  });
});

describe('calculateBenefits — the basis billed for the incident month (RULES.md §1)', () => {
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

  it('assesses a JKK death declared at Rp50,000,000 on the top bracket: Rp1,015,600,000', () => {
    const result = calculateBenefits(aJkkRequest({ declaredMonthlyIncome: 50_000_000, outcome: { type: 'death' } }));

    expect(amounts(result)).toEqual({
      JKK_DEATH_LUMP_SUM: 48 * 20_700_000,
      JKK_FUNERAL: 10_000_000,
      JKK_PERIODIC_BENEFIT: 12_000_000,
    });
    expect(result.total).toBe(1_015_600_000);
    expect(result.incomeBasis).toMatchObject({ declaredMonthlyIncome: 50_000_000, basis: 20_700_000 });
  });

  it('assesses every income-based line on the basis: total disability, STMB, partial disability', () => {
    const total = calculateBenefits(
      aJkkRequest({ declaredMonthlyIncome: 30_000_000, outcome: { type: 'total-disability' } }),
    );
    expect(amounts(total).JKK_TOTAL_DISABILITY).toBe(56 * 20_700_000);
    const partial = calculateBenefits(
      aJkkRequest({ declaredMonthlyIncome: 30_000_000, outcome: { type: 'partial-disability', tablePercent: 35 } }),
    );
    expect(partial.total).toBe((35 * 80 * 20_700_000) / 100);
  });

  it('uses the bracket of a loaded table for the incident month, and keeps the Pemkab package at Rp1,000,000', () => {
    const inBracket = calculateBenefits(aJkkRequest({ declaredMonthlyIncome: 2_000_000, outcome: { type: 'death' } }), {
      incomeBrackets: brackets,
    });
    expect(inBracket.incomeBasis).toMatchObject({ basis: 3_000_000, rule: expect.stringContaining('RULES.md §1') });
    expect(amounts(inBracket).JKK_DEATH_LUMP_SUM).toBe(48 * 3_000_000);

    const pemkabPackage = calculateBenefits(aJkkRequest({ outcome: { type: 'death' } }), { incomeBrackets: brackets });
    expect(pemkabPackage.incomeBasis.basis).toBe(1_000_000);
    expect(pemkabPackage.total).toBe(70_000_000);

    const beforeTheTable = calculateBenefits(
      aJkkRequest({ incidentDate: '2025-12-31', declaredMonthlyIncome: 2_000_000, outcome: { type: 'death' } }),
      { incomeBrackets: brackets },
    );
    expect(beforeTheTable.incomeBasis.basis).toBe(2_000_000);
  });
});

describe('calculateBenefits — partial disability', () => {
  const partial = (outcome: Partial<NonNullable<BenefitRequest['outcome']>>, income = MINIMUM_INCOME) =>
    calculateBenefits(
      aJkkRequest({ declaredMonthlyIncome: income, outcome: { type: 'partial-disability', ...outcome } }),
    );

  it('multiplies a functional loss into the table percentage (50% of one eye = Rp14,000,000)', () => {
    expect(partial({ tableItems: ['EYE_ONE'], functionLossPercent: 50 }).total).toBe(14_000_000);
    expect(partial({ tablePercent: 35, functionLossPercent: 62.5 }).total).toBe(17_500_000);
    expect(partial({ tablePercent: 35, functionLossPercent: 50 }).lines[0]?.rule).toContain('loss-of-function %');
  });

  it('adds several table entries and caps the sum at 70% by default', () => {
    expect(partial({ tableItems: ['THUMB_RIGHT', 'INDEX_FINGER_RIGHT'] }).total).toBe(19_200_000);
    expect(partial({ tableItems: ['ARM_FROM_SHOULDER_RIGHT', 'LEG_ONE_FROM_HIP'] }).total).toBe(56_000_000);
  });

  it('counts the same entry twice when two such fingers are lost', () => {
    expect(partial({ tableItems: ['OTHER_FINGER_LEFT', 'OTHER_FINGER_LEFT'] }).total).toBe(4_800_000);
  });

  it('gives a left-handed worker the dominant-arm percentage for the left arm', () => {
    expect(partial({ tableItems: ['ARM_FROM_SHOULDER_LEFT'] }).total).toBe(28_000_000);
    expect(partial({ tableItems: ['ARM_FROM_SHOULDER_LEFT'], dominantHand: 'left' }).total).toBe(32_000_000);
    expect(partial({ tableItems: ['ARM_FROM_SHOULDER_RIGHT'], dominantHand: 'left' }).total).toBe(28_000_000);
  });

  it("takes the doctor's percentage for range entries and units for per-unit entries", () => {
    expect(partial({ tableItems: [{ code: 'SCALP_LOSS', percent: 20 }] }).total).toBe(16_000_000);
    expect(partial({ tableItems: [{ code: 'HEARING_REDUCTION_ONE_EAR', units: 2 }] }).total).toBe(4_800_000);
    expect(errorCodeOf(() => partial({ tableItems: [{ code: 'SCALP_LOSS', percent: 35 }] }))).toBe(
      'DISABILITY_PERCENT_OUT_OF_RANGE',
    );
    expect(errorCodeOf(() => partial({ tableItems: ['SCALP_LOSS'] }))).toBe('DISABILITY_PERCENT_REQUIRED');
    expect(errorCodeOf(() => partial({ tableItems: ['HEARING_REDUCTION_ONE_EAR'] }))).toBe('DISABILITY_UNITS_REQUIRED');
  });

  it('rounds a fractional rupiah down (4.5% × 80 × Rp1,234,567 = Rp4,444,441.2)', () => {
    expect(partial({ tableItems: ['INDEX_FINGER_FIRST_PHALANX_RIGHT'] }, 1_234_567).total).toBe(4_444_441);
  });

  it('stays exact for a top-bracket income (Rp20,700,000, 62.5% of 35%)', () => {
    expect(partial({ tablePercent: 35, functionLossPercent: 62.5 }, 20_700_000).total).toBe(362_250_000);
  });

  it('refuses unknown entries, contradicting percentages and missing percentages', () => {
    expect(errorCodeOf(() => partial({ tableItems: ['TAIL'] }))).toBe('DISABILITY_TABLE_CODE_UNKNOWN');
    expect(errorCodeOf(() => partial({ tableItems: ['EYE_ONE'], tablePercent: 40 }))).toBe(
      'DISABILITY_PERCENT_MISMATCH',
    );
    expect(errorCodeOf(() => partial({}))).toBe('DISABILITY_PERCENT_REQUIRED');
    expect(errorCodeOf(() => partial({ tablePercent: 75 }))).toBe('DISABILITY_PERCENT_OUT_OF_RANGE');
    expect(errorCodeOf(() => partial({ tablePercent: 35, functionLossPercent: 120 }))).toBe(
      'FUNCTION_LOSS_OUT_OF_RANGE',
    );
    expect(errorCodeOf(() => partial({ tablePercent: 35.125 }))).toBe('PERCENT_INVALID');
  });

  it('refuses disability-table fields on other outcomes', () => {
    const request = aJkkRequest({ outcome: { type: 'death', tablePercent: 35 } });
    expect(errorCodeOf(() => calculateBenefits(request))).toBe('OUTCOME_FIELD_NOT_APPLICABLE');
  });
});

describe('calculateBenefits — temporary inability (STMB)', () => {
  const stmb = (outcome: Partial<NonNullable<BenefitRequest['outcome']>>, policy?: BenefitPolicy) =>
    calculateBenefits(
      aJkkRequest({ incidentDate: '2026-01-10', outcome: { type: 'temporary-disability', ...outcome } }),
      { policy },
    );

  it("prorates a part month by the calendar days of that month (10 of February's 28 days)", () => {
    expect(amounts(stmb({ inabilityMonths: 1, inabilityDays: 10 }))).toEqual({ JKK_STMB_FULL_RATE: 1_357_142 });
  });

  it('prorates by 30 days under the thirty-day-month policy', () => {
    const policy: BenefitPolicy = { ...DEFAULT_BENEFIT_POLICY, temporaryInabilityProration: 'thirty-day-month' };
    expect(amounts(stmb({ inabilityMonths: 1, inabilityDays: 10 }, policy))).toEqual({ JKK_STMB_FULL_RATE: 1_333_333 });
  });

  it('pays a part month after the twelfth at 50% (15 of 31 days)', () => {
    expect(amounts(stmb({ inabilityMonths: 12, inabilityDays: 15 }))).toEqual({
      JKK_STMB_FULL_RATE: 12_000_000,
      JKK_STMB_REDUCED_RATE: 241_935,
    });
  });

  it('counts the part month from the first day of inability when it is later than the incident', () => {
    const result = stmb({ inabilityStartDate: '2026-02-01', inabilityMonths: 0, inabilityDays: 14 });
    expect(amounts(result)).toEqual({ JKK_STMB_FULL_RATE: 500_000 });
  });

  it('adds STMB to a later disability outcome', () => {
    const request = aJkkRequest({ outcome: { type: 'total-disability', inabilityMonths: 3 } });
    expect(calculateBenefits(request).total).toBe(71_000_000);
  });

  it('refuses days that make a whole month, and a temporary disability without a period', () => {
    expect(errorCodeOf(() => stmb({ inabilityMonths: 1, inabilityDays: 28 }))).toBe('INABILITY_DAYS_EXCEED_MONTH');
    expect(errorCodeOf(() => stmb({}))).toBe('INABILITY_PERIOD_REQUIRED');
    expect(errorCodeOf(() => stmb({ inabilityMonths: 1.5 }))).toBe('INABILITY_MONTHS_INVALID');
    expect(errorCodeOf(() => stmb({ inabilityMonths: 1, inabilityStartDate: '2026-01-01' }))).toBe(
      'INABILITY_BEFORE_INCIDENT',
    );
  });
});

describe('calculateBenefits — transport, home care and glasses caps', () => {
  const transport = [
    { mode: 'land' as const, amount: 3_000_000 },
    { mode: 'land' as const, amount: 4_000_000 },
    { mode: 'sea' as const, amount: 1_500_000 },
    { mode: 'air' as const, amount: 12_000_000 },
  ];

  it('caps each transport mode separately by default', () => {
    const result = calculateBenefits(aJkkRequest({ outcome: { type: 'recovered' }, transport }));
    expect(amounts(result)).toEqual({
      JKK_TRANSPORT_LAND: 5_000_000,
      JKK_TRANSPORT_SEA: 1_500_000,
      JKK_TRANSPORT_AIR: 10_000_000,
    });
    expect(result.lines[0]?.rule).toBe('PP 82/2019 Lampiran III: land, river or lake transport max Rp5,000,000');
  });

  it('caps all modes together at the highest cap used under the shared policy', () => {
    const policy: BenefitPolicy = { ...DEFAULT_BENEFIT_POLICY, transportCaps: 'shared-highest-cap' };
    const result = calculateBenefits(aJkkRequest({ transport }), { policy });
    expect(amounts(result)).toEqual({ JKK_TRANSPORT: 10_000_000 });

    const seaOnly = calculateBenefits(aJkkRequest({ transport: [{ mode: 'sea', amount: 2_500_000 }] }), { policy });
    expect(amounts(seaOnly)).toEqual({ JKK_TRANSPORT: 2_000_000 });
  });

  const HALF_YEAR = { from: '2026-03-10', until: '2026-09-09' };

  it('caps home care at Rp20,000,000 and glasses at Rp1,000,000, and pays less when less is claimed', () => {
    const homeCare = (amount: number, glasses: number) =>
      calculateBenefits(aJkkRequest({ homeCare: amount, homeCarePeriod: HALF_YEAR, glasses }));
    expect(amounts(homeCare(25_000_000, 1_500_000))).toEqual({ JKK_HOME_CARE: 20_000_000, JKK_GLASSES: 1_000_000 });
    expect(amounts(homeCare(7_250_000, 600_000))).toEqual({ JKK_HOME_CARE: 7_250_000, JKK_GLASSES: 600_000 });
  });

  it('pays home care for at most one year of care (RULES.md §2)', () => {
    const homeCare = (homeCarePeriod?: { from: string; until: string }) =>
      domainErrorOf(() =>
        calculateBenefits(aJkkRequest({ homeCare: 5_000_000, ...(homeCarePeriod ? { homeCarePeriod } : {}) })),
      );
    expect(homeCare()?.code).toBe('HOME_CARE_PERIOD_REQUIRED');
    expect(homeCare({ from: '2026-03-10', until: '2027-03-09' })).toBeUndefined();
    expect(homeCare({ from: '2026-03-10', until: '2027-03-10' })).toMatchObject({
      code: 'HOME_CARE_PERIOD_TOO_LONG',
      message: expect.stringContaining('RULES.md §2'),
    });
    expect(homeCare({ from: '2026-03-10', until: '2026-03-09' })?.code).toBe('HOME_CARE_PERIOD_INVALID');
  });

  it('reimburses care at a non-partner facility in full to the worker, on its own line, not as home care', () => {
    const result = calculateBenefits(aJkkRequest({ nonPartnerCare: 27_500_000 }));
    expect(result.lines).toEqual([
      { code: 'JKK_NON_PARTNER_CARE', amount: 27_500_000, rule: expect.stringContaining('RULES.md §2') },
    ]);
    expect(result.lines[0]?.rule).toContain('no cap');
    expect(errorCodeOf(() => calculateBenefits(aJkmRequest({ nonPartnerCare: 1_000 })))).toBe(
      'COMPONENT_NOT_APPLICABLE',
    );
  });

  it('pays each partner facility its invoices in full, uncapped, on one line to that facility', () => {
    const result = calculateBenefits(
      aJkkRequest({
        partnerCare: [
          { facilityCode: 'PLKK-7604-001', amount: 120_000_000, invoiceReference: 'INV-1' },
          { facilityCode: 'PLKK-7604-002', amount: 2_500_000, invoiceReference: 'INV-9' },
          { facilityCode: 'PLKK-7604-001', amount: 30_000_000, invoiceReference: 'INV-2' },
        ],
      }),
    );
    expect(result.lines).toEqual([
      {
        code: 'JKK_PARTNER_FACILITY_CARE',
        amount: 150_000_000,
        rule: expect.stringMatching(/RULES\.md §2.*no cap.*paid to the facility/),
        payee: { kind: 'partner-facility', facilityCode: 'PLKK-7604-001' },
        invoiceReferences: ['INV-1', 'INV-2'],
      },
      expect.objectContaining({
        amount: 2_500_000,
        payee: { kind: 'partner-facility', facilityCode: 'PLKK-7604-002' },
      }),
    ]);
    expect(result.total).toBe(152_500_000);
  });

  it('refuses a partner invoice without its reference, listed twice, or on a JKM claim', () => {
    const invoice = { facilityCode: 'PLKK-7604-001', amount: 1_000_000, invoiceReference: 'INV-1' };
    expect(
      errorCodeOf(() => calculateBenefits(aJkkRequest({ partnerCare: [{ ...invoice, invoiceReference: ' ' }] }))),
    ).toBe('PARTNER_CARE_INVOICE_INCOMPLETE');
    expect(errorCodeOf(() => calculateBenefits(aJkkRequest({ partnerCare: [invoice, invoice] })))).toBe(
      'PARTNER_CARE_INVOICE_DUPLICATE',
    );
    expect(errorCodeOf(() => calculateBenefits(aJkmRequest({ partnerCare: [invoice] })))).toBe(
      'COMPONENT_NOT_APPLICABLE',
    );
  });

  it('refuses negative or fractional amounts, and JKK-only components on a JKM claim', () => {
    expect(errorCodeOf(() => calculateBenefits(aJkkRequest({ homeCare: -1 })))).toBe('AMOUNT_INVALID');
    expect(errorCodeOf(() => calculateBenefits(aJkkRequest({ transport: [{ mode: 'air', amount: 10.5 }] })))).toBe(
      'AMOUNT_INVALID',
    );
    expect(errorCodeOf(() => calculateBenefits(aJkmRequest({ glasses: 500_000 })))).toBe('COMPONENT_NOT_APPLICABLE');
  });
});

describe('calculateBenefits — JKM short membership policy', () => {
  it('pays Rp10,000,000 (Rp8 jt + Rp2 jt funeral) for a death within 3 months of joining', () => {
    const result = calculateBenefits(
      aJkmRequest({ membershipStartDate: '2026-01-10', incidentDate: '2026-04-09', contributionMonths: 3 }),
    );
    expect(amounts(result)).toEqual({
      JKM_SHORT_MEMBERSHIP_LUMP_SUM: 8_000_000,
      JKM_SHORT_MEMBERSHIP_FUNERAL: 2_000_000,
    });
    expect(result.total).toBe(10_000_000);
  });

  it('pays the full Rp42,000,000 from exactly 3 months after joining', () => {
    const result = calculateBenefits(
      aJkmRequest({ membershipStartDate: '2026-01-10', incidentDate: '2026-04-10', contributionMonths: 3 }),
    );
    expect(result.total).toBe(42_000_000);
  });

  it('pays the full benefit when the policy is switched off', () => {
    const policy: BenefitPolicy = {
      ...DEFAULT_BENEFIT_POLICY,
      jkmShortMembership: { ...DEFAULT_BENEFIT_POLICY.jkmShortMembership, enabled: false },
    };
    const request = aJkmRequest({ membershipStartDate: '2026-03-01', contributionMonths: 1 });
    expect(calculateBenefits(request, { policy }).total).toBe(42_000_000);
  });

  it('needs the membership start date, and refuses a death before it', () => {
    expect(errorCodeOf(() => calculateBenefits(aJkmRequest({ membershipStartDate: undefined })))).toBe(
      'MEMBERSHIP_START_REQUIRED',
    );
    expect(errorCodeOf(() => calculateBenefits(aJkmRequest({ membershipStartDate: '2026-04-01' })))).toBe(
      'DEATH_BEFORE_MEMBERSHIP',
    );
  });

  it('lets a quote leave out the membership start only with at least 3 contribution months', () => {
    const noStart = (contributionMonths: number, policy = DEFAULT_BENEFIT_POLICY) =>
      domainErrorOf(() => assertQuotableWithoutMembershipStart(contributionMonths, policy));
    expect(noStart(2)).toMatchObject({
      code: 'MEMBERSHIP_START_REQUIRED',
      field: 'membershipStartDate',
      message: expect.stringContaining('RULES.md §3'),
    });
    expect(noStart(0)?.code).toBe('MEMBERSHIP_START_REQUIRED');
    expect(noStart(3)).toBeUndefined();
    const off = {
      ...DEFAULT_BENEFIT_POLICY,
      jkmShortMembership: { ...DEFAULT_BENEFIT_POLICY.jkmShortMembership, enabled: false },
    };
    expect(noStart(1, off)).toBeUndefined();
  });

  it('refuses outcomes other than death on a JKM claim', () => {
    const request = aJkmRequest({ outcome: { type: 'total-disability' } });
    expect(errorCodeOf(() => calculateBenefits(request))).toBe('OUTCOME_NOT_APPLICABLE');
  });
});

describe('calculateBenefits — scholarships', () => {
  it('pays one school year for at most two children, in the order given', () => {
    const children = [
      aChild({ id: 'ani', schoolLevel: 'SD', birthDate: '2016-05-01' }),
      aChild({ id: 'budi', schoolLevel: 'PT', birthDate: '2006-02-01' }),
      aChild({ id: 'citra', schoolLevel: 'SMP', birthDate: '2013-08-17' }),
    ];
    const result = calculateBenefits(aJkmRequest({ children }));

    expect(amounts(result)).toMatchObject({ SCHOLARSHIP_CHILD_1_SD: 1_500_000, SCHOLARSHIP_CHILD_2_PT: 12_000_000 });
    expect(result.total).toBe(42_000_000 + 13_500_000);
    expect(result.exclusions).toEqual([expect.objectContaining({ subject: 'citra', code: 'SCHOLARSHIP_CHILD_LIMIT' })]);
  });

  it('skips a child aged 23, a married child and a working child without using a place', () => {
    const children = [
      aChild({ id: 'dewi', schoolLevel: 'PT', birthDate: '2003-03-10' }),
      aChild({ id: 'eka', schoolLevel: 'SMA', birthDate: '2008-01-01', married: true }),
      aChild({ id: 'fajar', schoolLevel: 'SMA', birthDate: '2008-01-01', working: true }),
      aChild({ id: 'gita', schoolLevel: 'TK', birthDate: '2021-06-01' }),
      aChild({ id: 'hadi', schoolLevel: 'SMA', birthDate: '2009-09-09' }),
    ];
    const result = calculateBenefits(aJkmRequest({ children }));

    expect(amounts(result)).toMatchObject({ SCHOLARSHIP_CHILD_1_TK: 1_500_000, SCHOLARSHIP_CHILD_2_SMA: 3_000_000 });
    expect(result.exclusions.map((exclusion) => [exclusion.subject, exclusion.code])).toEqual([
      ['dewi', 'SCHOLARSHIP_CHILD_TOO_OLD'],
      ['eka', 'SCHOLARSHIP_CHILD_MARRIED'],
      ['fajar', 'SCHOLARSHIP_CHILD_WORKING'],
    ]);
  });

  it('still pays a child of 22 (the day before the 23rd birthday)', () => {
    const result = calculateBenefits(
      aJkmRequest({ children: [aChild({ schoolLevel: 'PT', birthDate: '2003-03-11' })] }),
    );
    expect(amounts(result)).toMatchObject({ SCHOLARSHIP_CHILD_1_PT: 12_000_000 });
  });

  it('refuses a level whose years are used up and a child too young for the level', () => {
    const children = [
      aChild({ id: 'ika', schoolLevel: 'TK', birthDate: '2021-01-01', yearsAlreadyPaidAtLevel: 2 }),
      aChild({ id: 'joko', schoolLevel: 'SMA', birthDate: '2019-01-01' }),
    ];
    const codes = calculateBenefits(aJkmRequest({ children })).exclusions.map((exclusion) => exclusion.code);
    expect(codes).toEqual(['SCHOLARSHIP_LEVEL_EXHAUSTED', 'SCHOLARSHIP_CHILD_NOT_SCHOOL_AGE']);
  });

  it('needs 36 JKM contribution months, but none after a JKK death or total disability', () => {
    const children = [aChild()];
    const jkmShort = calculateBenefits(aJkmRequest({ contributionMonths: 35, children }));
    expect(jkmShort.total).toBe(42_000_000);
    expect(jkmShort.exclusions[0]?.code).toBe('SCHOLARSHIP_CONTRIBUTIONS_TOO_SHORT');

    expect(calculateBenefits(aJkmRequest({ contributionMonths: 36, children })).total).toBe(43_500_000);
    expect(calculateBenefits(aJkkRequest({ contributionMonths: 1, outcome: { type: 'death' }, children })).total).toBe(
      71_500_000,
    );
    expect(
      calculateBenefits(aJkkRequest({ contributionMonths: 1, outcome: { type: 'total-disability' }, children })).total,
    ).toBe(69_500_000);
  });

  it('pays no scholarship after a partial disability', () => {
    const result = calculateBenefits(
      aJkkRequest({ outcome: { type: 'partial-disability', tablePercent: 35 }, children: [aChild()] }),
    );
    expect(result.total).toBe(28_000_000);
    expect(result.exclusions[0]?.code).toBe('SCHOLARSHIP_NOT_APPLICABLE');
  });

  it('judges ages on the scholarship assessment date when one is given', () => {
    const child = aChild({ schoolLevel: 'PT', birthDate: '2004-01-01' });
    const atDeath = calculateBenefits(aJkmRequest({ children: [child] }));
    const twoYearsLater = calculateBenefits(
      aJkmRequest({ children: [child], scholarshipAssessmentDate: '2028-07-15' }),
    );
    expect(atDeath.total).toBe(54_000_000);
    expect(twoYearsLater.exclusions[0]?.code).toBe('SCHOLARSHIP_CHILD_TOO_OLD');
  });
});

describe('calculateBenefits — rule set by incident date', () => {
  const LATER_RULE_SET: BenefitRuleSet = {
    ...PP82_2019_RULE_SET,
    id: 'TEST-2027',
    effectiveFrom: '2027-01-01',
    jkm: {
      ...PP82_2019_RULE_SET.jkm,
      lumpSum: { amount: 25_000_000, rule: 'Test regulation: JKM lump sum Rp25,000,000' },
    },
  };
  const ruleSets = [PP82_2019_RULE_SET, LATER_RULE_SET];

  it('uses the PP 82/2019 set from 2 December 2019 and refuses incidents before it', () => {
    expect(
      calculateBenefits(aJkmRequest({ incidentDate: '2019-12-02', membershipStartDate: '2015-01-01' })).ruleSetId,
    ).toBe('PP82-2019');
    const before = aJkmRequest({ incidentDate: '2019-12-01', membershipStartDate: '2015-01-01' });
    expect(errorCodeOf(() => calculateBenefits(before))).toBe('NO_RULE_SET_FOR_INCIDENT_DATE');
  });

  it('chooses the set in force on the incident date, not the newest', () => {
    const lastDayOld = calculateBenefits(aJkmRequest({ incidentDate: '2026-12-31' }), { ruleSets });
    const firstDayNew = calculateBenefits(aJkmRequest({ incidentDate: '2027-01-01' }), { ruleSets });
    expect([lastDayOld.ruleSetId, lastDayOld.total]).toEqual(['PP82-2019', 42_000_000]);
    expect([firstDayNew.ruleSetId, firstDayNew.total]).toEqual(['TEST-2027', 47_000_000]);
  });

  it('never pays a JKK death lump sum below the JKM lump sum of the same rule set', () => {
    const lowIncomeRules: BenefitRuleSet = {
      ...PP82_2019_RULE_SET,
      minimumDeclaredIncome: { amount: 100_000, rule: 'Test: lower bracket' },
    };
    const result = calculateBenefits(aJkkRequest({ declaredMonthlyIncome: 300_000, outcome: { type: 'death' } }), {
      ruleSets: [lowIncomeRules],
    });
    expect(result.lines[0]).toEqual({
      code: 'JKK_DEATH_LUMP_SUM',
      amount: 20_000_000,
      rule: 'PP 82/2019 Lampiran III: JKK death lump sum not below the JKM death lump sum',
    });
  });
});

describe('calculateBenefits — request validation', () => {
  it.each([
    [{ declaredMonthlyIncome: 999_999 }, 'DECLARED_INCOME_INVALID'],
    [{ declaredMonthlyIncome: 1_000_000.5 }, 'DECLARED_INCOME_INVALID'],
    [{ contributionMonths: -1 }, 'CONTRIBUTION_MONTHS_INVALID'],
    [{ incidentDate: '2026-02-30' }, 'DATE_INVALID'],
    [{ programme: 'JHT' as never }, 'PROGRAMME_INVALID'],
    [{ outcome: { type: 'injured' as never } }, 'OUTCOME_INVALID'],
  ])('refuses %o with %s', (overrides, code) => {
    expect(errorCodeOf(() => calculateBenefits(aJkkRequest(overrides)))).toBe(code);
  });

  it('names the offending field', () => {
    const error = domainErrorOf(() => calculateBenefits(aJkkRequest({ declaredMonthlyIncome: 500_000 })));
    expect(error).toMatchObject({ code: 'DECLARED_INCOME_INVALID', field: 'declaredMonthlyIncome' });
  });

  it('assesses a stage I JKK claim with no outcome yet from its reimbursements alone', () => {
    const result = calculateBenefits(aJkkRequest({ transport: [{ mode: 'land', amount: 250_000 }] }));
    expect(result).toMatchObject({ total: 250_000, exclusions: [] });
  });
});
