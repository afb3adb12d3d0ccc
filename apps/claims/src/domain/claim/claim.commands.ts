import type { BenefitRequest, OutcomeInput, Programme } from '../benefits/benefit.types';
import type { PayeeRequest } from '../heirs/heirs.rules';
import type { FamilyMember, HeirDocuments, Person } from '../heirs/heir.types';
import type { FacilityPayee } from '../facilities/partner-facility.register';
import type { LocalDate } from '../shared/local-date.util';
import type { ClaimStep } from './approval.policy';
import type { AccidentCircumstances, BankAccount, ClaimSummary, DeathDisproofCode } from './claim.types';
import type { DocumentCode, Reimbursement } from './document-checklist.data';
import type { EligibilityResult } from './eligibility.rules';

/** The inputs of the Claim aggregate's transitions, one per use case. */

export interface ReportAccidentCommand {
  claimId: string;
  tenant: string;
  worker: Person;
  incidentDate: LocalDate;
  /** The accident's time, when known (ISO instant). */
  incidentAt?: string;
  circumstances: AccidentCircumstances;
}

export interface ReportDeathCommand {
  claimId: string;
  tenant: string;
  worker: Person;
  dateOfDeath: LocalDate;
}

export interface RecordStageTwoCommand {
  outcome: OutcomeInput;
  /** The day the doctor declared recovery, disability or death. */
  declaredOn: LocalDate;
  /** Required when the outcome is a death (it may be days after the accident). */
  dateOfDeath?: LocalDate;
}

export interface RecordHeirsCommand {
  familyMembers: readonly FamilyMember[];
  documents: HeirDocuments;
  payee: PayeeRequest;
}

export interface CompleteDocumentsCommand {
  provided: readonly DocumentCode[];
  reimbursementsClaimed?: readonly Reimbursement[];
  /** Whether the incident is covered now: only a complete and eligible claim starts the payment clock. */
  eligibility: EligibilityResult;
}

export interface VerifyCommand {
  eligibility: EligibilityResult;
  /** Every other claim of the same worker (for the one-death-one-payment rule). */
  otherClaimsOfWorker: readonly ClaimSummary[];
}

export interface ApproveCommand {
  /** Every other claim of the same worker (for the one-death-one-payment rule). */
  otherClaimsOfWorker: readonly ClaimSummary[];
  /** Who entered and confirmed the payout account the claim holds (kept outside the aggregate). */
  accountSteps: readonly ClaimStep[];
}

export interface RejectCommand {
  reason: string;
  /**
   * The death itself is disproved (a forged certificate, the worker found alive): the confirmed
   * death is retracted. Left out for every other rejection (an unpaid month, the other programme),
   * which says nothing about whether the worker is alive.
   */
  deathDisproved?: boolean;
  /** Required with deathDisproved. */
  disproofCode?: DeathDisproofCode;
}

export interface ReclassifyCommand {
  to: Programme;
  reason: string;
  /** To JKK: what happened and when (defaults to the date of death). */
  circumstances?: AccidentCircumstances;
  accidentDate?: LocalDate;
}

/** The assessment inputs the claim does not already hold; programme, date and outcome come from the claim. */
export type AssessCommand = Omit<BenefitRequest, 'programme' | 'incidentDate' | 'outcome'>;

export interface RequestPayoutCommand {
  /** The payee's account; not needed when every line goes to partner facilities. */
  bankAccount?: BankAccount;
  /** The partner facilities of the claim's lines as the register has them now (never typed by an officer). */
  facilities?: readonly FacilityPayee[];
  /** The officer who checked an account name that did not match automatically. */
  nameConfirmedBy?: string;
}
