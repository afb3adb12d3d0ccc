import { aMember, bornYearsAgo, ClaimsTestApp, localDate, recentMonths } from './support/claims-test-app';

const scholarshipLines = (claim: Record<string, any>) =>
  claim.assessment.payable.filter((line: { code: string }) => line.code.startsWith('SCHOLARSHIP_'));

describe('Scholarships in the claim assessment (real PostgreSQL and Kafka)', () => {
  const claims = new ClaimsTestApp('claims_scholarship');

  beforeAll(async () => {
    await claims.start();
  });

  afterAll(async () => claims.stop());

  it('pays a JKK death at most two eligible children at their level’s amount, skipping the married, working and too old', async () => {
    const worker = await claims.seed(
      aMember()
        .named('La Ode Hamid')
        .withFamilyMember('spouse', 'Hasnah', '1980-02-01')
        .withFamilyMember('child', 'Rina', bornYearsAgo(19), { married: true })
        .withFamilyMember('child', 'Andi', bornYearsAgo(16))
        .withFamilyMember('child', 'Budi', bornYearsAgo(20), { working: true })
        .withFamilyMember('child', 'Sari', bornYearsAgo(23))
        .withFamilyMember('child', 'Dewi', bornYearsAgo(19))
        .withFamilyMember('child', 'Tono', bornYearsAgo(8))
        .withFamilyMember('child', 'Mira', bornYearsAgo(12))
        .withFamilyMember('child', 'Kiki', bornYearsAgo(4)),
    );
    const child = (name: string, schoolLevel: string) => ({ memberId: worker.relative(name).memberId, schoolLevel });
    const claimId = await claims.reportAccidentDeath(worker, localDate(-10));
    await claims.spouseAsPayee(claimId, worker);

    const assessed = await claims.documentVerifyAssess(claimId, {
      children: [
        child('Rina', 'PT'),
        child('Andi', 'SMA'),
        child('Budi', 'PT'),
        child('Sari', 'PT'),
        child('Dewi', 'PT'),
        child('Tono', 'SD'),
      ],
    });
    expect(scholarshipLines(assessed)).toEqual([
      expect.objectContaining({ code: 'SCHOLARSHIP_CHILD_1_SMA', amount: 3_000_000 }),
      expect.objectContaining({ code: 'SCHOLARSHIP_CHILD_2_PT', amount: 12_000_000 }),
    ]);
    expect(assessed.assessment.payableTotal).toBe(70_000_000 + 15_000_000);
    expect(assessed.assessment.result.exclusions).toEqual([
      expect.objectContaining({ subject: worker.relative('Rina').memberId, code: 'SCHOLARSHIP_CHILD_MARRIED' }),
      expect.objectContaining({ subject: worker.relative('Budi').memberId, code: 'SCHOLARSHIP_CHILD_WORKING' }),
      expect.objectContaining({ subject: worker.relative('Sari').memberId, code: 'SCHOLARSHIP_CHILD_TOO_OLD' }),
      expect.objectContaining({ subject: worker.relative('Tono').memberId, code: 'SCHOLARSHIP_CHILD_LIMIT' }),
    ]);

    const younger = await claims
      .act('post', `/v1/claims/${claimId}/assessment`, { children: [child('Tono', 'SD'), child('Mira', 'SMP')] })
      .expect(200);
    expect(scholarshipLines(younger.body)).toEqual([
      expect.objectContaining({ code: 'SCHOLARSHIP_CHILD_1_SD', amount: 1_500_000 }),
      expect.objectContaining({ code: 'SCHOLARSHIP_CHILD_2_SMP', amount: 2_000_000 }),
    ]);
    const kindergarten = await claims
      .act('post', `/v1/claims/${claimId}/assessment`, { children: [child('Kiki', 'TK')] })
      .expect(200);
    expect(scholarshipLines(kindergarten.body)).toEqual([
      expect.objectContaining({ code: 'SCHOLARSHIP_CHILD_1_TK', amount: 1_500_000 }),
    ]);
    expect(kindergarten.body.assessment.payableTotal).toBe(71_500_000);

    const spouse = await claims
      .act('post', `/v1/claims/${claimId}/assessment`, {
        children: [{ memberId: worker.member('spouse').memberId, schoolLevel: 'PT' }],
      })
      .expect(400);
    expect(spouse.body).toMatchObject({ error: 'CHILD_NOT_IN_FAMILY' });
  });

  it('gives a JKM death a scholarship only after 36 contribution months', async () => {
    const dateOfDeath = localDate(-5);
    const assessJkmDeath = async (paidMonths: number) => {
      const worker = await claims.seed(
        aMember()
          .named(`Sudirman ${paidMonths}`)
          .paidFor(recentMonths(paidMonths, dateOfDeath))
          .withFamilyMember('spouse', 'Hasnah', '1987-02-01')
          .withFamilyMember('child', 'Andi', bornYearsAgo(16)),
      );
      const claimId = await claims.reportDeath(worker, dateOfDeath);
      await claims.spouseAsPayee(claimId, worker);
      return claims.documentVerifyAssess(claimId, {
        children: [{ memberId: worker.relative('Andi').memberId, schoolLevel: 'SMA' }],
      });
    };

    const short = await assessJkmDeath(35);
    expect(scholarshipLines(short)).toEqual([]);
    expect(short.assessment.payableTotal).toBe(42_000_000);
    expect(short.assessment.result.exclusions).toEqual([
      expect.objectContaining({ code: 'SCHOLARSHIP_CONTRIBUTIONS_TOO_SHORT' }),
    ]);

    const long = await assessJkmDeath(36);
    expect(scholarshipLines(long)).toEqual([
      expect.objectContaining({ code: 'SCHOLARSHIP_CHILD_1_SMA', amount: 3_000_000 }),
    ]);
    expect(long.assessment.payableTotal).toBe(45_000_000);
  });
});
