import { aMember, bornYearsAgo, ClaimsTestApp, localDate, recentMonths } from './support/claims-test-app';

describe('BPJS membership before Jaring counts for JKM (RULES.md §3–4; real PostgreSQL and Kafka)', () => {
  const claims = new ClaimsTestApp('claims_prior_membership');

  beforeAll(async () => {
    await claims.start();
  });

  afterAll(async () => claims.stop());

  /** A JKM death 5 days ago of a worker who joined Jaring 2 months ago; the assessed claim. */
  async function assessedDeath(name: string, prior?: { start: string; months: number }) {
    const dateOfDeath = localDate(-5);
    let member = aMember()
      .named(name)
      .paidFor(recentMonths(2, dateOfDeath))
      .withFamilyMember('spouse', 'Hasnah', '1987-02-01')
      .withFamilyMember('child', 'Andi', bornYearsAgo(13));
    if (prior) member = member.withPriorMembership(prior.start, prior.months);
    const worker = await claims.seed(member);
    const claimId = await claims.reportDeath(worker, dateOfDeath);
    await claims.spouseAsPayee(claimId, worker);
    return claims.documentVerifyAssess(claimId, {
      children: [{ memberId: worker.relative('Andi').memberId, schoolLevel: 'SMP' }],
    });
  }

  it('pays the full JKM and the scholarship when the worker paid BPJS for years before Jaring', async () => {
    const joinedHere = await assessedDeath('Rahman Baru');
    expect(joinedHere.assessment.payableTotal).toBe(10_000_000);

    const withHistory = await assessedDeath('Rahman Lama', { start: '2021-04-01', months: 40 });
    expect(withHistory.assessment.payableTotal).toBe(42_000_000 + 2_000_000);
    expect(withHistory.assessment.payable.map((line: { code: string }) => line.code)).toContain(
      'SCHOLARSHIP_CHILD_1_SMP',
    );
  });
});
