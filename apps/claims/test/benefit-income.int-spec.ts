import { aMember, ClaimsTestApp, localDate, type MemberBuilder } from './support/claims-test-app';

describe('the income a JKK benefit is computed from (real PostgreSQL and Kafka)', () => {
  const claims = new ClaimsTestApp('claims_benefit_income');

  beforeAll(async () => {
    await claims.start();
  });

  afterAll(async () => claims.stop());

  /** A JKK death on `diedOn`, assessed: its lump sum line. */
  async function jkkDeathLumpSum(member: MemberBuilder, diedOn: string): Promise<number> {
    const worker = await claims.seed(member.withFamilyMember('spouse', 'Hasnah'));
    const claimId = await claims.reportAccidentDeath(worker, diedOn);
    await claims.spouseAsPayee(claimId, worker);
    const assessed = await claims.documentVerifyAssess(claimId);
    const lumpSum = assessed.assessment.payable.find((line: { code: string }) => line.code === 'JKK_DEATH_LUMP_SUM');
    return lumpSum.amount;
  }

  it('is the income the month was billed at, even when it was raised on the incident day', async () => {
    // Billed (and paid) at Rp1,000,000; the worker dies in the morning and the income is raised that afternoon.
    const diedOn = localDate(-10);
    const member = aMember().named('Sudirman').incomeChangedOn(diedOn, 20_700_000);

    expect(await jkkDeathLumpSum(member, diedOn)).toBe(48 * 1_000_000);
  });

  it('is the income in effect on the incident date when the month was granted before billing sent its income', async () => {
    const diedOn = localDate(-10);
    const member = aMember()
      .named('Jufri')
      .billedBeforeIncomesWerePublished()
      .incomeChangedOn(localDate(-40), 2_000_000);

    expect(await jkkDeathLumpSum(member, diedOn)).toBe(48 * 2_000_000);
  });

  it('is the basis the month was billed at: an income declared above the top bracket is assessed on Rp20,700,000', async () => {
    const member = aMember().named('Haerudin').declaring(50_000_000);

    expect(await jkkDeathLumpSum(member, localDate(-10))).toBe(48 * 20_700_000);
  });
});
