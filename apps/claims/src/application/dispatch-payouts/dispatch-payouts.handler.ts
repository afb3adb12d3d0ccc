import { facilityPayeeAsOf, settleScholarshipYear, transferRefusalCode, type BankAccount } from '../../domain';
import type { ClaimsMetrics, PayoutTrigger } from '../ports/payout-trigger';
import type { Clock } from '../ports/clock';
import type { ClaimsUnitOfWork } from '../ports/claims-unit-of-work';
import {
  BankUnavailableError,
  TransferRefusedError,
  type PayoutGateway,
  type TransferOrder,
  type TransferResult,
} from '../ports/payout-gateway';
import type { ClaimedInstruction, PayoutInstruction } from '../ports/payout.store';
import { SYSTEM_ACTORS } from '../shared/actor';
import type { ChangeScope, ClaimWorkflow } from '../shared/claim-workflow';
import type { ClaimsSettings, PayoutSettings } from '../shared/claims-settings';
import { localDateAt } from '../shared/local-time';
import { instructionsFrom, requestPayoutIfReady } from '../shared/payout-ordering';

export interface PayoutLog {
  warn(object: object, message: string): void;
}

const isSettled = (instruction: PayoutInstruction) =>
  instruction.status === 'confirmed' || instruction.status === 'failed';

/**
 * Sends stored payout instructions to the bank, exactly once in effect:
 *
 * 1. An instruction is stored ('requested') in the approval transaction, before any bank call.
 * 2. A pass claims due instructions (FOR UPDATE SKIP LOCKED), marks them 'sent' with a lease and
 *    commits — only then is the bank called, always with the instruction's idempotency key.
 * 3. A result is applied in the claim's transaction; a duplicate result (the bank answering twice,
 *    a notification after the reply) finds the instruction settled and changes nothing.
 * 4. A timeout, a dropped connection or a 5xx leaves the instruction 'sent' with a retry time that
 *    doubles per attempt. Before sending a previously sent instruction again the bank is asked what
 *    it has under the key; the same key is sent again only when the bank has nothing.
 * 5. At start every 'sent' instruction is reconciled the same way (a restart mid-call).
 * 6. A transfer the bank refuses for good (a rejected transfer, or a 4xx refusing the order) is
 *    'failed' and stays on the claim; once an officer corrects the account the claim orders that
 *    line again as a new instruction under a new key. A failed key is never sent again.
 *
 * The bank's idempotency key is the last line of defence: even two workers racing on one expired
 * lease send the same key, and the bank pays it once.
 */
export class DispatchPayoutsHandler {
  constructor(
    private readonly unitOfWork: ClaimsUnitOfWork,
    private readonly gateway: PayoutGateway,
    private readonly workflow: ClaimWorkflow,
    private readonly clock: Clock,
    private readonly payoutSettings: PayoutSettings,
    private readonly claimsSettings: ClaimsSettings,
    private readonly metrics: ClaimsMetrics,
    private readonly trigger: PayoutTrigger,
    private readonly log: PayoutLog = { warn: () => undefined },
  ) {}

  /** One pass: takes the due instructions and settles or reschedules each. Returns how many it took. */
  async runOnce(): Promise<number> {
    const now = this.clock.now();
    const claimed = await this.unitOfWork.run((transaction) =>
      transaction.payouts.claimDue(
        now,
        this.payoutSettings.batchSize,
        new Date(now.getTime() + this.payoutSettings.leaseMs),
      ),
    );
    await Promise.all(claimed.map((item) => this.process(item)));
    return claimed.length;
  }

  /** At start: whatever was in flight when the service stopped is asked of the bank first. */
  async reconcileInFlight(): Promise<number> {
    return this.unitOfWork.run((transaction) => transaction.payouts.dueNowAllSent(this.clock.now()));
  }

  /**
   * At start: a partner facility's transfer the bank refused waits for the operator to correct the
   * facility's account in the register (PARTNER_FACILITIES_FILE, read at start). Each claim whose
   * refused facility account the register now replaces sends that line again, to the new account
   * under a new key. Returns how many claims it sent lines for.
   */
  async resendToCorrectedFacilityAccounts(): Promise<number> {
    const today = localDateAt(this.clock.now(), this.claimsSettings.policy.utcOffsetMinutes);
    const refused = await this.unitOfWork.run((transaction) => transaction.payouts.refusedFacilityLines());
    const corrected = new Set(
      refused
        .filter(({ facilityCode, bankAccount }) => {
          const now = facilityPayeeAsOf(this.claimsSettings.partnerFacilities, facilityCode, today)?.bankAccount;
          return now !== undefined && !sameAccount(now, bankAccount);
        })
        .map(({ claimId }) => claimId),
    );
    for (const claimId of corrected) {
      await this.workflow.change(claimId, SYSTEM_ACTORS.payoutWorker, async (scope) => {
        const member = await scope.transaction.members.byId(scope.claim.toSnapshot().worker.id);
        await requestPayoutIfReady(scope, member, this.trigger);
      });
    }
    return corrected.size;
  }

