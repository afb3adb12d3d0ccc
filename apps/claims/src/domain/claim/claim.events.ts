import type { Rupiah } from '@jaring/kernel';
import type { BenefitLine, OutcomeType, Programme } from '../benefits/benefit.types';
import type { HeirClass } from '../heirs/heir.types';
import type { LocalDate } from '../shared/local-date.util';
import type { ClaimStatus, DeathDisproofCode, PayoutLine } from './claim.types';

/**
 * Domain events returned by the Claim aggregate's transitions. The messaging edge wraps each in
 * the shared envelope (aggregateId = claimId) and maps it to the versioned payload in
 * libs/contracts; these types are the domain's vocabulary, not the wire format.
 */
interface ClaimEventBase {
  claimId: string;
  tenant: string;
  /** The transition's instant (ISO-8601, UTC or with offset). */
  occurredAt: string;
  actorId: string;
}

export interface ClaimReported extends ClaimEventBase {
  type: 'ClaimReported';
  programme: Programme;
  workerId: string;
  incidentDate: LocalDate;
}

export interface StageTwoRecorded extends ClaimEventBase {
  type: 'StageTwoRecorded';
  outcome: OutcomeType;
  declaredOn: LocalDate;
}

export interface HeirsDetermined extends ClaimEventBase {
  type: 'HeirsDetermined';
  heirClass: HeirClass;
  payeeId: string;
  payeeKind: 'heir' | 'funeral-arranger';
}

export interface DocumentsCompleted extends ClaimEventBase {
  type: 'DocumentsCompleted';
  completedOn: LocalDate;
  /** Unset when the claim is not eligible yet: the payment clock has not started. */
  paymentDueOn?: LocalDate;
}

export interface ClaimVerified extends ClaimEventBase {
  type: 'ClaimVerified';
  programme: Programme;
}

/** Matches DeathConfirmedV1 in libs/contracts: enrolment marks the worker deceased. */
export interface DeathConfirmed extends ClaimEventBase {
  type: 'DeathConfirmed';
  workerId: string;
  dateOfDeath: LocalDate;
  programme: Programme;
  confirmedBy: string;
}

/** Matches DeathRetractedV1 in libs/contracts: enrolment restores the worker if it recorded this claim's death. */
export interface DeathRetracted extends ClaimEventBase {
  type: 'DeathRetracted';
  workerId: string;
  /** The date of death this claim had confirmed. */
  dateOfDeath: LocalDate;
  retractedBy: string;
  reasonCode: DeathDisproofCode;
}

export interface ClaimRejected extends ClaimEventBase {
  type: 'ClaimRejected';
  reason: string;
}

export interface ClaimReopened extends ClaimEventBase {
  type: 'ClaimReopened';
  reason: string;
  status: ClaimStatus;
}

export interface ClaimReclassified extends ClaimEventBase {
  type: 'ClaimReclassified';
  from: Programme;
  to: Programme;
  reason: string;
}

export interface ClaimAssessed extends ClaimEventBase {
  type: 'ClaimAssessed';
  ruleSetId: string;
  lines: BenefitLine[];
  payableTotal: Rupiah;
  notPayableTotal: Rupiah;
}

/** The approval request (the assessment) no longer holds: something the approver judges changed. */
export interface ApprovalRequestWithdrawn extends ClaimEventBase {
  type: 'ApprovalRequestWithdrawn';
  reason: string;
}

export interface ClaimApproved extends ClaimEventBase {
  type: 'ClaimApproved';
  payableTotal: Rupiah;
}

export interface PayoutRequested extends ClaimEventBase {
  type: 'PayoutRequested';
  payeeId: string;
  payeeName: string;
  /** Set when the payee is a partner facility (its account from the register). */
  facilityCode?: string;
  bankCode: string;
  accountNumber: string;
  lines: PayoutLine[];
  total: Rupiah;
}

/** The bank refused one transfer for good; the claim waits for a corrected account. */
export interface PayoutTransferRefused extends ClaimEventBase {
  type: 'PayoutTransferRefused';
  payeeId: string;
  componentCode: string;
  idempotencyKey: string;
  reason: string;
}

export interface ClaimPaid extends ClaimEventBase {
  type: 'ClaimPaid';
  paidOn: LocalDate;
  total: Rupiah;
}

/** PP 44/2015 art. 37(3): paid late — the 1%-per-day compensation goes out as its own payout. */
export interface LatePaymentCompensationRequested extends ClaimEventBase {
  type: 'LatePaymentCompensationRequested';
  payeeId: string;
  line: PayoutLine;
  daysLate: number;
}

export interface ClaimClosed extends ClaimEventBase {
  type: 'ClaimClosed';
  resolution: 'paid' | 'rejected';
}

export type ClaimEvent =
  | ClaimReported
  | StageTwoRecorded
  | HeirsDetermined
  | DocumentsCompleted
  | ClaimVerified
  | DeathConfirmed
  | DeathRetracted
  | ClaimRejected
  | ClaimReopened
  | ClaimReclassified
  | ClaimAssessed
  | ApprovalRequestWithdrawn
  | ClaimApproved
  | PayoutRequested
  | PayoutTransferRefused
  | ClaimPaid
  | LatePaymentCompensationRequested
  | ClaimClosed;

export type ClaimEventType = ClaimEvent['type'];
