import { aMember, ClaimsTestApp, localDate, OFFICERS, recentMonths } from './support/claims-test-app';

/**
 * A death is a death whatever its claim's outcome, a deceased worker has no new accident, and an
 * ineligible claim's completeness starts no payment clock (issue 20, points 4 and 5).
 */
describe('deaths refused for an unpaid month and the payment clock (real PostgreSQL and Kafka)', () => {
  const claims = new ClaimsTestApp('claims_death_deadline');
  let officers: typeof OFFICERS;

  beforeAll(async () => {
    await claims.start();
    officers = OFFICERS;
  });

  afterAll(async () => claims.stop());

  /** Paid up to last month: this month (of the death) is not paid. */
  const unpaidThisMonth = () =>
    aMember().named('La Tahang').withFamilyMember('spouse', 'Hasnah').paidFor(recentMonths(13).slice(1));

  async function completedUnpaidDeath(): Promise<{ claimId: string; workerNik: string; workerId: string }> {
    const worker = await claims.seed(unpaidThisMonth());
    const claimId = await claims.reportDeath(worker, localDate());
    await claims.spouseAsPayee(claimId, worker);
    await claims.completeDocuments(claimId);
    return { claimId, workerNik: worker.nik, workerId: worker.workerId };
  }

  it('starts no payment deadline when an ineligible claim is complete, so it never counts as overdue', async () => {
    const { claimId } = await completedUnpaidDeath();
    const completed = await claims.claim(claimId);
    expect(completed.status).toBe('documents-complete');
    expect(completed.documents).toMatchObject({ completedOn: localDate() });
    expect(completed.documents.paymentDueOn).toBeUndefined();
    expect(completed.eligibility).toMatchObject({ eligible: false });
    expect(completed.blockedBy).toMatchObject({
      code: 'CLAIM_NOT_ELIGIBLE',
      clearedBy: ['finance', 'claims-officer'],
      action: expect.stringContaining(`${localDate().slice(0, 7)} is not billed yet for this worker`),
    });

    try {
      claims.clock.pinTo(localDate(30));
      expect((await claims.overdueIds()).ids).not.toContain(claimId);
      expect((await claims.claim(claimId)).flags).toMatchObject({ paymentOverdue: false });
    } finally {
      claims.clock.release();
    }
  });

  it('starts the clock on the day the complete claim is found eligible, at its verification', async () => {
    const { claimId, workerId } = await completedUnpaidDeath();
    // The Pemkab paid the month later: billing's coverage reaches the projection.
    await claims.query(
      `INSERT INTO covered_month (worker_id, month, invoice_id, sponsor_id, paid_at, declared_income)
       VALUES ($1, $2, gen_random_uuid(), gen_random_uuid(), now(), 1000000)`,
      [workerId, localDate().slice(0, 7)],
    );
    try {
      claims.clock.pinTo(localDate(2));
      const verified = await claims.act('post', `/v1/claims/${claimId}/verification`).expect(200);
      expect(verified.body.documents).toMatchObject({
        completedOn: localDate(),
        clockStartedOn: localDate(2),
        paymentDueOn: expect.any(String),
      });
      expect(verified.body.documents.paymentDueOn > localDate(2)).toBe(true);
    } finally {
      claims.clock.release();
    }
  });

  it('records a refused verification with its reason, confirms the death all the same, and keeps it through the rejection', async () => {
    const { claimId } = await completedUnpaidDeath();
    const refused = await claims.act('post', `/v1/claims/${claimId}/verification`).expect(409);
    expect(refused.body).toMatchObject({ error: 'CLAIM_NOT_ELIGIBLE', details: { reasons: 'MONTH_NOT_BILLED_YET' } });
    expect(refused.body.message).toContain('reject the claim with this reason (POST rejection)');

    expect((await claims.claim(claimId)).status).toBe('documents-complete');
    expect((await claims.audit(claimId)).at(-1)).toMatchObject({
      action: 'refuseVerification',
      actorId: 'officer-andi',
      fromStatus: 'documents-complete',
      toStatus: 'documents-complete',
      reason: expect.stringContaining(`${localDate().slice(0, 7)} is not billed yet for this worker`),
    });
    const confirmed = await claims.outbox('DeathConfirmed', claimId);
    expect(confirmed).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ claimId, dateOfDeath: localDate() }) }),
    ]);

    await claims.act('post', `/v1/claims/${claimId}/verification`, {}, officers.checker).expect(409);
    await claims
      .act('post', `/v1/claims/${claimId}/rejection`, { reason: 'The month of the death was not paid' })
      .expect(200);
    expect(await claims.outbox('DeathConfirmed', claimId)).toHaveLength(1);
    expect(await claims.outbox('DeathRetracted', claimId)).toHaveLength(0);
  });

  it('refuses a new accident of a worker whose death a claim confirmed (409 naming that claim)', async () => {
    const { claimId, workerNik } = await completedUnpaidDeath();
    await claims.act('post', `/v1/claims/${claimId}/verification`).expect(409);

    const accident = await claims
      .act('post', '/v1/claims/accidents', {
        nik: workerNik,
        incidentDate: localDate(),
        place: 'Pasar Sentral Polewali',
        cause: 'Fell from the loading ramp',
        circumstances: { category: 'at-work', trafficAccident: false },
        reporter: { name: 'Hasnah' },
      })
      .expect(409);
    expect(accident.body).toMatchObject({ error: 'WORKER_DECEASED', details: { deathClaimId: claimId } });
    expect(accident.body.message).toContain(`JKM claim ${claimId}`);
  });
});