  /**
   * The bank says something happened to a transfer. The notification is not trusted as such: the
   * bank is asked by key and its answer is applied (a repeated notification changes nothing).
   */
  async reconcile(idempotencyKey: string): Promise<'settled' | 'pending' | 'unknown'> {
    const instruction = await this.unitOfWork.run((transaction) => transaction.payouts.get(idempotencyKey, false));
    if (!instruction) return 'unknown';
    if (isSettled(instruction)) return 'settled';
    const result = await this.gateway.lookup(idempotencyKey);
    if (!result) return 'pending';
    await this.apply(instruction, result);
    return 'settled';
  }

  private async process({ instruction, previouslySent }: ClaimedInstruction): Promise<void> {
    try {
      let result = previouslySent ? await this.gateway.lookup(instruction.idempotencyKey) : undefined;
      result ??= await this.send(orderOf(instruction));
      await this.apply(instruction, result);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!(error instanceof BankUnavailableError)) {
        this.log.warn(
          { err: error, claimId: instruction.claimId },
          'payout attempt failed unexpectedly; it will be retried',
        );
      }
      this.metrics.bankCallFailed();
      await this.scheduleRetry(instruction.idempotencyKey, message).catch((retryError: unknown) =>
        // The lease expires on its own: the instruction is reconciled on a later pass.
        this.log.warn({ err: retryError, claimId: instruction.claimId }, 'could not schedule the payout retry'),
      );
    }
  }

  /** A refused order is the bank's final word, as a rejected transfer is: it is recorded, not retried. */
  private async send(order: TransferOrder): Promise<TransferResult> {
    try {
      return await this.gateway.send(order);
    } catch (error) {
      if (!(error instanceof TransferRefusedError)) throw error;
      return {
        idempotencyKey: order.idempotencyKey,
        status: 'rejected',
        reason: error.reason,
        completedAt: this.clock.now().toISOString(),
      };
    }
  }

  private async scheduleRetry(idempotencyKey: string, message: string): Promise<void> {
    await this.unitOfWork.run(async (transaction) => {
      const current = await transaction.payouts.get(idempotencyKey, true);
      if (!current || current.status !== 'sent') return; // settled meanwhile (e.g. by a notification)
      const delay = Math.min(
        this.payoutSettings.retryMaxMs,
        this.payoutSettings.retryBaseMs * 2 ** Math.max(0, current.attempts - 1),
      );
      await transaction.payouts.update({
        ...current,
        nextAttemptAt: new Date(this.clock.now().getTime() + delay),
        lastError: message.slice(0, 500),
      });
    });
  }

  /** Records the bank's answer in the claim's transaction; then the claim may be paid and closed. */
  private async apply(instruction: PayoutInstruction, result: TransferResult): Promise<void> {
    await this.workflow.change(instruction.claimId, SYSTEM_ACTORS.payoutWorker, async (scope) => {
      const current = await scope.transaction.payouts.get(instruction.idempotencyKey, true);
      if (!current || isSettled(current)) return;
      const confirmed = result.status === 'completed';
      const settled: PayoutInstruction = {
        ...current,
        status: confirmed ? 'confirmed' : 'failed',
        bankReference: result.bankReference,
        completedAt: result.completedAt,
        ...(confirmed ? {} : { failureReason: transferRefusalCode(result.reason) }),
        nextAttemptAt: undefined,
      };
      await scope.transaction.payouts.update(settled);
      scope.note(confirmed ? 'payout-confirmed' : 'payout-failed', {
        ...(confirmed ? {} : { reason: `The bank refused the transfer: ${settled.failureReason}` }),
        after: {
          payout: {
            idempotencyKey: settled.idempotencyKey,
            componentCode: settled.componentCode,
            amount: settled.amount,
            status: settled.status,
            bankReference: settled.bankReference,
            completedAt: settled.completedAt,
          },
        },
      });
      scope.afterCommit(() => this.metrics.payoutSettled(confirmed ? 'confirmed' : 'failed'));
      if (settled.purpose === 'scholarship') await this.settleScholarshipYear(scope, settled);
      else if (confirmed) await this.settleClaim(scope);
      else await this.recordRefusal(scope, settled);
    });
  }

  /**
   * The refusal is shown on the claim and the account it went to is marked refused, so nothing more
   * goes there until an officer gives an account again (PUT payout-account). An account corrected
   * while this transfer was in flight gets the line at once.
   */
  private async recordRefusal(scope: ChangeScope, refused: PayoutInstruction): Promise<void> {
    const reason = refused.failureReason!;
    scope.transition((context) =>
      scope.claim.recordTransferRefused({ idempotencyKey: refused.idempotencyKey, reason }, context),
    );
    const account = scope.details.payoutAccount;
    if (account && sameAccount(account, refused.bankAccount)) account.refusedByBank = { reason, at: scope.context.at };
    // The claim id and the reason code only: the payee and the account are personal data.
    scope.afterCommit(() =>
      this.log.warn(
        { claimId: refused.claimId, componentCode: refused.componentCode, reason },
        'the bank refused a payout transfer; it waits for a corrected account',
      ),
    );
    const member = await scope.transaction.members.byId(scope.claim.toSnapshot().worker.id);
    await requestPayoutIfReady(scope, member, this.trigger);
  }

  /**
   * A scholarship school year is settled on its own record; the claim (paid or closed long ago)
   * does not change. A refused year may be requested again, and is then ordered under a new key.
   */
  private async settleScholarshipYear(scope: ChangeScope, settled: PayoutInstruction): Promise<void> {
    const year = await scope.transaction.scholarships.byPayoutKey(settled.idempotencyKey, true);
    if (!year) return;
    const outcome =
      settled.status === 'confirmed'
        ? { confirmed: true as const, at: settled.completedAt! }
        : { confirmed: false as const, reason: settled.failureReason!, at: settled.completedAt! };
    const after = settleScholarshipYear(year, outcome);
    await scope.transaction.scholarships.update(after);
    scope.note(outcome.confirmed ? 'scholarship-year-paid' : 'scholarship-year-refused', {
      before: { scholarshipYear: { status: year.status } },
      after: { scholarshipYear: { id: after.id, status: after.status } },
    });
  }

  /**
   * Every benefit transfer confirmed → the claim is paid on the last transfer's value date; the
   * payee's cash paid late → the 1%-per-day compensation goes out to the payee as its own
   * instruction (partner facilities' transfers earn none). Everything confirmed → closed.
   */
  private async settleClaim(scope: ChangeScope): Promise<void> {
    const claim = scope.claim;
    // Refused transfers sent again under a new key no longer count; their replacements do.
    const current = async () => {
      const keys = new Set(claim.currentTransferKeys);
      return (await scope.transaction.payouts.ofClaim(claim.id)).filter((item) => keys.has(item.idempotencyKey));
    };
    let instructions = await current();
    const benefit = instructions.filter((item) => item.purpose === 'benefit');
    if (
      claim.status === 'payout-requested' &&
      benefit.length > 0 &&
      benefit.every((item) => item.status === 'confirmed')
    ) {
      const offset = this.claimsSettings.policy.utcOffsetMinutes;
      const lastCompletion = (items: PayoutInstruction[]) =>
        items
          .map((item) => item.completedAt!)
          .sort()
          .at(-1);
      const paidOn = localDateAt(lastCompletion(benefit)!, offset);
      // The payee's own transfers date their compensation; a partner facility's transfer does not.
      const payeeId = claim.toSnapshot().payout!.payee.id;
      const payeeCompletion = lastCompletion(benefit.filter((item) => item.payeeId === payeeId));
      const payeePaidOn = payeeCompletion ? localDateAt(payeeCompletion, offset) : undefined;
      const events = scope.transition((context) => claim.markPaid({ paidOn, payeePaidOn }, context));
      if (claim.toSnapshot().paidOn !== paidOn) {
        scope.afterCommit(() =>
          this.log.warn(
            { claimId: claim.id },
            'the bank dated the transfer before the payout request (clock skew); paid on the request date',
          ),
        );
      }
      const compensation = instructionsFrom(claim.toSnapshot(), events, this.clock.now()).filter(
        (item) => item.purpose === 'late-payment-compensation',
      );
      if (compensation.length > 0) {
        await scope.transaction.payouts.insert(compensation);
        scope.afterCommit(() => this.trigger.wake());
        if (!scope.slaBreachedAt) {
          scope.slaBreachedAt = scope.context.at;
          scope.afterCommit(() => this.metrics.slaBreached(claim.programme, 1));
        }
        instructions = await current();
      }
    }
    if (claim.status === 'paid' && instructions.every((item) => item.status === 'confirmed')) {
      scope.transition((context) => claim.close(context));
    }
  }
}

function sameAccount(
  a: Pick<BankAccount, 'bankCode' | 'accountNumber'>,
  b: Pick<BankAccount, 'bankCode' | 'accountNumber'>,
): boolean {
  return a.bankCode === b.bankCode && a.accountNumber === b.accountNumber;
}

function orderOf(instruction: PayoutInstruction): TransferOrder {
  return {
    idempotencyKey: instruction.idempotencyKey,
    amount: instruction.amount,
    bankCode: instruction.bankAccount.bankCode,
    accountNumber: instruction.bankAccount.accountNumber,
    accountHolderName: instruction.bankAccount.holderName,
    reference: `JARING ${instruction.claimId.slice(0, 8)} ${instruction.componentCode}`.slice(0, 64),
  };
}
