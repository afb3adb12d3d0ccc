import { bearer, ClaimsTestApp } from './support/claims-test-app';

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
    expect(Object.keys(response.body).sort()).toEqual(['lines', 'total']);
    for (const line of response.body.lines) {
      expect(Object.keys(line).sort()).toEqual(['amount', 'code', 'rule']);
      expect(Number.isInteger(line.amount)).toBe(true);
      expect(line.rule).toMatch(/PP|UU|Permenaker/);
    }
    expect(response.body.lines.reduce((sum: number, line: { amount: number }) => sum + line.amount, 0)).toBe(total);
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
