import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { ApiNullable, ApiRupiah } from '@jaring/platform';
import type { PayoutPurpose, PayoutStatus } from '../../application/ports/payout.store';
import type { Blocker } from '../../application/read-claims/blocked-by';
import type { PayoutBlocker } from '../../application/shared/payout-ordering';
import {
  ACCIDENT_CATEGORIES,
  type AccidentCategory,
  type ClaimRole,
  type ClaimStatus,
  DEATH_DISPROOF_CODES,
  type DeathDisproofCode,
  type DocumentCode,
  type OutcomeType,
  type Programme,
  type Reimbursement,
  type Relationship,
  type SchoolLevel,
  type ScholarshipYearStatus,
  type ScanContentType,
} from '../../domain';
import { OUTCOME_TYPES, SCHOOL_LEVELS } from '../../domain/benefits/benefit.types';
import { BenefitLineResponse } from './benefit-quote.request';

/** Every value of a union, in order; the compiler refuses a list that misses one. */
const everyOf =
  <T extends string>() =>
  <const V extends readonly T[]>(...values: V & ([Exclude<T, V[number]>] extends [never] ? unknown : never)): V =>
    values;

const PROGRAMMES = everyOf<Programme>()('JKK', 'JKM');
export const CLAIM_STATUSES = everyOf<ClaimStatus>()(
  'reported',
  'stage-ii-recorded',
  'death-reported',
  'heirs-determined',
  'documents-complete',
  'verified',
  'rejected',
  'assessed',
  'approved',
  'payout-requested',
  'paid',
  'closed',
);
const CLAIM_ROLES = everyOf<ClaimRole>()(
  'reporter',
  'payee-chooser',
  'verifier',
  'assessor',
  'account-enterer',
  'account-confirmer',
  'approver',
  'scholarship-requester',
);
const RELATIONSHIPS = everyOf<Relationship>()(
  'spouse',
  'child',
  'parent',
  'grandparent',
  'grandchild',
  'sibling',
  'half-sibling',
  'parent-in-law',
  'former-spouse',
  'other',
);
const DOCUMENT_CODES = everyOf<DocumentCode>()(
  'MEMBERSHIP_CARD_OR_NIK',
  'KTP',
  'STAGE_I_FORM',
  'STAGE_II_FORM',
  'DOCTOR_STATEMENT',
  'CHRONOLOGY_TWO_WITNESSES',
  'POLICE_REPORT',
  'VISUM_ET_REPERTUM',
  'TRANSPORT_RECEIPTS',
  'CARE_RECEIPTS',
  'FACILITY_INVOICE',
  'GLASSES_RECEIPT',
  'KTP_DECEASED',
  'KTP_HEIR',
  'DEATH_CERTIFICATE',
  'FAMILY_CARD',
  'HEIR_STATEMENT',
  'MARRIAGE_BOOK',
  'WILL',
  'FUNERAL_ARRANGER_STATEMENT',
  'PAYEE_SAVINGS_BOOK',
);
const REIMBURSEMENTS = everyOf<Reimbursement>()('transport', 'non-partner-care', 'partner-facility-care', 'glasses');
const PAYOUT_BLOCKERS = everyOf<PayoutBlocker>()(
  'PAYOUT_ACCOUNT_MISSING',
  'ACCOUNT_NAME_NEEDS_CONFIRMATION',
  'ACCOUNT_NEEDS_SECOND_OFFICER',
  'PAYOUT_ACCOUNT_REFUSED_BY_BANK',
);
const BLOCKERS = everyOf<Blocker>()(...PAYOUT_BLOCKERS, 'CLAIM_NOT_ELIGIBLE', 'FACILITY_ACCOUNT_REFUSED_BY_BANK');
const SCAN_CONTENT_TYPES = everyOf<ScanContentType>()('application/pdf', 'image/jpeg', 'image/png');
const PAYOUT_STATUSES = everyOf<PayoutStatus>()('requested', 'sent', 'confirmed', 'failed');
const PAYOUT_PURPOSES = everyOf<PayoutPurpose>()('benefit', 'late-payment-compensation', 'scholarship');
const SCHOLARSHIP_YEAR_STATUSES = everyOf<ScholarshipYearStatus>()('requested', 'payout-requested', 'paid', 'refused');

