import { WorkerUpdated } from '@jaring/contracts';
import { waitFor } from '../../../test/support/test-environment';
import { aMember, bearer, ClaimsTestApp, localDate, type MemberBuilder } from './support/claims-test-app';

describe('four eyes on every rupiah: who may approve and confirm (real PostgreSQL, Kafka and the sandbox bank)', () => {
  const claims = new ClaimsTestApp('claims_four_eyes');
  /** One officer per step, so a refusal can only come from the rule under test. */
  let officers: Record<
    'reporter' | 'chooser' | 'verifier' | 'assessor' | 'enterer' | 'confirmer' | 'approver' | 'supervisor',
    string
  >;

  beforeAll(async () => {
    officers = {
      reporter: await bearer('officer-rina', 'claims-officer'),
      chooser: await bearer('officer-chandra', 'claims-officer'),
      verifier: await bearer('officer-vera', 'claims-officer'),
      assessor: await bearer('officer-asep', 'claims-officer'),
      enterer: await bearer('officer-eka', 'claims-officer'),
      confirmer: await bearer('officer-kiki', 'claims-officer'),
      approver: await bearer('officer-putri', 'claims-officer'),
      supervisor: await bearer('supervisor-sari', 'claims-supervisor'),
    };
    await claims.start();
  });

  afterAll(async () => claims.stop());

  const aWidowersFamily = () =>
    aMember().named('Sudirman').withFamilyMember('spouse', 'Hasnah', '1987-02-01').withoutAccount();

  /** A JKM death: reported, heirs chosen, documented and verified, each by its own officer. */
  async function verifiedDeath(worker: MemberBuilder): Promise<string> {
    const reported = await claims
      .act(
        'post',
        '/v1/claims/deaths',
        {
          nik: worker.nik,
          dateOfDeath: localDate(-5),
          causeOfDeath: 'stroke',
          deathCertificateNumber: `7604-KM-${worker.nik.slice(-4)}`,
          reporter: { name: 'Hasnah', relationship: 'wife' },
        },
        officers.reporter,
      )
      .expect(201);
    const claimId: string = reported.body.id;
    const spouse = worker.member('spouse').memberId;
    await claims
      .act(
        'post',
        `/v1/claims/${claimId}/heirs`,
        { heirStatementMemberIds: [spouse], payeeId: spouse },
        officers.chooser,
      )
      .expect(200);
    await claims.completeDocuments(claimId);
    await claims.act('post', `/v1/claims/${claimId}/verification`, {}, officers.verifier).expect(200);
    return claimId;
  }

  const approve = (claimId: string, token: string) => claims.act('post', `/v1/claims/${claimId}/approval`, {}, token);
  const confirmAccount = (claimId: string, token: string) =>
    claims.act('post', `/v1/claims/${claimId}/payout-account/confirmation`, { reason: 'Buku tabungan seen' }, token);

  it('refuses every maker as approver with a 409 naming the conflicting role, then pays on a fresh approver', async () => {
    const worker = await claims.seed(aWidowersFamily());
    const claimId = await verifiedDeath(worker);
    // A holder name that needs a second officer: entered by one, confirmed by another, before approval.
    const account = { bankCode: '009', accountNumber: '0123456789', holderName: 'Hasnah binti Latif' };
    await claims.act('put', `/v1/claims/${claimId}/payout-account`, account, officers.enterer).expect(200);
    await confirmAccount(claimId, officers.confirmer).expect(200);
    await claims.act('post', `/v1/claims/${claimId}/assessment`, {}, officers.assessor).expect(200);

    for (const [role, token] of [
      ['reporter', officers.reporter],
      ['payee-chooser', officers.chooser],
      ['verifier', officers.verifier],
      ['assessor', officers.assessor],
      ['account-enterer', officers.enterer],
      ['account-confirmer', officers.confirmer],
    ] as const) {
      const refused = await approve(claimId, token).expect(409);
      expect(refused.body).toEqual({
        statusCode: 409,
        error: 'MAKER_CHECKER_VIOLATION',
        message: expect.stringContaining(role),
        details: { rule: 'four-eyes', actingRole: 'approver', conflictingRole: role },
      });
      // The role, never who: no other officer's subject, and no payee data in the refusal.
      expect(JSON.stringify(refused.body)).not.toMatch(/officer-|Hasnah|0123456789/);
    }
    expect((await claims.claim(claimId)).status).toBe('assessed');

    await approve(claimId, officers.approver).expect(200);
    const paid = await claims.until(claimId, 'closed');
    expect(paid.steps.map((step: { role: string; by: string }) => [step.role, step.by])).toEqual([
      ['reporter', 'officer-rina'],
      ['payee-chooser', 'officer-chandra'],
      ['verifier', 'officer-vera'],
      ['account-enterer', 'officer-eka'],
      ['account-confirmer', 'officer-kiki'],
      ['assessor', 'officer-asep'],
      ['approver', 'officer-putri'],
    ]);
  });

  it('withdraws the approval request when the payout account changes while the claim waits for approval', async () => {
    const worker = await claims.seed(aWidowersFamily());
    const claimId = await verifiedDeath(worker);
    await claims.act('post', `/v1/claims/${claimId}/assessment`, {}, officers.assessor).expect(200);

    const changed = await claims
      .act(
        'put',
        `/v1/claims/${claimId}/payout-account`,
        { bankCode: '009', accountNumber: '5550001111', holderName: 'HASNAH' },
        officers.enterer,
      )
      .expect(200);
    expect(changed.body.status).toBe('verified');
    expect(changed.body.assessment).toBeUndefined();
    const refused = await approve(claimId, officers.approver).expect(409);
    expect(refused.body).toMatchObject({ error: 'CLAIM_TRANSITION_NOT_ALLOWED' });
    const audit = await claims.audit(claimId);
    expect(audit.at(-1)).toMatchObject({
      action: 'withdrawApprovalRequest',
      actorId: 'officer-eka',
      fromStatus: 'assessed',
      toStatus: 'verified',
      reason: 'The payout account changed while the claim waited for approval',
    });

    // Assessed again, it is approved by an officer who saw the new account, and paid there.
    await claims.act('post', `/v1/claims/${claimId}/assessment`, {}, officers.assessor).expect(200);
    await approve(claimId, officers.approver).expect(200);
    await claims.until(claimId, 'closed');
    const transfers = claims.bank
      .listTransfers()
      .filter((transfer) => transfer.reference.includes(claimId.slice(0, 8)));
    expect(new Set(transfers.map((transfer) => transfer.beneficiary.accountNumber))).toEqual(new Set(['5550001111']));
  });

  it('needs a confirming officer who neither entered the account nor approved the claim', async () => {
    const worker = await claims.seed(aWidowersFamily());
    const claimId = await verifiedDeath(worker);
    await claims.act('post', `/v1/claims/${claimId}/assessment`, {}, officers.assessor).expect(200);
    await approve(claimId, officers.approver).expect(200);
    await claims
      .act(
        'put',
        `/v1/claims/${claimId}/payout-account`,
        { bankCode: '009', accountNumber: '0987654321', holderName: 'HASNAH' },
        officers.enterer,
      )
      .expect(200);

    const byEnterer = await confirmAccount(claimId, officers.enterer).expect(409);
    expect(byEnterer.body.details).toEqual({
      rule: 'four-eyes',
      actingRole: 'account-confirmer',
      conflictingRole: 'account-enterer',
    });
    const byApprover = await confirmAccount(claimId, officers.approver).expect(409);
    expect(byApprover.body.details).toMatchObject({ conflictingRole: 'approver' });
    expect(await claims.claim(claimId)).toMatchObject({ status: 'approved', payouts: [] });

    await confirmAccount(claimId, officers.confirmer).expect(200);
    await claims.until(claimId, 'closed');
  });

  describe('a payout account enrolment changed shortly before approval', () => {
    /** A JKK accident of `worker` (the payee), assessed by the maker officers. */
    async function assessedAccident(worker: MemberBuilder): Promise<string> {
      const claimId = await claims.reportAccident(worker, localDate(-20));
      await claims
        .act('post', `/v1/claims/${claimId}/stage-two`, {
          outcome: { type: 'temporary-disability', inabilityMonths: 1 },
          declaredOn: localDate(-1),
        })
        .expect(200);
      await claims.completeDocuments(claimId);
      await claims.act('post', `/v1/claims/${claimId}/verification`, {}, officers.verifier).expect(200);
      await claims.act('post', `/v1/claims/${claimId}/assessment`, {}, officers.assessor).expect(200);
      return claimId;
    }

    /** Enrolment publishes the worker with a new account; claims' projection records when it changed. */
    async function accountChangedInEnrolment(worker: MemberBuilder, accountNumber: string): Promise<void> {
      await claims.publishFixture(WorkerUpdated, worker.workerId, {
        workerId: worker.workerId,
        nik: worker.nik,
        fullName: worker.fullName,
        payoutAccount: { bankCode: '002', accountNumber, holderName: worker.fullName.toUpperCase() },
        changedFields: ['payoutAccount'],
      });
      await waitFor(
        async () => {
          const [member] = await claims.query(
            `SELECT payout_account_number, payout_account_changed_at FROM member WHERE worker_id = $1`,
            [worker.workerId],
          );
          return member.payout_account_number === accountNumber && member.payout_account_changed_at
            ? member
            : undefined;
        },
        { what: 'the changed account in the claims projection' },
      );
    }

    it('holds the payout until a second claims officer (not the approver) confirms it', async () => {
      const worker = await claims.seed(aMember().named('Daeng Malik'));
      const claimId = await assessedAccident(worker);
      await accountChangedInEnrolment(worker, '7770001234');

      const approved = await approve(claimId, officers.approver).expect(200);
      expect(approved.body).toMatchObject({
        status: 'approved',
        payoutBlockedBy: 'ACCOUNT_NEEDS_SECOND_OFFICER',
        details: { payoutAccount: { source: 'enrolment', accountNumber: '7770001234' } },
      });
      expect(approved.body.details.payoutAccount.changedInEnrolmentAt).toEqual(expect.any(String));
      expect((await claims.claim(claimId)).payouts).toEqual([]);

      const byApprover = await confirmAccount(claimId, officers.approver).expect(409);
      expect(byApprover.body.details).toMatchObject({ conflictingRole: 'approver' });
      await confirmAccount(claimId, officers.confirmer).expect(200);
      const paid = await claims.until(claimId, 'closed');
      expect(paid.payouts).toEqual([
        expect.objectContaining({ bankAccount: expect.objectContaining({ accountNumber: '7770001234' }) }),
      ]);
    });

    it('pays at once when the change is older than the hold window (30 days by default)', async () => {
      const worker = await claims.seed(aMember().named('Andi Baso'));
      const claimId = await assessedAccident(worker);
      await accountChangedInEnrolment(worker, '7770005678');
      await claims.query(
        `UPDATE member SET payout_account_changed_at = now() - interval '31 days' WHERE worker_id = $1`,
        [worker.workerId],
      );

      const approved = await approve(claimId, officers.approver).expect(200);
      expect(approved.body).toMatchObject({ status: 'payout-requested', payoutBlockedBy: null });
      await claims.until(claimId, 'closed');
    });
  });
});
