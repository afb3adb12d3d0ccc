import type { Rupiah } from '@jaring/kernel';
import type { BenefitAssessment, BenefitLine, OutcomeInput, Programme } from '../benefits/benefit.types';
import type { HeirDetermination, PayeeChoice, Person } from '../heirs/heir.types';
import type { NotPayableLine } from '../heirs/heirs.rules';
import type { FacilityPayee } from '../facilities/partner-facility.register';
import type { AccountNameMatch } from '../payout/account-name-match.rules';
import type { LocalDate } from '../shared/local-date.util';
import type { DocumentCode, Reimbursement } from './document-checklist.data';

/**
 * JKK: reported → stage-ii-recorded → documents-complete → verified → assessed → approved →
 * payout-requested → paid → closed. JKM: death-reported → heirs-determined → documents-complete →
 * (as JKK). Any status before approval may go to rejected; reopen returns to the documents stage.
 */
export type ClaimStatus =
  | 'reported'
  | 'stage-ii-recorded'
  | 'death-reported'
  | 'heirs-determined'
  | 'documents-complete'
  | 'verified'
  | 'rejected'
  | 'assessed'
  | 'approved'
  | 'payout-requested'
  | 'paid'
  | 'closed';

/** Who acts: an opaque subject id and roles (from the token at the edge), never a name. */
export interface ClaimActor {
  id: string;
  roles: readonly string[];
}

/** Every transition gets who and when; `at` is an ISO-8601 instant with a zone. */
export interface TransitionContext {
  actor: ClaimActor;
  at: string;
}

/** What happened, for the work-accident classification and the document checklist (RULES.md §2). */
export type AccidentCategory =
  'at-work' | 'commuting' | 'duty-travel' | 'occupational-disease' | 'sudden-death-at-work' | 'violence-at-work';

export interface AccidentCircumstances {
  category: AccidentCategory;
  /** Traffic accidents need a police report; Jasa Raharja pays first (up to Rp20 jt medical). */
  trafficAccident: boolean;
  /** The first payer recorded for a traffic accident. */
  coPayer?: 'jasa-raharja';
}

export interface RecordedOutcome {
  details: OutcomeInput;
  /** When the doctor declared recovery, disability or death (stage II is due 2×24 h after). */
  declaredOn: LocalDate;
  /** When stage II was recorded (ISO instant). */
  recordedAt: string;
}

export interface HeirsRecord {
  determination: HeirDetermination;
  payee: PayeeChoice;
}

export interface DocumentsRecord {
  provided: DocumentCode[];
  reimbursementsClaimed: Reimbursement[];
  completedOn: LocalDate;
  /** The first day the claim was seen eligible while complete: at completion or at a later verification. */
  eligibleOn?: LocalDate;
  /** The day the payment clock started (paymentClockStart); unset while the claim is not eligible. */
  clockStartedOn?: LocalDate;
  /** The statutory payment deadline: 7 (JKK) or 3 (JKM) working days after the clock started. */
  paymentDueOn?: LocalDate;
}

export interface AssessmentRecord {
  result: BenefitAssessment;
  /** The lines this claim's payee receives. */
  payable: BenefitLine[];
  /** Lines recorded but not paid (no heir: everything except funeral costs). */
  notPayable: NotPayableLine[];
  payableTotal: Rupiah;
  assessedBy: string;
  /** The day children's ages were judged: its school year is the one the scholarship lines pay. */
  scholarshipAssessmentDate?: LocalDate;
}

export interface BankAccount {
  bankCode: string;
  accountNumber: string;
  /** The holder's name as the bank's account inquiry returned it. */
  holderName: string;
}

export interface PayoutLine {
  code: string;
  amount: Rupiah;
  rule: string;
  idempotencyKey: string;
  /** Absent on the first transfer of a line; 2, 3... when it was sent again after a refusal. */
  attempt?: number;
  /** The bank refused this transfer for good: nothing was paid, the line waits for a corrected account. */
  rejection?: { reason: string; at: string };
  /** A partner facility's line: paid to the facility's registered account, not to the claim's payee. */
  facility?: FacilityPayee;
}