const DATE = { format: 'date', example: '2026-12-07' } as const;
const INSTANT = { format: 'date-time' } as const;
const SUBJECT = { description: "An officer's token subject (never a name)" } as const;

export class PersonResponse {
  @ApiProperty({ description: 'Worker id, family-member id, or NIK of someone outside the family card' })
  id: string;

  @ApiProperty()
  name: string;
}

export class AccidentCircumstancesResponse {
  @ApiProperty({ enum: ACCIDENT_CATEGORIES })
  category: AccidentCategory;

  @ApiProperty()
  trafficAccident: boolean;

  @ApiPropertyOptional({ enum: ['jasa-raharja'] })
  coPayer?: 'jasa-raharja';
}

export class DisabilityTableItemResponse {
  @ApiProperty()
  code: string;

  @ApiPropertyOptional()
  percent?: number;

  @ApiPropertyOptional()
  units?: number;
}

@ApiExtraModels(DisabilityTableItemResponse)
export class OutcomeDetailsResponse {
  @ApiProperty({ enum: OUTCOME_TYPES })
  type: OutcomeType;

  @ApiPropertyOptional()
  tablePercent?: number;

  @ApiPropertyOptional({
    type: 'array',
    items: { oneOf: [{ type: 'string' }, { $ref: getSchemaPath(DisabilityTableItemResponse) }] },
    description: 'Disability table entries: a code, or a code with its percent or units',
  })
  tableItems?: readonly (string | DisabilityTableItemResponse)[];

  @ApiPropertyOptional()
  functionLossPercent?: number;

  @ApiPropertyOptional({ enum: ['right', 'left'] })
  dominantHand?: 'right' | 'left';

  @ApiPropertyOptional({ type: 'integer' })
  inabilityMonths?: number;

  @ApiPropertyOptional({ type: 'integer' })
  inabilityDays?: number;

  @ApiPropertyOptional(DATE)
  inabilityStartDate?: string;
}

export class RecordedOutcomeResponse {
  @ApiProperty({ type: OutcomeDetailsResponse })
  details: OutcomeDetailsResponse;

  @ApiProperty({ ...DATE, description: "The doctor's declaration" })
  declaredOn: string;

  @ApiProperty(INSTANT)
  recordedAt: string;
}

export class HeirCandidateResponse extends PersonResponse {
  @ApiProperty({ enum: [...RELATIONSHIPS, 'will-beneficiary'] })
  relationship: Relationship | 'will-beneficiary';

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, description: 'PP 44/2015 art. 37(5) class' })
  heirClass: 1 | 2 | 3 | 4 | 5;
}

export class HeirDeterminationResponse {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 6, description: 'The highest class present; 6: nobody' })
  heirClass: 1 | 2 | 3 | 4 | 5 | 6;

  @ApiProperty({ type: [HeirCandidateResponse] })
  candidates: HeirCandidateResponse[];

  @ApiProperty({ type: [HeirCandidateResponse] })
  lowerClassRelatives: HeirCandidateResponse[];

  @ApiProperty({ type: [HeirCandidateResponse] })
  candidatesMissingFromHeirStatement: HeirCandidateResponse[];

  @ApiPropertyOptional({ type: PersonResponse })
  funeralArranger?: PersonResponse;
}

export class CoHeirResponse {
  @ApiProperty({ type: HeirCandidateResponse })
  heir: HeirCandidateResponse;

  @ApiProperty(DATE)
  consentedOn: string;
}

export class HeirPayeeResponse {
  @ApiProperty({ enum: ['heir'] })
  kind: 'heir';

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 })
  heirClass: 1 | 2 | 3 | 4 | 5;

  @ApiProperty({ type: HeirCandidateResponse })
  payee: HeirCandidateResponse;

  @ApiProperty({ type: [CoHeirResponse], description: 'The same class: each consented' })
  coHeirs: CoHeirResponse[];
}

export class FuneralArrangerPayeeResponse {
  @ApiProperty({ enum: ['funeral-arranger'] })
  kind: 'funeral-arranger';

  @ApiProperty({ enum: [6] })
  heirClass: 6;

  @ApiProperty({ type: PersonResponse })
  payee: PersonResponse;
}

@ApiExtraModels(HeirPayeeResponse, FuneralArrangerPayeeResponse)
export class HeirsRecordResponse {
  @ApiProperty({ type: HeirDeterminationResponse })
  determination: HeirDeterminationResponse;

  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(HeirPayeeResponse) }, { $ref: getSchemaPath(FuneralArrangerPayeeResponse) }],
  })
  payee: HeirPayeeResponse | FuneralArrangerPayeeResponse;
}

