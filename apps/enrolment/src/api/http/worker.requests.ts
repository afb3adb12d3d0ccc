import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ListLimit, ListPage } from '@jaring/platform';
import { FAMILY_RELATIONSHIPS, OCCUPATIONS, WORKER_STATUSES } from '../../domain';

const MAX_PAGE_SIZE = 200;

/*
 * Request shapes only: types and presence. The business rules (NIK structure and agreement with
 * birth date and sex, desa of the tenant, minimum income...) are the domain's, which answers 400
 * naming each field and reason in one response.
 */

export class FamilyCardRequest {
  @ApiProperty({ example: '7604010101200001', description: 'The 16-digit KK number' })
  @IsString()
  number: string;

  @ApiProperty({
    example: '2020-01-01',
    description: 'Since when the worker is on this KK (its issue date if unknown)',
  })
  @IsString()
  since: string;
}

export class PayoutAccountRequest {
  @ApiProperty({ example: '002', description: "Bank Indonesia's 3-digit bank code (002 BRI, 009 BNI, 008 Mandiri)" })
  @IsString()
  bankCode: string;

  @ApiProperty({ example: '123456789012' })
  @IsString()
  accountNumber: string;

  @ApiProperty({ example: 'Ahmad Contoh', description: "Must be the worker's own name (benefits are paid only to it)" })
  @IsString()
  holderName: string;
}

export class PriorMembershipRequest {
  @ApiProperty({ example: '2021-04-01', description: 'When the BPJS Ketenagakerjaan membership began (before Jaring)' })
  @IsString()
  bpjsMembershipStart: string;

  @ApiProperty({ example: 30, description: 'Whole months of contributions paid before enrolment here' })
  @IsInt()
  monthsPaid: number;

  @ApiProperty({ example: 'Kartu peserta BPJS TK 21012345678', description: 'The document that proves it' })
  @IsString()
  proofDocument: string;
}

export class RegisterWorkerRequest {
  @ApiProperty({ example: '76.04', description: "The sponsor's regency code (tenant)" })
  @Matches(/^\d{2}\.\d{2}$/, { message: 'tenant must be a regency code such as 76.04' })
  tenant: string;

  @ApiProperty({
    example: '7604011205900001',
    description: '16 digits; must agree with birth date and sex (women: day + 40)',
  })
  @IsString()
  nik: string;

  @ApiProperty({ example: 'Ahmad Contoh', description: 'As written on the KTP' })
  @IsString()
  fullName: string;

  @ApiProperty({ example: '1990-05-12' })
  @IsString()
  birthDate: string;

  @ApiProperty({ enum: ['M', 'F'] })
  @IsString()
  sex: string;

  @ApiProperty({ example: 'Dusun Contoh RT 001 RW 002', description: 'Street, RT/RW, dusun: below the desa' })
  @IsString()
  addressLine: string;

  @ApiProperty({
    example: '76.04.01.2002',
    description: 'Desa/kelurahan of domicile (from the KK address), in the tenant',
  })
  @IsString()
  desaCode: string;

  @ApiProperty({ enum: OCCUPATIONS })
  @IsString()
  occupation: string;

  @ApiPropertyOptional({ example: '0812-3456-7890' })
  @IsOptional()
  @IsString()
  phone?: string;

