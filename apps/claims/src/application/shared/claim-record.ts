import type { AccountNameMatch, DocumentCode, LocalDate, Person, ScanContentType } from '../../domain';

/** Who brought the report to the office (a relative, a colleague, the village head...). */
export interface Reporter {
  name: string;
  relationship?: string;
  phone?: string;
}

/** Stage I facts the domain does not need for its rules but the office must keep. */
export interface AccidentReportDetails {
  kind: 'accident';
  place: string;
  cause: string;
  reporter: Reporter;
  policeReportNumber?: string;
}

export interface DeathReportDetails {
  kind: 'death';
  causeOfDeath: string;
  deathCertificateNumber: string;
  placeOfDeath?: string;
  reporter: Reporter;
}

export interface StageTwoDetails {
  doctorName?: string;
  healthFacility?: string;
}

/** A document the office received, as recorded against the checklist. */
export interface ReceivedDocument {
  code: DocumentCode;
  reference?: string;
  receivedOn: LocalDate;
  recordedBy: string;
  recordedAt: string;
}

/** The account the payee is paid into, and how its holder name was checked against the payee. */
export interface PayoutAccountRecord {
  bankCode: string;
  accountNumber: string;
  holderName: string;
  /** The payee this account was checked for: a new payee needs a new check. */
  payee: Person;
  source: 'enrolment' | 'officer';
  setBy: string;
  setAt: string;
  nameCheck: AccountNameMatch;
  /**
   * Entered by an officer once the claim was approved (or after the bank refused a transfer): no
   * second person saw it, so money goes there only after another officer confirms it.
   */
  enteredAfterApproval?: true;
  /**
   * Enrolment changed this (the worker's own) account within the hold window before approval: the
   * enrolment officer alone chose it, so money goes there only after a claims officer confirms it.
   */
  changedInEnrolmentAt?: string;
  /** A second officer confirmed the account: a holder name that did not match, one entered after approval or changed in enrolment. */
  confirmation?: { by: string; at: string; reason: string };
  /** The bank refused a transfer to this account: nothing more is sent to it until an officer gives an account again. */
  refusedByBank?: { reason: string; at: string };
}

/** What heir determination was based on, beyond the family projection. */
export interface HeirInputs {
  deceasedMemberIds: string[];
}

/** A scan of a checklist document; its bytes live in the DocumentScanStorage under its id. */
export interface DocumentScan {
  id: string;
  code: DocumentCode;
  fileName: string;
  contentType: ScanContentType;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

/** Whose work queue the claim is in. */
export interface ClaimAssignment {
  officerId: string;
  by: string;
  at: string;
}

export interface ClaimDetails {
  report: AccidentReportDetails | DeathReportDetails;
  stageTwo?: StageTwoDetails;
  documentsReceived: ReceivedDocument[];
  documentScans?: DocumentScan[];
  assignment?: ClaimAssignment;
  payoutAccount?: PayoutAccountRecord;
  heirInputs?: HeirInputs;
}