export class DocumentsRecordResponse {
  @ApiProperty({ enum: DOCUMENT_CODES, isArray: true })
  provided: DocumentCode[];

  @ApiProperty({ enum: REIMBURSEMENTS, isArray: true })
  reimbursementsClaimed: Reimbursement[];

  @ApiProperty(DATE)
  completedOn: string;

  @ApiPropertyOptional(DATE)
  eligibleOn?: string;

  @ApiPropertyOptional(DATE)
  clockStartedOn?: string;

  @ApiPropertyOptional({ ...DATE, description: 'The statutory payment deadline (7 working days JKK, 3 JKM)' })
  paymentDueOn?: string;
}

export class DecisionResponse {
  @ApiProperty()
  reason: string;

  @ApiProperty(SUBJECT)
  by: string;

  @ApiProperty(INSTANT)
  at: string;
}

export class DeathRetractionResponse {
  @ApiProperty({ enum: DEATH_DISPROOF_CODES })
  code: DeathDisproofCode;

  @ApiProperty(SUBJECT)
  by: string;

  @ApiProperty(INSTANT)
  at: string;
}

export class DeathConfirmationResponse {
  @ApiProperty(DATE)
  dateOfDeath: string;

  @ApiProperty(SUBJECT)
  confirmedBy: string;

  @ApiProperty(INSTANT)
  confirmedAt: string;

  @ApiPropertyOptional({ type: DeathRetractionResponse })
  retraction?: DeathRetractionResponse;
}

export class IncomeBasisResponse {
  @ApiRupiah()
  declaredMonthlyIncome: number;

  @ApiRupiah({ description: 'What the income-based lines are computed on (RULES.md §1)' })
  basis: number;

  @ApiProperty()
  rule: string;
}

export class BenefitExclusionResponse {
  @ApiProperty()
  subject: string;

  @ApiProperty()
  code: string;

  @ApiProperty()
  reason: string;
}

export class BenefitAssessmentResponse {
  @ApiProperty({ example: 'PP-82-2019' })
  ruleSetId: string;

  @ApiProperty({ type: IncomeBasisResponse })
  incomeBasis: IncomeBasisResponse;

  @ApiProperty({ type: [BenefitLineResponse] })
  lines: BenefitLineResponse[];

  @ApiRupiah()
  total: number;

  @ApiProperty({ type: [BenefitExclusionResponse], description: 'Asked for and not payable, with the reason' })
  exclusions: BenefitExclusionResponse[];
}

export class NotPayableLineResponse {
  @ApiProperty({ type: BenefitLineResponse })
  line: BenefitLineResponse;

  @ApiProperty()
  reason: string;
}

export class AssessmentRecordResponse {
  @ApiProperty({ type: BenefitAssessmentResponse })
  result: BenefitAssessmentResponse;

  @ApiProperty({ type: [BenefitLineResponse], description: "The lines this claim's payee receives" })
  payable: BenefitLineResponse[];

  @ApiProperty({ type: [NotPayableLineResponse], description: 'Recorded, not paid (no heir: all but funeral costs)' })
  notPayable: NotPayableLineResponse[];

  @ApiRupiah()
  payableTotal: number;

  @ApiProperty(SUBJECT)
  assessedBy: string;

  @ApiPropertyOptional(DATE)
  scholarshipAssessmentDate?: string;
}

export class BankAccountResponse {
  @ApiProperty({ example: '002' })
  bankCode: string;

  @ApiProperty()
  accountNumber: string;

  @ApiProperty({ description: "The holder's name as the bank's inquiry returned it" })
  holderName: string;
}

export class AccountNameMatchResponse {
  @ApiProperty({ enum: ['match', 'needs-manual-confirmation'] })
  result: 'match' | 'needs-manual-confirmation';

  @ApiProperty()
  normalisedExpected: string;

  @ApiProperty()
  normalisedAccountHolder: string;
}

export class PayoutNameCheckResponse extends AccountNameMatchResponse {
  @ApiPropertyOptional(SUBJECT)
  confirmedBy?: string;
}

export class RefusalResponse {
  @ApiProperty()
  reason: string;

