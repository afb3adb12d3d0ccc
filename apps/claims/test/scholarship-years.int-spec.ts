import { waitFor } from '../../../test/support/test-environment';
import {
  aMember,
  bornYearsAgo,
  ClaimsTestApp,
  localDate,
  OFFICERS,
  recentMonths,
  type MemberBuilder,
} from './support/claims-test-app';

/** The school year after `years` of the one a day falls in (July to June). */
function schoolYearAfter(date: string, years: number): string {
  const first = Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) >= 7 ? 0 : 1) + years;
  return `${first}/${first + 1}`;
}

describe('Scholarship school years after a paid death claim (real PostgreSQL, Kafka, sandbox bank)', () => {
  const claims = new ClaimsTestApp('claims_scholarship_years');
  const dateOfDeath = localDate(-5);
  let worker: MemberBuilder;
  let claimId: string;
  const path = () => `/v1/claims/${claimId}/scholarships`;
  const request = (childName: string, years: number, level: string) => ({
    childMemberId: worker.relative(childName).memberId,
    schoolYear: schoolYearAfter(dateOfDeath, years),
    level,
    evidence: { schoolCertificateNumber: `SK-${childName}-${years}`, schoolName: 'SMAN 1 Polewali' },
  });

  beforeAll(async () => {
    await claims.start();
    worker = await claims.seed(
      aMember()
        .named('Sudirman Beasiswa')
        .paidFor(recentMonths(36, dateOfDeath))
        .withFamilyMember('spouse', 'Hasnah', '1987-02-01')
        .withFamilyMember('child', 'Andi', bornYearsAgo(16))
        .withFamilyMember('child', 'Sari', bornYearsAgo(23)),
    );
    claimId = await claims.reportDeath(worker, dateOfDeath);
    await claims.spouseAsPayee(claimId, worker);
    const assessed = await claims.documentVerifyAssess(claimId, {
      children: [{ memberId: worker.relative('Andi').memberId, schoolLevel: 'SMA' }],
    });
    expect(assessed.assessment.payableTotal).toBe(45_000_000);
    await claims.approveAndPayHeir(claimId, OFFICERS.checker, 'Hasnah');
  });

  afterAll(async () => claims.stop());

  it('pays the next school year once, after a second officer approved it', async () => {
    const requested = await claims.act('post', path(), request('Andi', 1, 'SMA')).expect(201);
    expect(requested.body).toMatchObject({
      status: 'requested',
      code: 'SCHOLARSHIP_CHILD_1_SMA',
      amount: 3_000_000,
      requestedBy: 'officer-andi',
    });
    const ownApproval = await claims.act('post', `${path()}/${requested.body.id}/approval`).expect(409);
    expect(ownApproval.body).toMatchObject({
      error: 'MAKER_CHECKER_VIOLATION',
      details: { conflictingRole: 'scholarship-requester' },
    });

    const approved = await claims
      .act('post', `${path()}/${requested.body.id}/approval`, {}, OFFICERS.checker)
      .expect(200);
    expect(approved.body).toMatchObject({ status: 'payout-requested', approvedBy: 'officer-budi' });
    const again = await claims
      .act('post', `${path()}/${requested.body.id}/approval`, {}, OFFICERS.supervisor)
      .expect(409);
    expect(again.body).toMatchObject({ error: 'SCHOLARSHIP_NOT_AWAITING_APPROVAL' });

    await waitFor(
      async () => {
        const list = await claims.http().get(path()).set('Authorization', OFFICERS.maker).expect(200);
        return list.body[0]?.status === 'paid' ? list.body : undefined;
      },
      { what: 'the scholarship year to be paid', timeoutMs: 30_000 },
    );
    const claim = await claims.claim(claimId);
    expect(claim.status).toBe('closed');
    const scholarshipPayouts = claim.payouts.filter((payout: { purpose: string }) => payout.purpose === 'scholarship');
    expect(scholarshipPayouts).toEqual([
      expect.objectContaining({
        amount: 3_000_000,
        status: 'confirmed',
        idempotencyKey: approved.body.payout.idempotencyKey,
      }),
    ]);
    const transfers = claims.bank
      .listTransfers()
      .filter((transfer) => transfer.reference.includes(claimId.slice(0, 8)) && transfer.amount === 3_000_000);
    expect(transfers).toHaveLength(2); // the death claim's first year and this one

    const actions = (await claims.audit(claimId)).map((row) => row.action);
    expect(actions).toEqual(
      expect.arrayContaining(['request-scholarship-year', 'approve-scholarship-year', 'scholarship-year-paid']),
    );
  });

  it('refuses the same child and school year again (409), the death claim’s own year included', async () => {
    const twice = await claims.act('post', path(), request('Andi', 1, 'SMA'), OFFICERS.checker).expect(409);
    expect(twice.body).toMatchObject({ error: 'SCHOLARSHIP_YEAR_ALREADY_CLAIMED' });
    const otherLevel = await claims.act('post', path(), request('Andi', 1, 'PT')).expect(409);
    expect(otherLevel.body).toMatchObject({ error: 'SCHOLARSHIP_YEAR_ALREADY_CLAIMED' });
    const first = await claims.act('post', path(), request('Andi', 0, 'SMA')).expect(409);
    expect(first.body).toMatchObject({ error: 'SCHOLARSHIP_YEAR_ALREADY_CLAIMED' });
  });

  it('refuses a child who is 23 by the school year (400)', async () => {
    const tooOld = await claims.act('post', path(), request('Sari', 1, 'PT')).expect(400);
    expect(tooOld.body).toMatchObject({ error: 'SCHOLARSHIP_CHILD_TOO_OLD' });
  });

  it('stops at the level’s maximum years counted from the history, and moves on to the next level', async () => {
    await claims.act('post', path(), request('Andi', 2, 'SMA')).expect(201);
    const fourth = await claims.act('post', path(), request('Andi', 3, 'SMA')).expect(400);
    expect(fourth.body).toMatchObject({ error: 'SCHOLARSHIP_LEVEL_EXHAUSTED' });
    const university = await claims.act('post', path(), request('Andi', 3, 'PT')).expect(201);
    expect(university.body).toMatchObject({ code: 'SCHOLARSHIP_CHILD_1_PT', amount: 12_000_000 });
  });
});
