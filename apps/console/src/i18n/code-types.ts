// The code lists the console shows as words, typed from the services' own definitions: the
// generated OpenAPI types where the API declares an enum, the claims domain where it does not
// (benefit line codes and audit actions are plain strings on the wire).
import type { ClaimsSchema, EnrolmentSchema } from '../api';
import type { BENEFIT_CODES, TRANSPORT_SHARED_CODE } from '../../../claims/src/domain/benefits/benefit.codes';
import type { ClaimAction } from '../../../claims/src/domain/claim/claim-lifecycle.rules';
import type { Role } from '../../../../libs/auth/src/roles';
import type { ChecklistItem } from '../claims/claim.types';
import type { ImportJob } from '../enrolment/enrolment.types';
import type { Payment, PaymentStatus, StatementRow } from '../finance/finance.types';

/** Words for every value of a code list: a missing value fails the type check. */
export type CodeWords<Code extends string> = Record<Code, string>;

export type ClaimStatus = ClaimsSchema<'ClaimViewResponse'>['status'];
export type PayoutStatus = ClaimsSchema<'PayoutResponse'>['status'];
export type WorkerStatus = EnrolmentSchema<'WorkerDetailsResponse'>['status'];
/** Enrolment's family relationships and the claims heir candidates' (a wider list: heirs by will, half-siblings…). */
export type Relationship =
  EnrolmentSchema<'FamilyMemberResponse'>['relationship'] | ClaimsSchema<'HeirCandidateResponse'>['relationship'];
export type Occupation = EnrolmentSchema<'WorkerDetailsResponse'>['occupation'];
export type ImportStatus = ImportJob['status'];
export type { PaymentStatus };
export type PaymentSource = Payment['source'];
export type PaymentRecordStatus = Payment['status'];
export type StatementOutcome = StatementRow['outcome'];
export type AccidentCategory = ClaimsSchema<'CircumstancesDto'>['category'];
export type OutcomeType = ClaimsSchema<'OutcomeDto'>['type'];
export type DocumentCode = ChecklistItem['accepts'][number];
export type Blocker = ClaimsSchema<'BlockedByResponse'>['code'];
export type { Role };

type TransportMode = ClaimsSchema<'TransportDto'>['mode'];
/** A benefit line's code (claims' benefit.codes.ts); scholarship lines are numbered per child, code-labels.ts. */
export type BenefitCode =
  | (typeof BENEFIT_CODES)[keyof typeof BENEFIT_CODES]
  | typeof TRANSPORT_SHARED_CODE
  | `JKK_TRANSPORT_${Uppercase<TransportMode>}`;

/**
 * What a claim's audit trail records: the aggregate's transitions, the report, and the steps the
 * claims use cases note beside them (`scope.note(...)` in apps/claims/src/application).
 */
export type AuditAction =
  | ClaimAction
  | 'report'
  | 'assign-claim'
  | 'attach-document-scan'
  | 'view-document-scan'
  | 'record-documents'
  | 'record-stage-two-details'
  | 'set-payout-account'
  | 'use-enrolment-payout-account'
  | 'confirm-account-name'
  | 'payout-confirmed'
  | 'payout-failed'
  | 'request-scholarship-year'
  | 'approve-scholarship-year'
  | 'scholarship-year-paid'
  | 'scholarship-year-refused';