  @ApiProperty(INSTANT)
  at: string;
}

export class FacilityPayeeResponse {
  @ApiProperty({ example: 'facility:PLKK-7604-001' })
  id: string;

  @ApiProperty({ example: 'PLKK-7604-001' })
  facilityCode: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: BankAccountResponse, description: "The facility's account from the partner-facility register" })
  bankAccount: BankAccountResponse;
}

export class PayoutLineResponse {
  @ApiProperty()
  code: string;

  @ApiRupiah()
  amount: number;

  @ApiProperty()
  rule: string;

  @ApiProperty()
  idempotencyKey: string;

  @ApiPropertyOptional({ type: 'integer', description: 'Absent on the first transfer; 2, 3... when sent again' })
  attempt?: number;

  @ApiPropertyOptional({ type: RefusalResponse, description: 'The bank refused this transfer for good' })
  rejection?: RefusalResponse;

  @ApiPropertyOptional({
    type: FacilityPayeeResponse,
    description: "A partner facility's line: paid to the facility, not to the claim's payee",
  })
  facility?: FacilityPayeeResponse;
}

export class RefusedTransferResponse {
  @ApiProperty()
  code: string;

  @ApiRupiah()
  amount: number;

  @ApiProperty()
  idempotencyKey: string;

  @ApiProperty({ type: 'integer' })
  attempt: number;

  @ApiProperty()
  reason: string;

  @ApiProperty(INSTANT)
  at: string;
}

export class PayoutRecordResponse {
  @ApiProperty({ type: PersonResponse })
  payee: PersonResponse;

  @ApiPropertyOptional({
    type: BankAccountResponse,
    description: "The payee's account; absent when every line goes to partner facilities",
  })
  bankAccount?: BankAccountResponse;

  @ApiPropertyOptional({ type: PayoutNameCheckResponse })
  nameCheck?: PayoutNameCheckResponse;

  @ApiProperty({ type: [PayoutLineResponse] })
  lines: PayoutLineResponse[];

  @ApiRupiah()
  total: number;

  @ApiProperty(INSTANT)
  requestedAt: string;

  @ApiPropertyOptional({ type: [RefusedTransferResponse] })
  refusedTransfers?: RefusedTransferResponse[];
}

export class ProgrammeChangeResponse {
  @ApiProperty({ enum: PROGRAMMES })
  from: Programme;

  @ApiProperty({ enum: PROGRAMMES })
  to: Programme;

  @ApiProperty()
  reason: string;

  @ApiProperty(SUBJECT)
  by: string;

  @ApiProperty(INSTANT)
  at: string;
}

export class ReporterResponse {
  @ApiProperty({ description: 'Who brought the report to the office' })
  name: string;

  @ApiPropertyOptional()
  relationship?: string;

  @ApiPropertyOptional()
  phone?: string;
}

export class AccidentReportResponse {
  @ApiProperty({ enum: ['accident'] })
  kind: 'accident';

  @ApiProperty()
  place: string;

  @ApiProperty()
  cause: string;

  @ApiProperty({ type: ReporterResponse })
  reporter: ReporterResponse;

  @ApiPropertyOptional()
  policeReportNumber?: string;
}

export class DeathReportResponse {
  @ApiProperty({ enum: ['death'] })
  kind: 'death';

  @ApiProperty()
  causeOfDeath: string;

  @ApiProperty()
  deathCertificateNumber: string;

  @ApiPropertyOptional()
  placeOfDeath?: string;

  @ApiProperty({ type: ReporterResponse })
  reporter: ReporterResponse;
}

export class StageTwoDetailsResponse {
  @ApiPropertyOptional()
  doctorName?: string;

  @ApiPropertyOptional()
  healthFacility?: string;
}

export class ReceivedDocumentResponse {
  @ApiProperty({ enum: DOCUMENT_CODES })
  code: DocumentCode;

  @ApiPropertyOptional({ description: "The document's own number or the office's reference" })
  reference?: string;

  @ApiProperty(DATE)
  receivedOn: string;

  @ApiProperty(SUBJECT)
  recordedBy: string;

  @ApiProperty(INSTANT)
  recordedAt: string;
}

export class AccountConfirmationResponse extends DecisionResponse {}

export class PayoutAccountResponse extends BankAccountResponse {
  @ApiProperty({ type: PersonResponse, description: 'The payee the account was checked for' })
  payee: PersonResponse;

