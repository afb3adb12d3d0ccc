import { ConflictError } from '@jaring/kernel';
import type { Programme } from '../benefits/benefit.types';
import type { ClaimStatus } from './claim.types';

export type ClaimAction =
  | 'recordStageTwo'
  | 'recordHeirs'
  | 'completeDocuments'
  | 'verify'
  | 'refuseVerification'
  | 'reject'
  | 'reopen'
  | 'reclassify'
  | 'assess'
  | 'withdrawApprovalRequest'
  | 'approve'
  | 'overrideExpiry'
  | 'requestPayout'
  | 'recordTransferRefused'
  | 'redirectRefusedPayout'
  | 'markPaid'
  | 'close';

/** Statuses before approval: a claim can still be rejected or re-classified here. */
export const PRE_APPROVAL_STATUSES: readonly ClaimStatus[] = [
  'reported',
  'stage-ii-recorded',
  'death-reported',
  'heirs-determined',
  'documents-complete',
  'verified',
  'assessed',
];

const BOTH = (statuses: readonly ClaimStatus[]): Record<Programme, readonly ClaimStatus[]> => ({
  JKK: statuses,
  JKM: statuses,
});

/**
 * The statuses each action may start from, per programme. The target status is fixed for most
 * actions and computed by the aggregate for reopen and reclassify.
 */
const ALLOWED_FROM: Record<ClaimAction, Record<Programme, readonly ClaimStatus[]>> = {
  // A corrected doctor's statement may replace the first until the documents are complete.
  recordStageTwo: { JKK: ['reported', 'stage-ii-recorded'], JKM: [] },
  // A JKK death records its heirs after stage II; JKM may correct them until documents are complete.
  recordHeirs: { JKK: ['stage-ii-recorded'], JKM: ['death-reported', 'heirs-determined'] },
  completeDocuments: { JKK: ['stage-ii-recorded'], JKM: ['heirs-determined'] },
  verify: BOTH(['documents-complete']),
  refuseVerification: BOTH(['documents-complete']),
  reject: BOTH(PRE_APPROVAL_STATUSES),
  reopen: BOTH(['rejected']),
  reclassify: BOTH(PRE_APPROVAL_STATUSES),
  // Re-assessing replaces the lines (e.g. after a corrected income) until approval.
  assess: BOTH(['verified', 'assessed']),
  withdrawApprovalRequest: BOTH(['assessed']),
  approve: BOTH(['assessed']),
  // Only JKK expires (5 years, RULES.md §2); the override is recorded any time before the payout.
  overrideExpiry: { JKK: [...PRE_APPROVAL_STATUSES, 'approved'], JKM: [] },
  requestPayout: BOTH(['approved']),
  // A benefit transfer is refused while the payout is requested; the late-payment compensation after payment.
  recordTransferRefused: BOTH(['payout-requested', 'paid']),
  redirectRefusedPayout: BOTH(['payout-requested', 'paid']),
  markPaid: BOTH(['payout-requested']),
  close: BOTH(['paid', 'rejected']),
};

/**
 * What the officer does next with a claim in `status` (the calls of apps/claims/README.md): every
 * refusal of a transition ends with it, so a refused call says how to move on.
 */
export function nextStep(programme: Programme, status: ClaimStatus): string {
  switch (status) {
    case 'reported':
      return "record stage II first (POST stage-two: the doctor's outcome)";
    case 'stage-ii-recorded':
      return programme === 'JKK'
        ? 'record the documents (POST documents), the heirs first for a death (POST heirs), then complete them (POST documents/complete)'
        : 'record the documents and complete them (POST documents, POST documents/complete)';
    case 'death-reported':
      return 'record the heirs first (POST heirs), then the documents (POST documents, POST documents/complete)';
    case 'heirs-determined':
      return 'record the documents and complete them first (POST documents, POST documents/complete)';
    case 'documents-complete':
      return 'verify the claim first (POST verification)';
    case 'verified':
      return 'assess the benefits first (POST assessment)';
    case 'assessed':
      return 'approve it first (POST approval, by an officer other than the verifier)';
    case 'approved':
      return "the payout waits for what blockedBy names (usually the payee's account: PUT payout-account)";
    case 'payout-requested':
      return 'the bank is paying it; wait for its confirmation (GET payouts)';
    case 'paid':
      return 'nothing is due but closing it (the claim is paid)';
    case 'rejected':
      return 'reopen it with a reason (POST reopening) to work on it again';
    case 'closed':
      return 'nothing: the claim is closed';
  }
}

/** 409 with the claim's current status and what to do next. */
export function assertActionAllowed(action: ClaimAction, programme: Programme, status: ClaimStatus): void {
  if (!ALLOWED_FROM[action][programme].includes(status)) throw transitionNotAllowed(action, programme, status);
}

export function transitionNotAllowed(action: string, programme: Programme, status: ClaimStatus): ConflictError {
  return new ConflictError(
    'CLAIM_TRANSITION_NOT_ALLOWED',
    `A ${programme} claim in status '${status}' cannot ${action}: ${nextStep(programme, status)}`,
    undefined,
    { status, programme },
  );
}