  @ApiPropertyOptional({ type: FamilyCardRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => FamilyCardRequest)
  kk?: FamilyCardRequest;

  @ApiPropertyOptional({ type: PayoutAccountRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => PayoutAccountRequest)
  payoutAccount?: PayoutAccountRequest;

  @ApiPropertyOptional({ example: 1_000_000, description: "Whole rupiah per month; defaults to the sponsor's basis" })
  @IsOptional()
  @IsInt()
  declaredMonthlyIncome?: number;

  @ApiPropertyOptional({
    example: '2026-03-01',
    description:
      'Defaults to today. A date before the current month (less ENROLMENT_BACKDATING_GRACE_MONTHS) is refused with ENROLMENT_DATE_BACKDATED: an enrolment supervisor approves it through POST /v1/backdated-enrolments',
  })
  @IsOptional()
  @IsString()
  enrolmentDate?: string;

  @ApiPropertyOptional({
    type: PriorMembershipRequest,
    description:
      "The worker's BPJS Ketenagakerjaan membership before Jaring: counted for the JKM scholarship's 36 months and the short-membership policy (RULES.md §3–4)",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PriorMembershipRequest)
  priorMembership?: PriorMembershipRequest;
}

/**
 * Any subset of the registration's details (the same rules); phone, kk or payoutAccount given as
 * empty removes them. The tenant, the NIK and the enrolment date never change.
 */
export class UpdateWorkerRequest extends PartialType(
  OmitType(RegisterWorkerRequest, ['tenant', 'nik', 'enrolmentDate', 'priorMembership'] as const),
) {}

export class SearchWorkersQuery {
  @ApiPropertyOptional({ description: 'Exact NIK (16 digits)' })
  @IsOptional()
  @Matches(/^\d{16}$/, { message: 'nik must be exactly 16 digits' })
  nik?: string;

  @ApiPropertyOptional({ description: 'Case-insensitive prefix of the full name' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ example: '76.04.01.2002' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { message: 'desaCode must be a desa/kelurahan code like 76.04.01.2002' })
  desaCode?: string;

  @ApiPropertyOptional({ enum: WORKER_STATUSES })
  @IsOptional()
  @IsIn(WORKER_STATUSES)
  status?: (typeof WORKER_STATUSES)[number];

  @ApiPropertyOptional({ example: '76.04' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: 'tenant must be a regency code such as 76.04' })
  tenant?: string;

  @ApiPropertyOptional({ description: 'true: only workers flagged as probable duplicates (the review queue)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  flagged?: boolean;

  @IsOptional()
  @ListPage(MAX_PAGE_SIZE)
  page: number = 1;

  @IsOptional()
  @ListLimit(MAX_PAGE_SIZE, 50)
  pageSize: number = 50;
}

export class StatusChangeRequest {
  @ApiProperty({ example: 'moved out of the regency', description: 'Why: kept in the status history and the event' })
  @IsString()
  @Length(3, 500)
  reason: string;

  @ApiPropertyOptional({ example: '2026-03-01', description: 'When the new status takes effect; defaults to today' })
  @IsOptional()
  @IsString()
  effectiveDate?: string;
}

export class FamilyMemberRequest {
  @ApiProperty({ enum: FAMILY_RELATIONSHIPS })
  @IsString()
  relationship: string;

  @ApiProperty({ example: '7604014403150002' })
  @IsString()
  nik: string;

  @ApiProperty({ example: 'Siti Contoh' })
  @IsString()
  @MaxLength(120)
  fullName: string;

  @ApiProperty({ example: '2015-03-04' })
  @IsString()
  birthDate: string;

  @ApiProperty({ enum: ['M', 'F'] })
  @IsString()
  sex: string;

  @ApiPropertyOptional({
    description: 'Children only (required for them): scholarships and heirship need an unmarried child',
  })
  @IsOptional()
  @IsBoolean()
  married?: boolean;

  @ApiPropertyOptional({
    description: 'Children only (required for them): scholarships need a child who is not working',
  })
  @IsOptional()
  @IsBoolean()
  working?: boolean;
}

export class UpdateFamilyMemberRequest {
  @ApiPropertyOptional({ enum: FAMILY_RELATIONSHIPS })
  @IsOptional()
  @IsString()
  relationship?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  nik?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(120)
  fullName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  birthDate?: string;

  @ApiPropertyOptional({ enum: ['M', 'F'] })
  @IsOptional()
  @IsString()
  sex?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  married?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  working?: boolean;
}