  @ApiProperty({ enum: ['enrolment', 'officer'] })
  source: 'enrolment' | 'officer';

  @ApiProperty(SUBJECT)
  setBy: string;

  @ApiProperty(INSTANT)
  setAt: string;

  @ApiProperty({ type: AccountNameMatchResponse })
  nameCheck: AccountNameMatchResponse;

  @ApiPropertyOptional({ enum: [true], description: 'Entered after approval: paid only once another officer confirms' })
  enteredAfterApproval?: true;

  @ApiPropertyOptional({ ...INSTANT, description: 'Changed in enrolment shortly before approval' })
  changedInEnrolmentAt?: string;

  @ApiPropertyOptional({ type: AccountConfirmationResponse })
  confirmation?: AccountConfirmationResponse;

  @ApiPropertyOptional({ type: RefusalResponse })
  refusedByBank?: RefusalResponse;
}

export class HeirInputsResponse {
  @ApiProperty({ type: [String] })
  deceasedMemberIds: string[];
}

@ApiExtraModels(AccidentReportResponse, DeathReportResponse)
export class DocumentScanResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: DOCUMENT_CODES })
  code: DocumentCode;

  @ApiProperty({ description: "The uploader's file name" })
  fileName: string;

  @ApiProperty({ enum: SCAN_CONTENT_TYPES, description: 'Judged from the content, not the name' })
  contentType: ScanContentType;

  @ApiProperty({ type: 'integer' })
  sizeBytes: number;

  @ApiProperty({ description: 'SHA-256 of the stored bytes, hex' })
  sha256: string;

  @ApiProperty(SUBJECT)
  uploadedBy: string;

  @ApiProperty(INSTANT)
  uploadedAt: string;
}

export class ClaimAssignmentResponse {
  @ApiProperty({ ...SUBJECT, description: 'The officer whose work queue holds the claim' })
  officerId: string;

  @ApiProperty(SUBJECT)
  by: string;

  @ApiProperty(INSTANT)
  at: string;
}

export class ClaimDetailsResponse {
  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(AccidentReportResponse) }, { $ref: getSchemaPath(DeathReportResponse) }],
  })
  report: AccidentReportResponse | DeathReportResponse;

  @ApiPropertyOptional({ type: StageTwoDetailsResponse })
  stageTwo?: StageTwoDetailsResponse;

  @ApiProperty({ type: [ReceivedDocumentResponse] })
  documentsReceived: ReceivedDocumentResponse[];

  @ApiPropertyOptional({ type: PayoutAccountResponse })
  payoutAccount?: PayoutAccountResponse;

  @ApiPropertyOptional({ type: HeirInputsResponse })
  heirInputs?: HeirInputsResponse;

  @ApiPropertyOptional({ type: [DocumentScanResponse] })
  documentScans?: DocumentScanResponse[];

  @ApiPropertyOptional({ type: ClaimAssignmentResponse })
  assignment?: ClaimAssignmentResponse;
}

export class ClaimStepResponse {
  @ApiProperty({ enum: CLAIM_ROLES })
  role: ClaimRole;

  @ApiProperty(SUBJECT)
  by: string;

  @ApiProperty(INSTANT)
  at: string;
}

export class ClaimFlagsResponse {
  @ApiProperty({ description: 'JKK: stage I came more than 2×24 h after the accident' })
  stageOneReportLate: boolean;

  @ApiProperty({ description: "JKK: stage II came more than 2×24 h after the doctor's declaration" })
  stageTwoReportLate: boolean;

  @ApiProperty({ description: 'JKK: reported more than 5 years after the accident' })
  claimExpired: boolean;

  @ApiPropertyOptional(DATE)
  workAccidentDecisionDueOn?: string;

  @ApiProperty()
  workAccidentDecisionOverdue: boolean;

  @ApiPropertyOptional(DATE)
  paymentDueOn?: string;

  @ApiProperty({ description: 'The payment deadline passed and the claim is not paid' })
  paymentOverdue: boolean;
}

