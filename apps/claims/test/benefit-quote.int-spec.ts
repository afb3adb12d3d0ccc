import { join } from 'node:path';
import { bearer, ClaimsTestApp } from './support/claims-test-app';

const ILLUSTRATIVE_BRACKETS = join(__dirname, '../../../libs/income-basis/test/fixtures/illustrative-brackets.json');

/** The worked figures of RULES.md §2–3 at the Pemkab package income (Rp1,000,000). */
describe('POST /v1/benefits/quote (the running service)', () => {
  const claims = new ClaimsTestApp('claims_quote');
  let officer: string;
  const base = { incidentDate: '2026-03-02', declaredMonthlyIncome: 1_000_000, contributionMonths: 14 };

  beforeAll(async () => {
    await claims.start();
    officer = await bearer('officer-andi', 'claims-officer');
  });

  afterAll(async () => claims.stop());

  const quote = (body: object, token?: string) =>
    claims
      .http()
      .post('/v1/benefits/quote')
      .set('Authorization', token ?? officer)
      .send(body);

  it.each([
    ['JKK death', { programme: 'JKK', outcome: { type: 'death' } }, 70_000_000],
    ['JKK permanent total disability', { programme: 'JKK', outcome: { type: 'total-disability' } }, 68_000_000],
    [
      'JKK loss of one eye',
      { programme: 'JKK', outcome: { type: 'partial-disability', tablePercent: 35 } },
      28_000_000,
    ],
    [
      'JKK 14 months of STMB',
      { programme: 'JKK', outcome: { type: 'temporary-disability', inabilityMonths: 14 } },
      13_000_000,
    ],
    ['JKM death', { programme: 'JKM' }, 42_000_000],
  ])('%s comes to its worked figure', async (_case, body, total) => {
    const response = await quote({ ...base, ...body }).expect(200);
    expect(response.body.total).toBe(total);
    expect(Object.keys(response.body).sort()).toEqual([
      'basisRule',
      'benefitBasis',
      'declaredMonthlyIncome',
      'lines',
      'total',
    ]);
    expect(response.body).toMatchObject({ declaredMonthlyIncome: 1_000_000, benefitBasis: 1_000_000 });
    for (const line of response.body.lines) {
      expect(Object.keys(line).sort()).toEqual(['amount', 'code', 'rule']);
      expect(Number.isInteger(line.amount)).toBe(true);
      expect(line.rule).toMatch(/PP|UU|Permenaker/);
    }
    expect(response.body.lines.reduce((sum: number, line: { amount: number }) => sum + line.amount, 0)).toBe(total);
  });

  it('quotes a JKK death declared at Rp50,000,000 on the top bracket: Rp1,015,600,000 (RULES.md §1)', async () => {
    const response = await quote({
      ...base,
      declaredMonthlyIncome: 50_000_000,
      programme: 'JKK',
      outcome: { type: 'death' },
    }).expect(200);
    expect(response.body).toMatchObject({
      declaredMonthlyIncome: 50_000_000,
      benefitBasis: 20_700_000,
      basisRule: expect.stringContaining('RULES.md §1'),
      total: 48 * 20_700_000 + 10_000_000 + 12_000_000,
    });
    expect(response.body.total).toBe(1_015_600_000);
  });

  it('asks for the membership start of a JKM death with fewer than 3 contribution months (RULES.md §3)', async () => {
    const refused = await quote({ ...base, programme: 'JKM', contributionMonths: 2 }).expect(400);
    expect(JSON.stringify(refused.body)).toContain('membershipStartDate');
    expect(refused.body).not.toHaveProperty('total');

    const shortMembership = await quote({
      ...base,
      programme: 'JKM',
      contributionMonths: 2,
      membershipStartDate: '2026-01-10',
    }).expect(200);
    expect(shortMembership.body.total).toBe(10_000_000);
  });

  it('reimburses non-partner care on its own uncapped line, and pays home care for at most a year (RULES.md §2)', async () => {
    const recovered = { ...base, programme: 'JKK', outcome: { type: 'recovered' } };
    const care = await quote({ ...recovered, nonPartnerCare: 27_500_000 }).expect(200);
    expect(care.body.lines).toEqual([
      { code: 'JKK_NON_PARTNER_CARE', amount: 27_500_000, rule: expect.stringContaining('RULES.md §2') },
    ]);
    const tooLong = await quote({
      ...recovered,
      homeCare: 5_000_000,
      homeCarePeriod: { from: '2026-03-02', until: '2027-03-02' },
    }).expect(400);
    expect(tooLong.body).toMatchObject({ error: 'HOME_CARE_PERIOD_TOO_LONG' });
    const withinAYear = await quote({
      ...recovered,
      homeCare: 25_000_000,
      homeCarePeriod: { from: '2026-03-02', until: '2027-03-01' },
    }).expect(200);
    expect(withinAYear.body.lines).toEqual([expect.objectContaining({ code: 'JKK_HOME_CARE', amount: 20_000_000 })]);
  });

  it('caps transport per mode', async () => {
    const response = await quote({
      ...base,
      programme: 'JKK',
      outcome: { type: 'recovered' },
      transport: [{ mode: 'land', amount: 6_500_000 }],
    }).expect(200);
    expect(response.body.total).toBe(5_000_000);
  });

  it('is for claims officers only, and validates the body', async () => {
    await quote({ ...base, programme: 'JKM' }, await bearer('enrolment-1', 'enrolment-officer')).expect(403);
    const invalid = await quote({ ...base, programme: 'JKX', incidentDate: '2.3.2026' }).expect(400);
    expect(JSON.stringify(invalid.body)).toContain('programme');
  });
});

describe('POST /v1/benefits/quote with an income bracket table loaded (INCOME_BRACKETS_FILE)', () => {
  const claims = new ClaimsTestApp('claims_quote_brackets', { INCOME_BRACKETS_FILE: ILLUSTRATIVE_BRACKETS });
  let officer: string;

  beforeAll(async () => {
    officer = await bearer('officer-andi', 'claims-officer');
    await claims.start();
  });

  afterAll(async () => claims.stop());

  const jkkDeath = (declaredMonthlyIncome: number) =>
    claims
      .http()
      .post('/v1/benefits/quote')
      .set('Authorization', officer)
      .send({
        programme: 'JKK',
        incidentDate: '2026-03-02',
        declaredMonthlyIncome,
        contributionMonths: 14,
        outcome: { type: 'death' },
      })
      .expect(200);

  it('assesses a declared income on its bracket’s basis, and the Pemkab package on Rp1,000,000', async () => {
    const inBracket = await jkkDeath(2_000_000);
    expect(inBracket.body).toMatchObject({ declaredMonthlyIncome: 2_000_000, benefitBasis: 3_000_000 });
    expect(inBracket.body.lines[0].amount).toBe(48 * 3_000_000);

    const pemkabPackage = await jkkDeath(1_000_000);
    expect(pemkabPackage.body).toMatchObject({ benefitBasis: 1_000_000, total: 70_000_000 });
  });
});
