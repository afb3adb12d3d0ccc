import { aMember, ClaimsTestApp, localDate, OFFICERS, type MemberBuilder } from './support/claims-test-app';

const paidTotal = (claim: Record<string, any>) =>
  claim.payouts.reduce((sum: number, payout: { amount: number }) => sum + payout.amount, 0);

describe('Re-classifying a death between JKK and JKM (real PostgreSQL, Kafka and the sandbox bank)', () => {
  const claims = new ClaimsTestApp('claims_reclassification');

  beforeAll(async () => {
    await claims.start();
  });

  afterAll(async () => claims.stop());

  const aFamilyMan = (name: string) => aMember().named(name).withFamilyMember('spouse', 'Hasnah', '1987-02-01');

  /** The worker's transfers at the sandbox bank, by the claim's reference. */
  const transfersOf = (claimId: string) =>
    claims.bank.listTransfers().filter((transfer) => transfer.reference.includes(claimId.slice(0, 8)));

  async function refusesAnotherDeathClaim(worker: MemberBuilder): Promise<void> {
    const again = await claims
      .act('post', '/v1/claims/deaths', {
        nik: worker.nik,
        dateOfDeath: localDate(-5),
        causeOfDeath: 'stroke',
        deathCertificateNumber: '7604-KM-0999',
        reporter: { name: 'Hasnah' },
      })
      .expect(409);
    expect(again.body).toMatchObject({ error: 'DEATH_ALREADY_CLAIMED' });
  }

  it('moves an assessed JKK death to JKM under the same id, with its history, and pays the JKM benefit once', async () => {
    const worker = await claims.seed(aFamilyMan('Sudirman'));
    const claimId = await claims.reportAccidentDeath(worker, localDate(-10));
    await claims.spouseAsPayee(claimId, worker);
    expect((await claims.documentVerifyAssess(claimId)).assessment.payableTotal).toBe(70_000_000);

    const reason = 'Died at home of a stroke; the accident report was mistaken';
    const moved = await claims.act('post', `/v1/claims/${claimId}/reclassification`, { to: 'JKM', reason }).expect(200);
    expect(moved.body).toMatchObject({
      id: claimId,
      programme: 'JKM',
      status: 'heirs-determined',
      heirs: { payee: expect.objectContaining({ kind: 'heir' }) },
      programmeHistory: [{ from: 'JKK', to: 'JKM', reason, by: 'officer-andi' }],
    });
    expect(moved.body.assessment).toBeUndefined();
    expect(moved.body.documents).toBeUndefined();

    const audit = await claims.audit(claimId);
    expect(audit.map((row) => row.toStatus)).toEqual(
      expect.arrayContaining(['reported', 'stage-ii-recorded', 'verified', 'assessed', 'heirs-determined']),
    );
    expect(audit.at(-1)).toMatchObject({
      action: 'reclassify',
      actorId: 'officer-andi',
      reason,
      fromStatus: 'assessed',
      toStatus: 'heirs-determined',
      before: expect.objectContaining({ programme: 'JKK' }),
      after: expect.objectContaining({ programme: 'JKM' }),
    });

    // Nothing of the JKK review carries over: no approval before the JKM documents, verification and assessment.
    const early = await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(409);
    expect(early.body).toMatchObject({ error: 'CLAIM_TRANSITION_NOT_ALLOWED' });
    await refusesAnotherDeathClaim(worker);

    const reassessed = await claims.documentVerifyAssess(claimId);
    expect(reassessed).toMatchObject({ programme: 'JKM', documents: { provided: expect.any(Array) } });
    expect(reassessed.documents.provided).toEqual(expect.arrayContaining(['DEATH_CERTIFICATE']));
    expect(reassessed.assessment.payableTotal).toBe(42_000_000);

    const paid = await claims.approveAndPayHeir(claimId, OFFICERS.checker, 'HASNAH');
    expect(paidTotal(paid)).toBe(42_000_000);
    expect(transfersOf(claimId).reduce((sum, transfer) => sum + transfer.amount, 0)).toBe(42_000_000);
    expect(await claims.outbox('ClaimPaid', claimId)).toHaveLength(1);
    const onTheWire = await claims.outbox('ClaimStatusChanged', claimId);
    expect(onTheWire.filter((event) => event.payload.action === 'reclassify')).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ programme: 'JKM', from: 'assessed', reason }) }),
    ]);

    const afterPayout = await claims
      .act('post', `/v1/claims/${claimId}/reclassification`, { to: 'JKK', reason: 'Witnesses say it was at work' })
      .expect(409);
    expect(afterPayout.body).toMatchObject({ error: 'CLAIM_TRANSITION_NOT_ALLOWED' });
    await refusesAnotherDeathClaim(worker);
  });

  it('moves a JKM death back to JKK as a work accident and pays the JKK death benefit, not both', async () => {
    const worker = await claims.seed(aFamilyMan('Baharuddin'));
    const dateOfDeath = localDate(-6);
    const claimId = await claims.reportDeath(worker, dateOfDeath);
    await claims.spouseAsPayee(claimId, worker);
    expect((await claims.documentVerifyAssess(claimId)).assessment.payableTotal).toBe(42_000_000);

    const reason = 'Collapsed while unloading at the fish market: sudden death at work';
    const moved = await claims
      .act('post', `/v1/claims/${claimId}/reclassification`, {
        to: 'JKK',
        reason,
        circumstances: { category: 'sudden-death-at-work', trafficAccident: false },
        accidentDate: dateOfDeath,
      })
      .expect(200);
    expect(moved.body).toMatchObject({
      id: claimId,
      programme: 'JKK',
      status: 'stage-ii-recorded',
      incidentDate: dateOfDeath,
      programmeHistory: [{ from: 'JKM', to: 'JKK', reason }],
    });
    const verifyEarly = await claims.act('post', `/v1/claims/${claimId}/verification`).expect(409);
    expect(verifyEarly.body).toMatchObject({ error: 'CLAIM_TRANSITION_NOT_ALLOWED' });
    await refusesAnotherDeathClaim(worker);

    const reassessed = await claims.documentVerifyAssess(claimId);
    expect(reassessed.documents.provided).toEqual(expect.arrayContaining(['CHRONOLOGY_TWO_WITNESSES']));
    expect(reassessed.assessment.payableTotal).toBe(70_000_000);
    const audit = await claims.audit(claimId);
    expect(audit.filter((row) => row.action === 'reclassify')).toEqual([
      expect.objectContaining({
        reason,
        fromStatus: 'assessed',
        toStatus: 'stage-ii-recorded',
        before: expect.objectContaining({ programme: 'JKM' }),
        after: expect.objectContaining({ programme: 'JKK' }),
      }),
    ]);
    expect(audit.filter((row) => row.toStatus === 'verified')).toHaveLength(2);

    const paid = await claims.approveAndPayHeir(claimId, OFFICERS.supervisor, 'HASNAH');
    expect(paidTotal(paid)).toBe(70_000_000);
    expect(transfersOf(claimId).reduce((sum, transfer) => sum + transfer.amount, 0)).toBe(70_000_000);
    expect(await claims.outbox('ClaimPaid', claimId)).toHaveLength(1);
  });
});