/** A claim as the API shows it (claimResponse): the aggregate's state, the office's details, steps and version. */
export class ClaimResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '76.04' })
  tenant: string;

  @ApiProperty({ enum: PROGRAMMES })
  programme: Programme;

  @ApiProperty({ enum: CLAIM_STATUSES })
  status: ClaimStatus;

  @ApiProperty({ type: PersonResponse })
  worker: PersonResponse;

  @ApiProperty({ ...DATE, description: 'The accident (JKK) or the death (JKM)' })
  incidentDate: string;

  @ApiPropertyOptional(INSTANT)
  incidentAt?: string;

  @ApiProperty(INSTANT)
  reportedAt: string;

  @ApiPropertyOptional({ type: AccidentCircumstancesResponse })
  circumstances?: AccidentCircumstancesResponse;

  @ApiPropertyOptional({ type: RecordedOutcomeResponse })
  outcome?: RecordedOutcomeResponse;

  @ApiPropertyOptional(DATE)
  dateOfDeath?: string;

  @ApiPropertyOptional({ type: HeirsRecordResponse })
  heirs?: HeirsRecordResponse;

  @ApiPropertyOptional({ type: DocumentsRecordResponse })
  documents?: DocumentsRecordResponse;

  @ApiPropertyOptional(SUBJECT)
  verifiedBy?: string;

  @ApiPropertyOptional({ type: DeathConfirmationResponse })
  deathConfirmation?: DeathConfirmationResponse;

  @ApiPropertyOptional({ type: DecisionResponse })
  rejection?: DecisionResponse;

  @ApiPropertyOptional({ type: DecisionResponse, description: "A supervisor's override of the 5-year expiry" })
  expiryOverride?: DecisionResponse;

  @ApiPropertyOptional({ type: AssessmentRecordResponse })
  assessment?: AssessmentRecordResponse;

  @ApiPropertyOptional(SUBJECT)
  approvedBy?: string;

  @ApiPropertyOptional({ type: PayoutRecordResponse })
  payout?: PayoutRecordResponse;

  @ApiPropertyOptional(DATE)
  paidOn?: string;

  @ApiPropertyOptional({ type: PayoutLineResponse, description: 'Compensation for paying after the deadline' })
  lateCompensation?: PayoutLineResponse;

  @ApiPropertyOptional({ enum: ['paid', 'rejected'] })
  resolution?: 'paid' | 'rejected';

  @ApiProperty({ type: [ProgrammeChangeResponse] })
  programmeHistory: ProgrammeChangeResponse[];

  @ApiProperty({ type: ClaimDetailsResponse })
  details: ClaimDetailsResponse;

  @ApiProperty({ type: [ClaimStepResponse], description: 'Who did which step, oldest first (maker-checker)' })
  steps: ClaimStepResponse[];

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiNullable({ ...INSTANT, description: 'When the claim was first found unpaid after its deadline' })
  slaBreachedAt: string | null;

  @ApiNullable({ ...SUBJECT, description: "Whose work queue the claim is in (null: nobody's)" })
  assignedTo: string | null;

  @ApiPropertyOptional({ type: ClaimFlagsResponse, description: 'In lists and on GET /v1/claims/{id}' })
  flags?: ClaimFlagsResponse;
}

export class ApprovedClaimResponse extends ClaimResponse {
  @ApiNullable({ enum: [...PAYOUT_BLOCKERS, null], description: 'Why the payout waits, if it does' })
  payoutBlockedBy: PayoutBlocker | null;
}

export class IneligibilityReasonResponse {
  @ApiProperty({ example: 'MONTH_BILLED_UNPAID' })
  code: string;

  @ApiProperty()
  message: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'What the officer acts on: the invoice number, its due date, when billing is expected',
    example: { invoiceNumber: 'JRG-7604-202612-02', dueDate: '2026-12-15' },
  })
  details?: Record<string, string>;
}

export class EligibilityResponse {
  @ApiProperty()
  eligible: boolean;

  @ApiProperty({ type: [IneligibilityReasonResponse] })
  reasons: IneligibilityReasonResponse[];
}

export class BlockedByResponse {
  @ApiProperty({ enum: BLOCKERS })
  code: Blocker;

  @ApiProperty(INSTANT)
  since: string;

  @ApiProperty({ type: [String], description: 'The roles that can clear it' })
  clearedBy: string[];

  @ApiPropertyOptional({ ...SUBJECT, description: 'The officer who caused it, who may not clear it' })
  notActor?: string;

  @ApiProperty({ description: 'What to do' })
  action: string;
}

