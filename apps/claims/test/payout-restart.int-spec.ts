import { waitFor } from '../../../test/support/test-environment';
import { aMember, ClaimsTestApp, localDate, OFFICERS } from './support/claims-test-app';

describe('payout across a restart of the claims service (real PostgreSQL, Kafka and the sandbox bank)', () => {
  // A bank call may take up to 3 s here, so the service stops while the transfer call is in flight.
  const claims = new ClaimsTestApp('claims_restart', { PAYOUT_BANK_TIMEOUT_MS: '3000' });

  beforeAll(async () => {
    await claims.start();
  });

  afterAll(async () => claims.stop());

  it('pays once when the service is redeployed while the bank executes the transfer and never answers', async () => {
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
    // The bank executes the transfer, then holds its answer for longer than the test lasts; no
    // notification either: only the restarted service's own reconciliation can learn the outcome.
    claims.bank.injectFault({ mode: 'timeout', delayMs: 60_000 });
    claims.bank.setWebhook(undefined);
    const transfersOfClaim = () =>
      claims.bank.listTransfers().filter((transfer) => transfer.reference.includes(claimId.slice(0, 8)));

    await claims.act('post', `/v1/claims/${claimId}/approval`, {}, OFFICERS.checker).expect(200);
    await waitFor(async () => transfersOfClaim().length === 1, { what: 'the bank to execute the transfer' });
    expect((await claims.claim(claimId)).status).toBe('payout-requested');

    await claims.restart();
    claims.bank.setWebhook(undefined);

    const paid = await claims.until(claimId, 'closed');
    expect(paid.payouts).toEqual([expect.objectContaining({ status: 'confirmed', amount: 1_000_000 })]);
    expect(transfersOfClaim()).toHaveLength(1);
    expect(claims.bank.stats().executedTransfers).toBe(1);
    expect(await claims.outbox('PayoutRequested', claimId)).toHaveLength(1);
    expect(await claims.outbox('ClaimPaid', claimId)).toHaveLength(1);
  });
});
