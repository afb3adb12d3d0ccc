import type { ClaimSnapshot, EligibilityResult } from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import { accountBlocker, payeeOf, type PayoutBlocker } from '../shared/payout-ordering';

export type Blocker = PayoutBlocker | 'CLAIM_NOT_ELIGIBLE' | 'FACILITY_ACCOUNT_REFUSED_BY_BANK';

/** What keeps a claim from its money, since when, who can clear it and how: a queue shows it as is. */
export interface BlockedBy {
  code: Blocker;
  since: string;
  /** The roles that can clear it; `notActor` is the officer who caused it (the approver may not either). */
  clearedBy: string[];
  notActor?: string;
  action: string;
}

/**
 * Why a claim waits (issue 20 point 6): an approved claim or a refused transfer without a usable
 * account, or a complete claim whose incident is not covered. Undefined when nothing blocks it
 * but the next officer's step (the status says that).
 */
export function blockedByOf(record: ClaimRecord, eligibility: EligibilityResult | undefined): BlockedBy | undefined {
  const { snapshot, details } = record;
  const transfers = [
    ...(snapshot.payout?.lines ?? []),
    ...(snapshot.lateCompensation ? [snapshot.lateCompensation] : []),
  ];
  // The payee's refused transfers wait for an officer's account; a facility's for the register.
  const refused = transfers.filter((line) => !line.facility).find((line) => line.rejection)?.rejection;
  const refusedFacility = transfers.find((line) => line.facility && line.rejection);
  const payeeLinesApproved = snapshot.assessment?.payable.some((line) => !line.payee) ?? true;
  if ((snapshot.status === 'approved' && payeeLinesApproved) || refused) {
    const payee = payeeOf(snapshot);
    const account =
      details.payoutAccount && details.payoutAccount.payee.id === payee?.id ? details.payoutAccount : undefined;
    const blocker = accountBlocker(account);
    if (blocker) return payoutBlocker(blocker, snapshot, account, refused?.at);
  }
  if (refusedFacility) {
    return {
      code: 'FACILITY_ACCOUNT_REFUSED_BY_BANK',
      since: refusedFacility.rejection!.at,
      clearedBy: ['operator'],
      action: `The bank refused the transfer to ${refusedFacility.facility!.name} (${refusedFacility.rejection!.reason}): the operator corrects the facility's account in the partner-facility register (a new row in PARTNER_FACILITIES_FILE); once the service restarts with it, the line goes to the new account under a new key`,
    };
  }
  if (snapshot.status === 'documents-complete' && eligibility && !eligibility.eligible) {
    const unpaid = eligibility.reasons.some((reason) => reason.code.startsWith('MONTH_'));
    // Blocked since it was (last) completed: from then on only the coverage was missing.
    const since = snapshot.audit.findLast((entry) => entry.action === 'completeDocuments')?.at ?? snapshot.reportedAt;
    // A paid month whose coverage is on its way needs nobody in finance: the officer verifies again.
    const onlyCoveragePending = eligibility.reasons.every((reason) => reason.code === 'MONTH_PAID_COVERAGE_PENDING');
    return {
      code: 'CLAIM_NOT_ELIGIBLE',
      since,
      clearedBy: onlyCoveragePending
        ? ['claims-officer']
        : unpaid
          ? ['finance', 'claims-officer']
          : ['claims-officer', 'claims-supervisor'],
      action: unpaid
        ? `${eligibility.reasons.map((reason) => reason.message).join('; ')}: once it is paid and covered, verify again (POST verification); or reject the claim`
        : `${eligibility.reasons.map((reason) => reason.message).join('; ')}: reject the claim with this reason (POST rejection)`,
    };
  }
  return undefined;
}

function payoutBlocker(
  code: PayoutBlocker,
  snapshot: ClaimSnapshot,
  account: ClaimRecord['details']['payoutAccount'],
  refusedAt: string | undefined,
): BlockedBy {
  const approvedAt = snapshot.audit.findLast((entry) => entry.action === 'approve')?.at ?? snapshot.reportedAt;
  switch (code) {
    case 'PAYOUT_ACCOUNT_MISSING':
      return {
        code,
        since: refusedAt ?? approvedAt,
        clearedBy: ['claims-officer', 'claims-supervisor'],
        action: "Enter the payee's bank account (PUT payout-account); a second officer then confirms it",
      };
    case 'PAYOUT_ACCOUNT_REFUSED_BY_BANK':
      return {
        code,
        since: account?.refusedByBank?.at ?? refusedAt ?? approvedAt,
        clearedBy: ['claims-officer', 'claims-supervisor'],
        action: `The bank refused the transfer (${account?.refusedByBank?.reason ?? 'refused'}): enter a corrected account (PUT payout-account)`,
      };
    case 'ACCOUNT_NAME_NEEDS_CONFIRMATION':
    case 'ACCOUNT_NEEDS_SECOND_OFFICER':
      return {
        code,
        since: account?.setAt ?? approvedAt,
        clearedBy: ['claims-officer', 'claims-supervisor'],
        ...(account ? { notActor: account.setBy } : {}),
        action:
          code === 'ACCOUNT_NAME_NEEDS_CONFIRMATION'
            ? 'The holder name does not match the payee: another officer checks the savings book and confirms it (POST payout-account/confirmation)'
            : 'The account was entered after approval or changed in enrolment lately: an officer who neither entered it nor approved the claim confirms it (POST payout-account/confirmation)',
      };
  }
}