/** A claim in a list: every NIK in it masked. */
export class ClaimListItemResponse extends ClaimResponse {
  @ApiProperty({ type: EligibilityResponse, nullable: true, description: 'null when the worker left the projection' })
  eligibility: EligibilityResponse | null;

  @ApiProperty({
    type: BlockedByResponse,
    nullable: true,
    description: "null unless more than the next officer's step",
  })
  blockedBy: BlockedByResponse | null;

  @ApiPropertyOptional({ type: 'integer', description: 'GET /v1/claims/overdue: working days past the deadline' })
  daysOverdue?: number;
}

export class ClaimPageResponse {
  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: [ClaimListItemResponse] })
  items: ClaimListItemResponse[];
}

export class OverdueClaimsResponse extends ClaimPageResponse {
  @ApiProperty(DATE)
  asOf: string;
}

export class ClaimAuditRowResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty()
  action: string;

  @ApiProperty(SUBJECT)
  actorId: string;

  @ApiProperty({ type: [String] })
  actorRoles: readonly string[];

  @ApiProperty(INSTANT)
  at: string;

  @ApiNullable({ enum: [...CLAIM_STATUSES, null] })
  fromStatus: ClaimStatus | null;

  @ApiProperty({ enum: CLAIM_STATUSES })
  toStatus: ClaimStatus;

  @ApiNullable()
  reason: string | null;

  @ApiNullable()
  requestId: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'Changed fields before' })
  before: Record<string, unknown> | null;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'Changed fields after' })
  after: Record<string, unknown> | null;

  @ApiProperty({ description: 'SHA-256 chaining this row to the previous one' })
  hash: string;
}

export class PayoutResponse {
  @ApiProperty({ description: 'The transfer key: no retry or replay pays twice' })
  idempotencyKey: string;

  @ApiProperty({ enum: PAYOUT_PURPOSES })
  purpose: PayoutPurpose;

  @ApiProperty()
  componentCode: string;

  @ApiRupiah()
  amount: number;

  @ApiProperty()
  rule: string;

  @ApiProperty()
  payeeId: string;

  @ApiProperty()
  payeeName: string;

  @ApiProperty({ type: BankAccountResponse })
  bankAccount: BankAccountResponse;

  @ApiProperty({ enum: PAYOUT_STATUSES })
  status: PayoutStatus;

  @ApiProperty({ type: 'integer' })
  attempts: number;

  @ApiNullable(INSTANT)
  nextAttemptAt: string | null;

  @ApiNullable()
  lastError: string | null;

  @ApiNullable({ description: "The bank's reference once completed" })
  bankReference: string | null;

  @ApiNullable(INSTANT)
  completedAt: string | null;

  @ApiNullable()
  failureReason: string | null;
}

export class DocumentConditionsResponse {
  @ApiPropertyOptional({ enum: PROGRAMMES, isArray: true })
  programmes?: readonly Programme[];

  @ApiPropertyOptional({ enum: OUTCOME_TYPES, isArray: true })
  outcomes?: readonly OutcomeType[];

  @ApiPropertyOptional({ enum: ACCIDENT_CATEGORIES, isArray: true })
  categories?: readonly AccidentCategory[];

  @ApiPropertyOptional({ enum: [true] })
  trafficAccident?: true;

  @ApiPropertyOptional({ enum: REIMBURSEMENTS, isArray: true })
  reimbursements?: readonly Reimbursement[];

  @ApiPropertyOptional({ enum: ['worker', 'heir', 'funeral-arranger'], isArray: true })
  payeeKinds?: readonly ('worker' | 'heir' | 'funeral-arranger')[];

  @ApiPropertyOptional({ enum: [...RELATIONSHIPS, 'will-beneficiary'], isArray: true })
  heirRelationships?: readonly (Relationship | 'will-beneficiary')[];

  @ApiPropertyOptional({ enum: [true] })
  heirStatementBacked?: true;
}

/** One row of the documents checklist (RULES.md §6) and whether it is satisfied. */
export class ChecklistItemResponse {
  @ApiProperty({ example: 'jkk-membership' })
  id: string;

  @ApiProperty({ enum: DOCUMENT_CODES, isArray: true, description: 'Any one of them satisfies the row' })
  accepts: readonly DocumentCode[];

  @ApiProperty()
  description: string;

  @ApiProperty({ type: DocumentConditionsResponse, description: 'When the row applies' })
  when: DocumentConditionsResponse;

