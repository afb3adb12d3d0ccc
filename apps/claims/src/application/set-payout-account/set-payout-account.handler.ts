import { ConflictError, DomainError } from '@jaring/kernel';
import { assertOtherOfficer, matchAccountHolderName, PRE_APPROVAL_STATUSES, type ClaimActor } from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { PayoutTrigger } from '../ports/payout-trigger';
import type { ClaimWorkflow } from '../shared/claim-workflow';
import { memberOfClaim } from '../shared/membership';
import { accountSteps } from '../shared/claim-steps';
import { needsSecondOfficer, payeeOf, requestPayoutIfReady } from '../shared/payout-ordering';

export interface SetPayoutAccountCommand {
  claimId: string;
  bankCode: string;
  accountNumber: string;
  /** As printed in the payee's savings account book (buku tabungan). */
  holderName: string;
}

export interface ConfirmAccountNameCommand {
  claimId: string;
  reason: string;
}

/**
 * The payee's bank account (RULES.md §6: a transfer to an account in the payee's own name). The
 * holder name is compared with the payee's name after normalisation; anything else waits for a
 * second officer's confirmation. So does an account entered once the claim is approved (or after the
 * bank refused a transfer): before approval the approver sees the account, after it nobody would,
 * and one officer alone must not decide where the money goes. An account changed while the claim
 * waits for approval withdraws the request: it is assessed again, then approved by an officer who
 * saw the new account. A confirmed account on an approved claim releases the payout; after a
 * refusal it sends the refused lines again. The confirming officer is neither the one who entered
 * the account nor the approver.
 */
export class SetPayoutAccountHandler {
  constructor(
    private readonly workflow: ClaimWorkflow,
    private readonly trigger: PayoutTrigger,
  ) {}

  async set(command: SetPayoutAccountCommand, actor: ClaimActor): Promise<ClaimRecord> {
    const { record } = await this.workflow.change(command.claimId, actor, async (scope) => {
      if (!scope.claim.acceptsPayoutAccount) {
        throw new ConflictError(
          'PAYOUT_ACCOUNT_LOCKED',
          `The payout account cannot change on a claim in status '${scope.claim.status}' unless the bank refused a transfer`,
        );
      }
      const payee = payeeOf(scope.claim.toSnapshot());
      if (!payee) {
        throw new ConflictError(
          'HEIRS_NOT_DETERMINED',
          'Record the heirs and the payee before the payee’s account',
          'payeeId',
        );
      }
      const before = scope.details.payoutAccount;
      scope.details.payoutAccount = {
        bankCode: command.bankCode,
        accountNumber: command.accountNumber,
        holderName: command.holderName,
        payee,
        source: 'officer',
        setBy: actor.id,
        setAt: scope.context.at,
        nameCheck: matchAccountHolderName(payee.name, command.holderName),
        ...(PRE_APPROVAL_STATUSES.includes(scope.claim.status) ? {} : { enteredAfterApproval: true as const }),
      };
      scope.note('set-payout-account', {
        before: { payoutAccount: before ?? null },
        after: { payoutAccount: scope.details.payoutAccount },
      });
      if (scope.claim.status === 'assessed') {
        scope.transition((context) =>
          scope.claim.withdrawApprovalRequest(
            { reason: 'The payout account changed while the claim waited for approval' },
            context,
          ),
        );
      }
      await requestPayoutIfReady(
        scope,
        await memberOfClaim(scope.transaction.members, scope.claim.toSnapshot()),
        this.trigger,
      );
    });
    return record;
  }

  /**
   * A second officer confirms an account (four eyes): a holder name that did not match, one entered
   * after approval, or the worker's account enrolment changed shortly before approval.
   */
  async confirm(command: ConfirmAccountNameCommand, actor: ClaimActor): Promise<ClaimRecord> {
    const { record } = await this.workflow.change(command.claimId, actor, async (scope) => {
      const account = scope.details.payoutAccount;
      const payee = payeeOf(scope.claim.toSnapshot());
      if (!account || !payee || account.payee.id !== payee.id) {
        throw new ConflictError(
          'PAYOUT_ACCOUNT_MISSING',
          'There is no payout account for the current payee to confirm',
        );
      }
      if (account.nameCheck.result === 'match' && !needsSecondOfficer(account)) {
        throw new ConflictError(
          'ACCOUNT_NAME_ALREADY_MATCHES',
          'The holder name matches the payee and the approver saw the account; nothing to confirm',
        );
      }
      const makers = [...scope.claim.steps(), ...accountSteps(account)];
      assertOtherOfficer(actor, 'account-confirmer', makers, ['account-enterer', 'approver']);
      const reason = command.reason?.trim();
      if (!reason) throw new DomainError('REASON_REQUIRED', 'A reason is required', 'reason');
      if (!scope.claim.acceptsPayoutAccount) {
        throw new ConflictError(
          'PAYOUT_ACCOUNT_LOCKED',
          `The payout account of a claim in status '${scope.claim.status}' is final`,
        );
      }
      account.confirmation = { by: actor.id, at: scope.context.at, reason };
      scope.note('confirm-account-name', {
        reason,
        before: { nameCheck: account.nameCheck },
        after: { confirmation: account.confirmation },
      });
      await requestPayoutIfReady(
        scope,
        await memberOfClaim(scope.transaction.members, scope.claim.toSnapshot()),
        this.trigger,
      );
    });
    return record;
  }
}