/** A transfer the bank refused, kept after the line was sent again (its account is on the payout instruction). */
export interface RefusedTransfer {
  code: string;
  amount: Rupiah;
  idempotencyKey: string;
  attempt: number;
  reason: string;
  at: string;
}

export interface PayoutRecord {
  payee: Person;
  /**
   * The payee's account of the latest request (a line sent again after a refusal goes to the
   * corrected one). Absent when every line goes to partner facilities, each to its registered account.
   */
  bankAccount?: BankAccount;
  nameCheck?: AccountNameMatch & { confirmedBy?: string };
  /** Every line of the claim: the payee's, and the partner facilities' (each line says its facility). */
  lines: PayoutLine[];
  total: Rupiah;
  requestedAt: string;
  refusedTransfers?: RefusedTransfer[];
}

/** Wire values (API, events): never rename. Why a confirmed death was disproved, as a code without personal data. */
export const DEATH_DISPROOF_CODES = [
  'DEATH_CERTIFICATE_FORGED',
  'WORKER_FOUND_ALIVE',
  'WRONG_PERSON_IDENTIFIED',
  'OTHER',
] as const;
export type DeathDisproofCode = (typeof DEATH_DISPROOF_CODES)[number];

/**
 * The death this claim confirmed to enrolment (DeathConfirmed). It outlives a rejection, a reopening
 * or a re-classification: only a rejection that disproves the death retracts it.
 */
export interface DeathConfirmation {
  dateOfDeath: LocalDate;
  confirmedBy: string;
  confirmedAt: string;
  retraction?: { code: DeathDisproofCode; by: string; at: string };
}

export interface ProgrammeChange {
  from: Programme;
  to: Programme;
  reason: string;
  by: string;
  at: string;
}

/** One line of the claim's audit trail: written by every transition, never edited. */
export interface AuditEntry {
  action: string;
  actorId: string;
  at: string;
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus;
  reason?: string;
}

/** The whole state of a claim, for persistence and for rehydration. */
export interface ClaimSnapshot {
  id: string;
  /** The sponsoring regency's Kemendagri code (e.g. '76.04'); the event envelope's tenant. */
  tenant: string;
  programme: Programme;
  status: ClaimStatus;
  worker: Person;
  /** The accident (JKK) or the death (JKM). */
  incidentDate: LocalDate;
  /** The accident's time, when known: makes the 2×24 h stage I check exact. */
  incidentAt?: string;
  reportedAt: string;
  circumstances?: AccidentCircumstances;
  outcome?: RecordedOutcome;
  dateOfDeath?: LocalDate;
  heirs?: HeirsRecord;
  documents?: DocumentsRecord;
  verifiedBy?: string;
  deathConfirmation?: DeathConfirmation;
  rejection?: { reason: string; by: string; at: string };
  /** A supervisor let a JKK claim reported after the right to claim expired be paid, and why (RULES.md §2). */
  expiryOverride?: { reason: string; by: string; at: string };
  assessment?: AssessmentRecord;
  approvedBy?: string;
  payout?: PayoutRecord;
  paidOn?: LocalDate;
  lateCompensation?: PayoutLine;
  resolution?: 'paid' | 'rejected';
  programmeHistory: ProgrammeChange[];
  audit: AuditEntry[];
}

/** What another claim of the same worker looks like to the one-death and one-accident checks. */
export interface ClaimSummary {
  claimId: string;
  programme: Programme;
  isDeath: boolean;
  incidentDate: LocalDate;
  status: ClaimStatus;
  resolution?: 'paid' | 'rejected';
  /** The date of death this claim confirmed (verified, not retracted): the worker is deceased. */
  confirmedDateOfDeath?: LocalDate;
}