  @ApiProperty({ description: 'The regulation' })
  source: string;

  @ApiPropertyOptional({
    enum: [true],
    description: 'Needed once the heirs are recorded, if the payee is as described',
  })
  neededOnceHeirsKnown?: true;

  @ApiProperty()
  provided: boolean;

  @ApiProperty({ enum: DOCUMENT_CODES, isArray: true })
  satisfiedBy: DocumentCode[];
}

export class ClaimViewResponse extends ClaimListItemResponse {
  @ApiProperty({ type: [ChecklistItemResponse] })
  checklist: ChecklistItemResponse[];

  @ApiProperty({ type: [PayoutResponse] })
  payouts: PayoutResponse[];

  @ApiProperty({ type: [ClaimAuditRowResponse] })
  audit: ClaimAuditRowResponse[];
}

export class ScholarshipEvidenceResponse {
  @ApiProperty()
  schoolCertificateNumber: string;

  @ApiPropertyOptional()
  schoolName?: string;
}

export class ScholarshipPayoutResponse {
  @ApiProperty({ type: PersonResponse })
  payee: PersonResponse;

  @ApiProperty({ type: BankAccountResponse })
  bankAccount: BankAccountResponse;

  @ApiProperty()
  idempotencyKey: string;
}

export class ScholarshipYearResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  claimId: string;

  @ApiProperty()
  childId: string;

  @ApiProperty({ example: '2027/2028' })
  schoolYear: string;

  @ApiProperty({ enum: SCHOOL_LEVELS })
  level: SchoolLevel;

  @ApiProperty()
  code: string;

  @ApiRupiah()
  amount: number;

  @ApiProperty()
  rule: string;

  @ApiProperty({ type: ScholarshipEvidenceResponse })
  evidence: ScholarshipEvidenceResponse;

  @ApiProperty({ enum: SCHOLARSHIP_YEAR_STATUSES })
  status: ScholarshipYearStatus;

  @ApiProperty(SUBJECT)
  requestedBy: string;

  @ApiProperty(INSTANT)
  requestedAt: string;

  @ApiPropertyOptional(SUBJECT)
  approvedBy?: string;

  @ApiPropertyOptional(INSTANT)
  approvedAt?: string;

  @ApiPropertyOptional({ type: ScholarshipPayoutResponse })
  payout?: ScholarshipPayoutResponse;

  @ApiPropertyOptional(INSTANT)
  paidAt?: string;

  @ApiPropertyOptional({ type: RefusalResponse })
  refusal?: RefusalResponse;
}

export class BankNotificationResponse {
  @ApiProperty({ enum: ['settled', 'pending', 'unknown'] })
  outcome: 'settled' | 'pending' | 'unknown';
}

export class StateCountResponse {
  @ApiProperty({ enum: PROGRAMMES })
  programme: Programme;

  @ApiProperty({ enum: CLAIM_STATUSES })
  status: ClaimStatus;

  @ApiProperty({ type: 'integer' })
  count: number;
}

export class DeadlineStandingResponse {
  @ApiProperty({ enum: PROGRAMMES })
  programme: Programme;

  @ApiProperty({ type: 'integer' })
  openOnTime: number;

  @ApiProperty({ type: 'integer' })
  openOverdue: number;

  @ApiProperty({ type: 'integer' })
  paidOnTime: number;

  @ApiProperty({ type: 'integer' })
  paidLate: number;

  @ApiProperty({ type: 'integer', description: 'Working days from complete and eligible to paid (7 JKK, 3 JKM)' })
  paymentWorkingDays: number;

  @ApiProperty({ description: 'Where the deadline comes from' })
  rule: string;
}

export class PayoutMonthResponse {
  @ApiProperty({ example: '2026-12' })
  month: string;

  @ApiProperty({ type: 'integer' })
  payouts: number;

  @ApiRupiah()
  amount: number;
}

export class ClaimsDashboardResponse {
  @ApiProperty(DATE)
  asOf: string;

  @ApiProperty({ type: [StateCountResponse] })
  byState: StateCountResponse[];

  @ApiProperty({ type: [DeadlineStandingResponse] })
  deadlines: DeadlineStandingResponse[];

  @ApiProperty({ type: [PayoutMonthResponse], description: 'Benefits the bank confirmed, the last 12 months' })
  payoutsPerMonth: PayoutMonthResponse[];
}
