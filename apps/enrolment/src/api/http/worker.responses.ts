import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { IncomeBasis } from '@jaring/income-basis';
import type { Page, WorkerSummary } from '../../application/ports/worker.repository';
import {
  FAMILY_RELATIONSHIPS,
  maskNik,
  OCCUPATIONS,
  WORKER_STATUSES,
  type RegionDirectory,
  type WorkerSnapshot,
} from '../../domain';
import { FamilyCardRequest, PayoutAccountRequest, PriorMembershipRequest } from './worker.requests';

export class RegisteredWorkerResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: WORKER_STATUSES, description: 'active when coverage has started, else pending until it does' })
  status: string;

  @ApiProperty({ example: '2025-10-06', description: 'The later of the PKS coverage start and the enrolment date' })
  coverageStartDate: string;

  @ApiProperty({ description: 'Another worker shares normalised name, birth date and desa: an officer must review' })
  flaggedAsProbableDuplicate: boolean;

  @ApiProperty({ type: [String], format: 'uuid' })
  probableDuplicateOf: string[];

  @ApiProperty({ example: 50_000_000 })
  declaredMonthlyIncome: number;

  @ApiProperty({
    example: 20_700_000,
    description: 'What the declared income is billed and assessed at this month (RULES.md §1)',
  })
  contributionBasis: number;
}

export class WorkerSummaryResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '76.04' })
  tenant: string;

  @ApiProperty({
    example: '7604********0001',
    description: 'Masked in lists: the full NIK only on GET /v1/workers/:id',
  })
  nik: string;

  @ApiProperty()
  fullName: string;

  @ApiProperty({ enum: ['M', 'F'] })
  sex: string;

  @ApiProperty({ example: '76.04.01.2002' })
  desaCode: string;

  @ApiProperty({ enum: OCCUPATIONS })
  occupation: string;

  @ApiProperty({ enum: WORKER_STATUSES })
  status: string;

  @ApiProperty()
  coverageStartDate: string;

  @ApiProperty()
  flaggedAsProbableDuplicate: boolean;
}

export class WorkerPageResponse {
  @ApiProperty({ type: [WorkerSummaryResponse] })
  items: WorkerSummaryResponse[];

  @ApiProperty({ description: 'Workers matching the filters' })
  total: number;

  @ApiProperty()
  page: number;

  @ApiProperty()
  pageSize: number;
}

export class FamilyMemberResponse {
  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty({ enum: FAMILY_RELATIONSHIPS })
  relationship: string;

  @ApiProperty()
  nik: string;

  @ApiProperty()
  fullName: string;

  @ApiProperty()
  birthDate: string;

  @ApiProperty({ enum: ['M', 'F'] })
  sex: string;

  @ApiPropertyOptional()
  married?: boolean;

  @ApiPropertyOptional()
  working?: boolean;
}

export class StatusHistoryResponse {
  @ApiPropertyOptional({ enum: WORKER_STATUSES, nullable: true, description: 'null for the enrolment itself' })
  from: string | null;

  @ApiProperty({ enum: WORKER_STATUSES })
  to: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ description: "The officer's subject id, or system:billing / system:claims / system:enrolment" })
  actor: string;

  @ApiProperty({ description: 'When it was recorded (UTC)' })
  at: string;

  @ApiProperty({ description: 'The day the status took effect' })
  effectiveDate: string;
}

