import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate, ListLimit, ListOffset } from '@jaring/platform';
// The API speaks the statuses and programmes of the published contract.
import { CLAIM_PROGRAMMES, CLAIM_STATUSES } from '@jaring/contracts';
import {
  ACCIDENT_CATEGORIES,
  DEATH_DISPROOF_CODES,
  DOCUMENT_REQUIREMENTS,
  type AccidentCategory,
  type ClaimStatus,
  type DeathDisproofCode,
  type DocumentCode,
  type Reimbursement,
} from '../../domain';
import { BenefitExtrasDto, OutcomeDto, SCHOOL_LEVEL_VALUES } from './benefit-quote.request';

const NIK = /^\d{16}$/;
const DOCUMENT_CODES = [...new Set(DOCUMENT_REQUIREMENTS.flatMap((requirement) => requirement.accepts))];
const REIMBURSEMENTS: readonly Reimbursement[] = ['transport', 'non-partner-care', 'partner-facility-care', 'glasses'];

export class ReporterDto {
  @ApiProperty({ example: 'Siti Aminah', description: 'Who brought the report to the office' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'wife' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  relationship?: string;

  @ApiPropertyOptional({ example: '+6281234567890' })
  @IsOptional()
  @Matches(/^\+?[\d\s-]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;
}

export class CircumstancesDto {
  @ApiProperty({ enum: ACCIDENT_CATEGORIES })
  @IsIn(ACCIDENT_CATEGORIES)
  category: AccidentCategory;

  @ApiProperty({ description: 'A traffic accident needs a police report; Jasa Raharja pays first' })
  @IsBoolean()
  trafficAccident: boolean;

  @ApiPropertyOptional({ enum: ['jasa-raharja'] })
  @IsOptional()
  @IsIn(['jasa-raharja'])
  coPayer?: 'jasa-raharja';
}

/** The worker, by the id on the membership card or the NIK on the KTP (one is enough). */
class WorkerReferenceDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  workerId?: string;

  @ApiPropertyOptional({ example: '7604011203850001' })
  @IsOptional()
  @Matches(NIK, { message: 'nik must be 16 digits' })
  nik?: string;

  @ApiProperty({ type: ReporterDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ReporterDto)
  reporter: ReporterDto;
}

export class ReportAccidentRequest extends WorkerReferenceDto {
  @ApiProperty({ example: '2026-03-02' })
  @IsLocalDate()
  incidentDate: string;

  @ApiPropertyOptional({ example: '2026-03-02T01:30:00Z', description: 'The instant, when known' })
  @IsOptional()
  @IsISO8601({ strict: true })
  incidentAt?: string;

  @ApiProperty({ example: 'Jl. Poros Polewali–Majene km 12' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  place: string;

  @ApiProperty({ example: 'Ojek hit by a truck while carrying a passenger' })
  @IsString()
  @MinLength(1)
  @MaxLength(2_000)
  cause: string;

  @ApiProperty({ type: CircumstancesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CircumstancesDto)
  circumstances: CircumstancesDto;

  @ApiPropertyOptional({ example: 'LP/123/III/2026/Lantas' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  policeReportNumber?: string;
}

export class ReportDeathRequest extends WorkerReferenceDto {
  @ApiProperty({ example: '2026-03-02' })
  @IsLocalDate()
  dateOfDeath: string;

  @ApiProperty({ example: 'heart failure' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  causeOfDeath: string;

  @ApiProperty({ example: '7604-KM-03032026-0001' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  deathCertificateNumber: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  placeOfDeath?: string;
}

export class StageTwoRequest {
  @ApiProperty({ type: OutcomeDto })
  @IsObject()
  @ValidateNested()
  @Type(() => OutcomeDto)
  outcome: OutcomeDto;

  @ApiProperty({ example: '2026-04-20', description: 'The day the doctor declared the outcome' })
  @IsLocalDate()
  declaredOn: string;

  @ApiPropertyOptional({ description: 'Required when the outcome is death' })
  @IsOptional()
  @IsLocalDate()
  dateOfDeath?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  doctorName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  healthFacility?: string;
}

export class ReceivedDocumentDto {
  @ApiProperty({ enum: DOCUMENT_CODES })
  @IsIn(DOCUMENT_CODES)
  code: DocumentCode;

  @ApiPropertyOptional({ description: 'Number or archive reference of the document' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string;

  @ApiPropertyOptional({ description: 'Default today' })
  @IsOptional()
  @IsLocalDate()
  receivedOn?: string;
}

export class RecordDocumentsRequest {
  @ApiProperty({ type: [ReceivedDocumentDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReceivedDocumentDto)
  documents: ReceivedDocumentDto[];
}

export class CompleteDocumentsRequest {
  @ApiPropertyOptional({ enum: REIMBURSEMENTS, isArray: true, description: 'Costs to reimburse: each needs receipts' })
  @IsOptional()
  @IsIn(REIMBURSEMENTS, { each: true })
  reimbursementsClaimed?: Reimbursement[];
}

export class DocumentsQuery {
  @ApiPropertyOptional({ enum: REIMBURSEMENTS, isArray: true })
  @IsOptional()
  @IsIn(REIMBURSEMENTS, { each: true })
  @Type(() => String)
  reimbursements?: Reimbursement[];
}

export class OutsidePersonDto {
  @ApiProperty({ example: '7604015507800002' })
  @Matches(NIK, { message: 'nik must be 16 digits' })
  nik: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;
}

export class HeirConsentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  memberId: string;

  @ApiProperty({ example: '2026-03-05' })
  @IsLocalDate()
  consentedOn: string;
}

export class DetermineHeirsRequest {
  @ApiProperty({ type: [String], description: 'Family-member ids named in the heir statement' })
  @IsArray()
  @IsUUID('all', { each: true })
  heirStatementMemberIds: string[];

  @ApiPropertyOptional({ type: [String], description: 'Relatives on the family card who died before the worker' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  deceasedMemberIds?: string[];

  @ApiPropertyOptional({ type: OutsidePersonDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutsidePersonDto)
  willBeneficiary?: OutsidePersonDto;

  @ApiPropertyOptional({ type: OutsidePersonDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutsidePersonDto)
  funeralArranger?: OutsidePersonDto;

  @ApiProperty({ description: 'A family-member id, or the NIK of the will beneficiary or funeral arranger' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  payeeId: string;

  @ApiPropertyOptional({ type: [HeirConsentDto], description: 'Consent of every other heir of the payee’s class' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => HeirConsentDto)
  consents?: HeirConsentDto[];
}

export class HeirsPreviewQuery {
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsUUID('all', { each: true })
  deceasedMemberIds?: string[];
}

export class ReasonRequest {
  @ApiProperty({ example: 'The incident month was not paid' })
  @IsString()
  @MinLength(3)
  @MaxLength(2_000)
  reason: string;
}

export class RejectRequest extends ReasonRequest {
  @ApiPropertyOptional({
    description:
      'The death itself is disproved (e.g. a forged death certificate): the death this claim confirmed is retracted and enrolment restores the worker. Only on a claim whose death was confirmed and not yet retracted; leave it out for any other rejection (unpaid month, other programme)',
  })
  @IsOptional()
  @IsBoolean()
  deathDisproved?: boolean;

  @ApiPropertyOptional({ enum: DEATH_DISPROOF_CODES, description: 'Required with deathDisproved' })
  @IsOptional()
  @IsIn(DEATH_DISPROOF_CODES)
  disproofCode?: DeathDisproofCode;
}

export class ReclassifyRequest extends ReasonRequest {
  @ApiProperty({ enum: CLAIM_PROGRAMMES })
  @IsIn(CLAIM_PROGRAMMES)
  to: 'JKK' | 'JKM';

  @ApiPropertyOptional({ type: CircumstancesDto, description: 'To JKK: what happened' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CircumstancesDto)
  circumstances?: CircumstancesDto;

  @ApiPropertyOptional({ description: 'To JKK: the accident date (default the date of death)' })
  @IsOptional()
  @IsLocalDate()
  accidentDate?: string;
}

export class ScholarshipChildDto {
  @ApiProperty({ format: 'uuid', description: 'The child on the worker’s family card' })
  @IsUUID()
  memberId: string;

  @ApiProperty({ enum: SCHOOL_LEVEL_VALUES })
  @IsIn(SCHOOL_LEVEL_VALUES)
  schoolLevel: (typeof SCHOOL_LEVEL_VALUES)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  yearsAlreadyPaidAtLevel?: number;
}

export class PartnerCareInvoiceDto {
  @ApiProperty({ example: 'PLKK-7604-001', description: 'The facility’s code in the partner-facility register' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{2,31}$/, { message: 'facilityCode must be a code of the partner-facility register' })
  facilityCode: string;

  @ApiProperty({ example: 3_450_000, description: 'The invoice amount, whole rupiah: paid in full (no cap)' })
  @IsInt()
  @Min(0)
  amount: number;

  @ApiProperty({
    example: 'INV/RSUD-PM/2026/0113',
    description: 'The facility’s invoice number (the document paid on)',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  invoiceReference: string;
}

export class AssessClaimRequest extends BenefitExtrasDto {
  @ApiPropertyOptional({
    type: [PartnerCareInvoiceDto],
    description:
      'JKK care at registered partner facilities (RULES.md §2): each facility’s invoices make one JKK_PARTNER_FACILITY_CARE line paid to the facility’s registered account',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PartnerCareInvoiceDto)
  partnerCare?: PartnerCareInvoiceDto[];

  @ApiPropertyOptional({ type: [ScholarshipChildDto], description: 'In the family’s order; at most two are paid' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ScholarshipChildDto)
  children?: ScholarshipChildDto[];
}

export class PayoutAccountRequest {
  @ApiProperty({ example: '002', description: 'The bank’s code' })
  @Matches(/^\d{3}$/, { message: 'bankCode must be 3 digits' })
  bankCode: string;

  @ApiProperty({ example: '123401000123507' })
  @Matches(/^\d{6,20}$/, { message: 'accountNumber must be 6-20 digits' })
  accountNumber: string;

  @ApiProperty({ description: 'As printed in the savings account book' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  holderName: string;
}

export class ClaimListQuery {
  @ApiPropertyOptional({ enum: CLAIM_STATUSES })
  @IsOptional()
  @IsIn(CLAIM_STATUSES)
  status?: ClaimStatus;

  @ApiPropertyOptional({ enum: CLAIM_PROGRAMMES })
  @IsOptional()
  @IsIn(CLAIM_PROGRAMMES)
  programme?: 'JKK' | 'JKM';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  workerId?: string;

  @IsOptional()
  @ListLimit(500, 50)
  limit: number = 50;

  @IsOptional()
  @ListOffset()
  offset: number = 0;
}

export class BankNotificationRequest {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  idempotencyKey: string;

  @ApiPropertyOptional({ description: 'What the bank says happened; not trusted, the bank is asked by key' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  status?: string;
}

export class ScholarshipEvidenceDto {
  @ApiProperty({ description: 'The school’s (or university’s) certificate that the child is enrolled for the year' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  schoolCertificateNumber: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  schoolName?: string;
}

export class ScholarshipYearRequest {
  @ApiProperty({ format: 'uuid', description: 'The child on the worker’s family card (family projection)' })
  @IsUUID()
  childMemberId: string;

  @ApiProperty({ example: '2027/2028', description: 'School years run from July to June' })
  @Matches(/^\d{4}\/\d{4}$/, { message: 'schoolYear must look like 2027/2028' })
  schoolYear: string;

  @ApiProperty({ enum: SCHOOL_LEVEL_VALUES })
  @IsIn(SCHOOL_LEVEL_VALUES)
  level: (typeof SCHOOL_LEVEL_VALUES)[number];

  @ApiProperty({ type: ScholarshipEvidenceDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ScholarshipEvidenceDto)
  evidence: ScholarshipEvidenceDto;
}

/** The officer's search: the worklist filters plus the worker's NIK or name, or the claim number. */
export class ClaimSearchQuery extends ClaimListQuery {
  @ApiPropertyOptional({ example: '7604011203850001', description: "The worker's NIK (from the KTP)" })
  @IsOptional()
  @Matches(NIK, { message: 'nik must be 16 digits' })
  nik?: string;

  @ApiPropertyOptional({ example: 'yusuf', description: "Part of the worker's name, any case" })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(100)
  workerName?: string;

  @ApiPropertyOptional({
    example: '3f9c2a71',
    description: 'The claim number: its id, or the first 8 or more characters of it (as on bank references)',
  })
  @IsOptional()
  @Matches(/^[0-9a-f-]{8,36}$/i, { message: 'claimNumber must be the claim id or its first 8 or more characters' })
  claimNumber?: string;

  @ApiPropertyOptional({
    example: 'me',
    description: "Whose work queue: 'me' (the caller), 'none' (unassigned claims) or an officer's id (token subject)",
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  assignedTo?: string;
}

export class AssignClaimRequest {
  @ApiPropertyOptional({
    example: 'officer-budi',
    description: "The officer (token subject) whose queue the claim goes to; the caller's own when omitted",
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  officerId?: string;
}
