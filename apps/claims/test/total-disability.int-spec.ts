import { waitFor } from '../../../test/support/test-environment';
import { aMember, bornYearsAgo, ClaimsTestApp, localDate, OFFICERS } from './support/claims-test-app';

/** The school year after `years` of the one a day falls in (July to June). */
function schoolYearAfter(date: string, years: number): string {
  const first = Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) >= 7 ? 0 : 1) + years;
  return `${first}/${first + 1}`;
}

describe('total permanent disability (RULES.md §2, §4; real PostgreSQL, Kafka, sandbox bank)', () => {
  const claims = new ClaimsTestApp('claims_total_disability');

  beforeAll(async () => {
    await claims.start();
  });

  afterAll(async () => claims.stop());

  it('points the 70% table rows to the total-disability outcome, and flags rows not checked against the Lampiran', async () => {
    const quote = (tableItems: string[]) =>
      claims.act('post', '/v1/benefits/quote', {
        programme: 'JKK',
        incidentDate: '2026-03-02',
        declaredMonthlyIncome: 1_000_000,
        contributionMonths: 14,
        outcome: { type: 'partial-disability', tableItems },
      });
    const bothEyes = await quote(['EYES_BOTH']).expect(400);
    expect(bothEyes.body).toMatchObject({ error: 'TOTAL_DISABILITY_OUTCOME' });
    expect(bothEyes.body.message).toContain('record the outcome total-disability');
    const oneEye = await quote(['EYE_ONE']).expect(200);
    expect(oneEye.body.lines[0].rule).toContain('not yet checked against the Lampiran text (RULES.md §2)');
  });

  it('opens a later school year after a paid total disability, as after a death', async () => {
    const accidentDate = localDate(-10);
    const worker = await claims.seed(
      aMember().named('Baharuddin Tetap').withFamilyMember('child', 'Rina', bornYearsAgo(15)),
    );
    const claimId = await claims.reportAccident(worker, accidentDate);
    await claims
      .act('post', `/v1/claims/${claimId}/stage-two`, {
        outcome: { type: 'total-disability' },
        declaredOn: accidentDate,
        doctorName: 'dr. Rahmat',
      })
      .expect(200);
    const assessed = await claims.documentVerifyAssess(claimId, {
      children: [{ memberId: worker.relative('Rina').memberId, schoolLevel: 'SMP' }],
    });
    expect(assessed.assessment.payableTotal).toBe(68_000_000 + 2_000_000);
    await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.supervisor).expect(200);
    await claims.until(claimId, 'closed');

    const year = await claims
      .act(
        'post',
        `/v1/claims/${claimId}/scholarships`,
        {
          childMemberId: worker.relative('Rina').memberId,
          schoolYear: schoolYearAfter(accidentDate, 1),
          level: 'SMP',
          evidence: { schoolCertificateNumber: 'SK-Rina-1', schoolName: 'SMPN 2 Polewali' },
        },
        OFFICERS.maker,
      )
      .expect(201);
    expect(year.body).toMatchObject({ status: 'requested', code: 'SCHOLARSHIP_CHILD_1_SMP', amount: 2_000_000 });
    await claims
      .act('post', `/v1/claims/${claimId}/scholarships/${year.body.id}/approval`, {}, OFFICERS.checker)
      .expect(200);
    await waitFor(
      async () => {
        const list = await claims
          .http()
          .get(`/v1/claims/${claimId}/scholarships`)
          .set('Authorization', OFFICERS.maker)
          .expect(200);
        return list.body[0]?.status === 'paid' ? list.body : undefined;
      },
      { what: 'the school year to be paid', timeoutMs: 30_000 },
    );
  });
});
