import { aMember, ClaimsTestApp, localDate, OFFICERS } from './support/claims-test-app';

const BREACHES = 'jaring_claims_sla_breaches_total';

/** Calendar days from one YYYY-MM-DD to another. */
const daysFrom = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('Payment deadlines, the overdue worklist and late payment (real PostgreSQL, Kafka and the sandbox bank)', () => {
  const claims = new ClaimsTestApp('claims_sla');

  beforeAll(async () => {
    await claims.start();
  });

  afterEach(() => claims.clock.release());

  afterAll(async () => claims.stop());

  it('counts working days across Nyepi and the Idul Fitri leave, lists a claim overdue the day after, and counts the breach once', async () => {
    const months = ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'];
    const deceased = await claims.seed(
      aMember().named('Sudirman').paidFor(months).withFamilyMember('spouse', 'Hasnah', '1987-02-01'),
    );
    const injured = await claims.seed(aMember().named('Ahmad Yusuf').paidFor(months));

    // Both claims complete on Tuesday 17 March 2026; Nyepi (19th) and the Lebaran leave (20th–24th) are not working days.
    claims.clock.pinTo('2026-03-17');
    const jkm = await claims.reportDeath(deceased, '2026-03-15');
    await claims.spouseAsPayee(jkm, deceased);
    await claims.completeDocuments(jkm);
    const jkk = await claims.reportAccident(injured, '2026-03-16');
    await claims
      .act('post', `/v1/claims/${jkk}/stage-two`, {
        outcome: { type: 'temporary-disability', inabilityMonths: 1 },
        declaredOn: '2026-03-17',
      })
      .expect(200);
    await claims.completeDocuments(jkk);
    expect((await claims.claim(jkm)).documents).toMatchObject({
      completedOn: '2026-03-17',
      paymentDueOn: '2026-03-27',
    });
    expect((await claims.claim(jkk)).documents).toMatchObject({
      completedOn: '2026-03-17',
      paymentDueOn: '2026-04-02',
    });
    const breachesBefore = await claims.metric(BREACHES, { programme: 'JKM' });

    claims.clock.pinTo('2026-03-27', '23:30');
    expect(await claims.overdueIds()).toEqual({ asOf: '2026-03-27', ids: [] });
    expect(await claims.sweepSla()).toBe(0);
    expect(await claims.metric(BREACHES, { programme: 'JKM' })).toBe(breachesBefore);

    claims.clock.pinTo('2026-03-28');
    expect(await claims.overdueIds()).toEqual({ asOf: '2026-03-28', ids: [jkm] });
    expect(await claims.sweepSla()).toBe(1);
    expect(await claims.sweepSla()).toBe(0);
    expect(await claims.metric(BREACHES, { programme: 'JKM' })).toBe(breachesBefore + 1);
    expect((await claims.claim(jkm)).slaBreachedAt).toEqual(expect.any(String));
    expect((await claims.claim(jkk)).slaBreachedAt).toBeNull();

    claims.clock.pinTo('2026-04-03');
    expect((await claims.overdueIds()).ids).toEqual([jkm, jkk]);
  });

  it('pays a late JKK benefit with 1% of the benefit per day late as its own payout line', async () => {
    const worker = await claims.seed(aMember().named('Daeng Malik'));
    claims.clock.pinTo(localDate(-30));
    const claimId = await claims.reportAccident(worker, localDate(-31));
    await claims
      .act('post', `/v1/claims/${claimId}/stage-two`, {
        outcome: { type: 'temporary-disability', inabilityMonths: 2 },
        declaredOn: localDate(-30),
      })
      .expect(200);
    const assessed = await claims.documentVerifyAssess(claimId);
    expect(assessed.assessment.payableTotal).toBe(2_000_000);
    const dueOn: string = assessed.documents.paymentDueOn;
    const breachesBefore = await claims.metric(BREACHES, { programme: 'JKK' });

    claims.clock.release();
    expect((await claims.overdueIds()).ids).toContain(claimId);
    await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(200);
    const paid = await claims.until(claimId, 'closed');

    const daysLate = daysFrom(dueOn, localDate());
    expect(daysLate).toBeGreaterThan(0);
    const compensation = (2_000_000 * daysLate) / 100;
    expect(paid).toMatchObject({
      paidOn: localDate(),
      lateCompensation: { code: 'LATE_PAYMENT_COMPENSATION', amount: compensation },
    });
    expect(paid.payouts).toEqual([
      expect.objectContaining({ purpose: 'benefit', amount: 2_000_000, status: 'confirmed' }),
      expect.objectContaining({
        purpose: 'late-payment-compensation',
        componentCode: 'LATE_PAYMENT_COMPENSATION',
        amount: compensation,
        rule: expect.stringContaining(`${daysLate} days late`),
        status: 'confirmed',
      }),
    ]);
    const transfers = claims.bank
      .listTransfers()
      .filter((transfer) => transfer.reference.includes(claimId.slice(0, 8)));
    expect(transfers.map((transfer) => transfer.amount).sort((a, b) => a - b)).toEqual([compensation, 2_000_000]);
    expect(await claims.metric(BREACHES, { programme: 'JKK' })).toBe(breachesBefore + 1);
    expect((await claims.overdueIds()).ids).not.toContain(claimId);
  });
});