export class WorkerDetailsResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  sponsorId: string;

  @ApiProperty()
  tenant: string;

  @ApiProperty({ description: 'The full NIK (this single-worker view only)' })
  nik: string;

  @ApiProperty()
  fullName: string;

  @ApiProperty()
  birthDate: string;

  @ApiProperty({ enum: ['M', 'F'] })
  sex: string;

  @ApiProperty()
  addressLine: string;

  @ApiProperty()
  desaCode: string;

  @ApiPropertyOptional({ example: 'Karama' })
  desaName?: string;

  @ApiProperty({ enum: OCCUPATIONS })
  occupation: string;

  @ApiPropertyOptional({ example: '+6281234567890' })
  phone?: string;

  @ApiPropertyOptional({ type: FamilyCardRequest })
  kk?: FamilyCardRequest;

  @ApiPropertyOptional({ type: PayoutAccountRequest })
  payoutAccount?: PayoutAccountRequest;

  @ApiProperty()
  declaredMonthlyIncome: number;

  @ApiProperty({
    example: 1_000_000,
    description:
      'What the declared income is billed and assessed at this month (RULES.md §1): its bracket, or the income within Rp1,000,000–20,700,000',
  })
  contributionBasis: number;

  @ApiProperty()
  enrolmentDate: string;

  @ApiPropertyOptional({ type: PriorMembershipRequest })
  priorMembership?: PriorMembershipRequest;

  @ApiProperty()
  coverageStartDate: string;

  @ApiProperty({ enum: WORKER_STATUSES })
  status: string;

  @ApiProperty()
  flaggedAsProbableDuplicate: boolean;

  @ApiProperty({ type: [String] })
  probableDuplicateOf: string[];

  @ApiProperty({ type: [FamilyMemberResponse] })
  family: FamilyMemberResponse[];

  @ApiProperty({ type: [StatusHistoryResponse] })
  statusHistory: StatusHistoryResponse[];
}

export function registeredResponse(worker: WorkerSnapshot, basis: IncomeBasis): RegisteredWorkerResponse {
  return {
    id: worker.workerId,
    status: worker.status,
    coverageStartDate: worker.coverageStartDate,
    flaggedAsProbableDuplicate: worker.probableDuplicateOf.length > 0,
    probableDuplicateOf: [...worker.probableDuplicateOf],
    declaredMonthlyIncome: worker.declaredMonthlyIncome,
    contributionBasis: basis.basis,
  };
}

export function pageResponse(page: Page<WorkerSummary>): WorkerPageResponse {
  return {
    items: page.items.map((worker) => ({
      id: worker.id,
      tenant: worker.tenant,
      nik: maskNik(worker.nik),
      fullName: worker.fullName,
      sex: worker.sex,
      desaCode: worker.desaCode,
      occupation: worker.occupation,
      status: worker.status,
      coverageStartDate: worker.coverageStartDate,
      flaggedAsProbableDuplicate: worker.flaggedAsProbableDuplicate,
    })),
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
  };
}

/** Only the last four characters of an account or card number, as on a bank statement. */
function maskTail(value: string): string {
  return `${'*'.repeat(Math.max(0, value.length - 4))}${value.slice(-4)}`;
}

/**
 * One worker. `personalData` false (a role whose work does not need them) masks the NIKs of the
 * worker and family, the family card and the bank account number.
 */
export function detailsResponse(
  worker: WorkerSnapshot,
  regions: RegionDirectory,
  personalData: boolean,
  basis: IncomeBasis,
): WorkerDetailsResponse {
  const village = regions.findVillage(worker.tenant, worker.desaCode);
  const nik = personalData ? (value: string) => value : maskNik;
  const number = personalData ? (value: string) => value : maskTail;
  return {
    id: worker.workerId,
    sponsorId: worker.sponsorId,
    tenant: worker.tenant,
    nik: nik(worker.nik),
    fullName: worker.fullName,
    birthDate: worker.birthDate,
    sex: worker.sex,
    addressLine: worker.addressLine,
    desaCode: worker.desaCode,
    ...(village ? { desaName: village.name } : {}),
    occupation: worker.occupation,
    ...(worker.phone === undefined ? {} : { phone: worker.phone }),
    ...(worker.kk === undefined ? {} : { kk: { ...worker.kk, number: number(worker.kk.number) } }),
    ...(worker.payoutAccount === undefined
      ? {}
      : { payoutAccount: { ...worker.payoutAccount, accountNumber: number(worker.payoutAccount.accountNumber) } }),
    declaredMonthlyIncome: worker.declaredMonthlyIncome,
    contributionBasis: basis.basis,
    enrolmentDate: worker.enrolmentDate,
    ...(worker.priorMembership ? { priorMembership: { ...worker.priorMembership } } : {}),
    coverageStartDate: worker.coverageStartDate,
    status: worker.status,
    flaggedAsProbableDuplicate: worker.probableDuplicateOf.length > 0,
    probableDuplicateOf: [...worker.probableDuplicateOf],
    family: worker.family.map((member) => ({ ...member, nik: nik(member.nik) })),
    statusHistory: worker.history.map((entry) => ({ ...entry })),
  };
}
