import { DomainError } from '@jaring/kernel';
import type { Programme } from '../benefits/benefit.types';
import type { ClaimStatus } from './claim.types';

export type ClaimAction =
  | 'recordStageTwo'
  | 'recordHeirs'
  | 'completeDocuments'
  | 'verify'
  | 'reject'
  | 'reopen'
  | 'reclassify'
  | 'assess'
  | 'withdrawApprovalRequest'
  | 'approve'
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
  reject: BOTH(PRE_APPROVAL_STATUSES),
  reopen: BOTH(['rejected']),
  reclassify: BOTH(PRE_APPROVAL_STATUSES),
  // Re-assessing replaces the lines (e.g. after a corrected income) until approval.
  assess: BOTH(['verified', 'assessed']),
  withdrawApprovalRequest: BOTH(['assessed']),
  approve: BOTH(['assessed']),
  requestPayout: BOTH(['approved']),
  // A benefit transfer is refused while the payout is requested; the late-payment compensation after payment.
  recordTransferRefused: BOTH(['payout-requested', 'paid']),
  redirectRefusedPayout: BOTH(['payout-requested', 'paid']),
  markPaid: BOTH(['payout-requested']),
  close: BOTH(['paid', 'rejected']),
};

export function assertActionAllowed(action: ClaimAction, programme: Programme, status: ClaimStatus): void {
  if (!ALLOWED_FROM[action][programme].includes(status)) {
    throw new DomainError(
      'CLAIM_TRANSITION_NOT_ALLOWED',
      `A ${programme} claim in status '${status}' cannot ${action}`,
    );
  }
}
