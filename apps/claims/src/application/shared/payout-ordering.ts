import {
  facilityPayeeAsOf,
  matchAccountHolderName,
  type Claim,
  type ClaimEvent,
  type ClaimSnapshot,
  type FacilityPayee,
  type Person,
} from '../../domain';
import type { MemberFacts } from '../ports/member.reads';
import type { PayoutInstruction } from '../ports/payout.store';
import type { PayoutTrigger } from '../ports/payout-trigger';
import type { PayoutAccountRecord } from './claim-record';
import type { ChangeScope } from './claim-workflow';
import { localDateAt } from './local-time';

/** Why an approved claim (or a transfer the bank refused) is not paid yet. */
export type PayoutBlocker =
  | 'PAYOUT_ACCOUNT_MISSING'
  | 'ACCOUNT_NAME_NEEDS_CONFIRMATION'
  | 'ACCOUNT_NEEDS_SECOND_OFFICER'
  | 'PAYOUT_ACCOUNT_REFUSED_BY_BANK';

/** The worker, or for a death the chosen heir or funeral arranger; undefined before the heirs are recorded. */
export function payeeOf(snapshot: ClaimSnapshot): Person | undefined {
  const isDeath = snapshot.programme === 'JKM' || snapshot.outcome?.details.type === 'death';
  if (!isDeath) return { id: snapshot.worker.id, name: snapshot.worker.name };
  const payee = snapshot.heirs?.payee.payee;
  return payee ? { id: payee.id, name: payee.name } : undefined;
}

/**
 * The account to pay into. An account recorded for another payee no longer counts. A worker who
 * is the payee falls back to the account enrolment holds.
 */
export function usableAccount(
  scope: ChangeScope,
  member: MemberFacts | undefined,
): { account?: PayoutAccountRecord; blocker?: PayoutBlocker } {
  const payee = payeeOf(scope.claim.toSnapshot());
  if (!payee) return { blocker: 'PAYOUT_ACCOUNT_MISSING' };
  let account = scope.details.payoutAccount;
  if (account && account.payee.id !== payee.id) account = undefined;
  if (!account && member?.payoutAccount && payee.id === member.workerId) {
    const { changedAt, ...enrolled } = member.payoutAccount;
    const holdMs = scope.settings.accountChangeHoldDays * 86_400_000;
    const changedRecently = changedAt !== undefined && Date.parse(scope.context.at) - Date.parse(changedAt) <= holdMs;
    account = {
      ...enrolled,
      ...(changedRecently ? { changedInEnrolmentAt: changedAt } : {}),
      payee,
      source: 'enrolment',
      setBy: scope.context.actor.id,
      setAt: scope.context.at,
      nameCheck: matchAccountHolderName(payee.name, member.payoutAccount.holderName),
    };
    scope.details.payoutAccount = account;
    scope.note('use-enrolment-payout-account', { after: { payoutAccount: account } });
  }
  return { account, blocker: accountBlocker(account) };
}

/** What keeps money from going to `account` (the payee's current account, if any). */
export function accountBlocker(account: PayoutAccountRecord | undefined): PayoutBlocker | undefined {
  if (!account) return 'PAYOUT_ACCOUNT_MISSING';
  if (account.refusedByBank) return 'PAYOUT_ACCOUNT_REFUSED_BY_BANK';
  if (account.nameCheck.result !== 'match' && !account.confirmation) return 'ACCOUNT_NAME_NEEDS_CONFIRMATION';
  if (needsSecondOfficer(account) && !account.confirmation) return 'ACCOUNT_NEEDS_SECOND_OFFICER';
  return undefined;
}

/** An account one officer alone chose where the money goes: entered after approval, or changed in enrolment lately. */
export function needsSecondOfficer(account: PayoutAccountRecord): boolean {
  return account.enteredAfterApproval === true || account.changedInEnrolmentAt !== undefined;
}

/**
 * An approved claim with a usable account: the aggregate requests the payout and one instruction
 * per line is stored in this transaction — before any bank is called. A claim whose transfer the
 * bank refused sends the refused lines again, under new keys, once its account was corrected. The
 * worker is woken after the commit. Returns the blocker when the claim must wait.
 */
export async function requestPayoutIfReady(
  scope: ChangeScope,
  member: MemberFacts | undefined,
  trigger: PayoutTrigger,
): Promise<PayoutBlocker | undefined> {
  const claim = scope.claim;
  if (claim.status !== 'approved' && !claim.hasRefusedTransfer) return undefined;
  let payeeAccount = {};
  if (claim.needsPayeeAccount) {
    const { account, blocker } = usableAccount(scope, member);
    if (blocker || !account) return blocker;
    payeeAccount = {
      bankAccount: { bankCode: account.bankCode, accountNumber: account.accountNumber, holderName: account.holderName },
      nameConfirmedBy: account.confirmation?.by,
    };
  }
  const command = { ...payeeAccount, facilities: registeredFacilities(scope, claim) };
  const events = scope.transition((context) =>
    claim.status === 'approved' ? claim.requestPayout(command, context) : claim.redirectRefusedPayout(command, context),
  );
  await scope.transaction.payouts.insert(
    instructionsFrom(scope.claim.toSnapshot(), events, new Date(scope.context.at)),
  );
  scope.afterCommit(() => trigger.wake());
  return undefined;
}

/**
 * The claim's partner facilities as the register has them today: their accounts are the register's,
 * never an officer's entry, so no maker-checker step is needed for them. A facility the register
 * no longer knows is left out (the aggregate refuses to pay it).
 */
function registeredFacilities(scope: ChangeScope, claim: Claim): FacilityPayee[] {
  const today = localDateAt(scope.context.at, scope.settings.policy.utcOffsetMinutes);
  return claim.facilityCodes.flatMap((code) => facilityPayeeAsOf(scope.settings.partnerFacilities, code, today) ?? []);
}

/** The instructions the payout events of a transition ask for. */
export function instructionsFrom(
  snapshot: ClaimSnapshot,
  events: readonly ClaimEvent[],
  createdAt: Date,
): PayoutInstruction[] {
  const payout = snapshot.payout;
  if (!payout) return [];
  const base = {
    claimId: snapshot.id,
    tenant: snapshot.tenant,
    payeeId: payout.payee.id,
    payeeName: payout.payee.name,
    bankAccount: payout.bankAccount!,
    status: 'requested' as const,
    attempts: 0,
    nextAttemptAt: createdAt,
    createdAt,
  };
  return events.flatMap((event): PayoutInstruction[] => {
    if (event.type === 'PayoutRequested') {
      return event.lines.map((line) => ({
        ...base,
        // A facility's line goes to the facility's registered account; the rest to the payee's.
        ...(line.facility
          ? { payeeId: line.facility.id, payeeName: line.facility.name, bankAccount: line.facility.bankAccount }
          : {}),
        idempotencyKey: line.idempotencyKey,
        purpose: 'benefit',
        componentCode: line.code,
        amount: line.amount,
        rule: line.rule,
      }));
    }
    if (event.type === 'LatePaymentCompensationRequested') {
      return [
        {
          ...base,
          idempotencyKey: event.line.idempotencyKey,
          purpose: 'late-payment-compensation',
          componentCode: event.line.code,
          amount: event.line.amount,
          rule: event.line.rule,
        },
      ];
    }
    return [];
  });
}
