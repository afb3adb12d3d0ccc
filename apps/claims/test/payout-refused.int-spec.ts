import { DataSource } from 'typeorm';
import { waitFor } from '../../../test/support/test-environment';
import { RefusedTransfersOnClaims1765100000310 } from '../src/infrastructure/persistence/migrations/1765100000310-refused-transfers-on-claims';
import { aMember, ClaimsTestApp, localDate, OFFICERS } from './support/claims-test-app';

interface Payout {
  idempotencyKey: string;
  componentCode: string;
  amount: number;
  status: string;
  failureReason: string | null;
  attempts: number;
}

describe('a transfer the bank refuses (real PostgreSQL, Kafka and the sandbox bank)', () => {
  const claims = new ClaimsTestApp('claims_refused');

  beforeAll(async () => {
    await claims.start();
  });

  afterAll(async () => claims.stop());

  const transfersOf = (claimId: string) =>
    claims.bank.listTransfers().filter((transfer) => transfer.reference.includes(claimId.slice(0, 8)));

  /** Waits until the claim's payout instructions have exactly these statuses (in any order). */
  const payoutsSettledAs = (claimId: string, statuses: string[]) =>
    waitFor(
      async () => {
        const claim = await claims.claim(claimId);
        const seen = (claim.payouts as Payout[]).map((payout) => payout.status).sort();
        return seen.join() === [...statuses].sort().join() ? claim : undefined;
      },
      { what: `the payouts of ${claimId} to be ${statuses.join(', ')}` },
    );

  it('keeps a rejected transfer on the claim, takes a corrected account and pays only that line again, under a new key', async () => {
    const worker = await claims.seed(aMember().named('Sudirman').withFamilyMember('spouse', 'Hasnah', '1987-02-01'));
    const claimId = await claims.reportDeath(worker, localDate(-5));
    await claims.spouseAsPayee(claimId, worker);
    await claims.documentVerifyAssess(claimId);
    await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(200);
    // The first of the three transfers (lump sum, periodic benefit, funeral) is refused by the bank.
    claims.bank.injectFault({ mode: 'reject', reason: 'ACCOUNT_CLOSED' });
    await claims.setConfirmedAccount(claimId, { bankCode: '009', accountNumber: '0123456789', holderName: 'HASNAH' });

    const refused = await payoutsSettledAs(claimId, ['confirmed', 'confirmed', 'failed']);
    const failed = (refused.payouts as Payout[]).find((payout) => payout.status === 'failed')!;
    expect(failed).toMatchObject({ failureReason: 'ACCOUNT_CLOSED', attempts: 1 });
    expect(refused).toMatchObject({
      status: 'payout-requested',
      details: { payoutAccount: { accountNumber: '0123456789', refusedByBank: { reason: 'ACCOUNT_CLOSED' } } },
    });
    expect(refused.payout.lines.find((line: { code: string }) => line.code === failed.componentCode)).toMatchObject({
      rejection: { reason: 'ACCOUNT_CLOSED' },
    });
    await new Promise((resolve) => setTimeout(resolve, 500)); // a refused transfer is not retried
    expect(transfersOf(claimId)).toHaveLength(3);

    await claims.setConfirmedAccount(claimId, { bankCode: '002', accountNumber: '5550001111', holderName: 'Hasnah' });
    const closed = await claims.until(claimId, 'closed');

    const transfers = transfersOf(claimId);
    expect(transfers).toHaveLength(4);
    const completed = transfers.filter((transfer) => transfer.status === 'completed');
    expect(completed.reduce((sum, transfer) => sum + transfer.amount, 0)).toBe(42_000_000);
    const again = completed.find((transfer) => transfer.reference.endsWith(failed.componentCode))!;
    expect(again.idempotencyKey).not.toBe(failed.idempotencyKey);
    expect(again.beneficiary.accountNumber).toBe('5550001111');
    // The lines paid the first time were ordered once, to the first account.
    expect(
      completed.filter((transfer) => transfer !== again).map((transfer) => transfer.beneficiary.accountNumber),
    ).toEqual(['0123456789', '0123456789']);
    expect((closed.payouts as Payout[]).map((payout) => payout.status).sort()).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
      'failed',
    ]);
    expect(closed.payout.refusedTransfers).toEqual([
      expect.objectContaining({ idempotencyKey: failed.idempotencyKey, reason: 'ACCOUNT_CLOSED', attempt: 1 }),
    ]);
    expect(await claims.outbox('PayoutRequested', claimId)).toHaveLength(2);
    expect(await claims.outbox('ClaimPaid', claimId)).toHaveLength(1);
    const actions = (await claims.audit(claimId)).map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['recordTransferRefused', 'redirectRefusedPayout']));

    const locked = await claims
      .act('put', `/v1/claims/${claimId}/payout-account`, {
        bankCode: '002',
        accountNumber: '5550003333',
        holderName: 'Hasnah',
      })
      .expect(409);
    expect(locked.body).toMatchObject({ error: 'PAYOUT_ACCOUNT_LOCKED' });
  });

  it('records a 4xx refusing the order as a refused transfer instead of retrying it forever', async () => {
    const worker = await claims.seed(aMember().named('Rahman Said'));
    const claimId = await claims.reportAccident(worker, localDate(-20));
    await claims
      .act('post', `/v1/claims/${claimId}/stage-two`, {
        outcome: { type: 'temporary-disability', inabilityMonths: 1 },
        declaredOn: localDate(-1),
        doctorName: 'dr. Rahmat',
      })
      .expect(200);
    await claims.documentVerifyAssess(claimId);
    claims.bank.injectFault({ mode: 'refuse-order' });
    await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(200);

    const refused = await payoutsSettledAs(claimId, ['failed']);
    expect(refused.payouts).toEqual([
      expect.objectContaining({ status: 'failed', failureReason: 'BENEFICIARY_INVALID', attempts: 1 }),
    ]);
    expect(refused.status).toBe('payout-requested');
    await new Promise((resolve) => setTimeout(resolve, 500)); // not retried: the retry base here is 200 ms
    expect((await claims.claim(claimId)).payouts).toEqual([expect.objectContaining({ attempts: 1 })]);
    expect(transfersOf(claimId)).toHaveLength(0);

    await claims.setConfirmedAccount(claimId, {
      bankCode: '002',
      accountNumber: '5550002222',
      holderName: 'RAHMAN SAID',
    });
    const closed = await claims.until(claimId, 'closed');
    expect(transfersOf(claimId)).toEqual([
      expect.objectContaining({
        status: 'completed',
        amount: 1_000_000,
        beneficiary: expect.objectContaining({ accountNumber: '5550002222' }),
      }),
    ]);
    expect(closed.payouts).toHaveLength(2);
  });

  it('repairs a claim left stuck by a refusal before refusals were recorded, so its account can be corrected', async () => {
    const worker = await claims.seed(aMember().named('Hamzah'));
    const claimId = await claims.reportAccident(worker, localDate(-20));
    await claims
      .act('post', `/v1/claims/${claimId}/stage-two`, {
        outcome: { type: 'temporary-disability', inabilityMonths: 1 },
        declaredOn: localDate(-1),
      })
      .expect(200);
    await claims.documentVerifyAssess(claimId);
    claims.bank.injectFault({ mode: 'reject', reason: 'ACCOUNT_CLOSED' });
    await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(200);
    await payoutsSettledAs(claimId, ['failed']);
    // What the old code left: the instruction failed, nothing on the claim.
    await claims.query(
      `UPDATE claim SET snapshot = snapshot #- '{payout,lines,0,rejection}', details = details #- '{payoutAccount,refusedByBank}'
        WHERE id = $1`,
      [claimId],
    );
    const account = { bankCode: '002', accountNumber: '5550004444', holderName: 'HAMZAH' };
    await claims.act('put', `/v1/claims/${claimId}/payout-account`, account).expect(409);

    const runner = claims.app.get(DataSource).createQueryRunner();
    try {
      await new RefusedTransfersOnClaims1765100000310().up(runner);
    } finally {
      await runner.release();
    }
    const repaired = await claims.claim(claimId);
    expect(repaired.payout.lines).toEqual([
      expect.objectContaining({ rejection: expect.objectContaining({ reason: 'ACCOUNT_CLOSED' }) }),
    ]);
    expect(repaired.details.payoutAccount.refusedByBank).toMatchObject({ reason: 'ACCOUNT_CLOSED' });

    await claims.setConfirmedAccount(claimId, account);
    await claims.until(claimId, 'closed');
    expect(transfersOf(claimId).map((transfer) => [transfer.status, transfer.beneficiary.accountNumber])).toEqual([
      ['rejected', worker.account!.accountNumber],
      ['completed', '5550004444'],
    ]);
  });
});
