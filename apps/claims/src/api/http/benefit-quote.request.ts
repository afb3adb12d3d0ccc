import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import { IsLocalDate } from '@jaring/platform';

export const OUTCOME_TYPE_VALUES = [
  'death',
  'total-disability',
  'partial-disability',
  'temporary-disability',
  'recovered',
] as const;
export const SCHOOL_LEVEL_VALUES = ['TK', 'SD', 'SMP', 'SMA', 'PT'] as const;
export const TRANSPORT_MODE_VALUES = ['land', 'sea', 'air'] as const;

export class OutcomeDto {
  @ApiProperty({ enum: OUTCOME_TYPE_VALUES })
  @IsIn(OUTCOME_TYPE_VALUES)
  type: (typeof OUTCOME_TYPE_VALUES)[number];

  @ApiPropertyOptional({ description: 'Partial disability: the table percentage (35 for one eye)' })
  @IsOptional()
  @Min(0)
  @Max(100)
  tablePercent?: number;

  @ApiPropertyOptional({ description: 'Partial disability: table item codes lost (their percentages add up)' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  tableItems?: string[];

  @ApiPropertyOptional({ description: 'Functional partial disability: percentage of function lost' })
  @IsOptional()
  @Min(0)
  @Max(100)
  functionLossPercent?: number;

  @ApiPropertyOptional({ enum: ['right', 'left'] })
  @IsOptional()
  @IsIn(['right', 'left'])
  dominantHand?: 'right' | 'left';

  @ApiPropertyOptional({ description: 'Whole months of temporary inability to work (STMB)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  inabilityMonths?: number;

  @ApiPropertyOptional({ description: 'Days of inability beyond the whole months' })
  @IsOptional()
  @IsInt()
  @Min(0)
  inabilityDays?: number;

  @ApiPropertyOptional({ example: '2026-03-02' })
  @IsOptional()
  @IsLocalDate()
  inabilityStartDate?: string;
}

export class TransportDto {
  @ApiProperty({ enum: TRANSPORT_MODE_VALUES })
  @IsIn(TRANSPORT_MODE_VALUES)
  mode: (typeof TRANSPORT_MODE_VALUES)[number];

  @ApiProperty({ example: 6_500_000, description: 'Whole rupiah, as receipted' })
  @IsInt()
  @Min(0)
  amount: number;
}

export class ChildDto {
  @ApiProperty({ example: '2015-03-03' })
  @IsLocalDate()
  birthDate: string;

  @ApiProperty({ enum: SCHOOL_LEVEL_VALUES })
  @IsIn(SCHOOL_LEVEL_VALUES)
  schoolLevel: (typeof SCHOOL_LEVEL_VALUES)[number];

  @ApiProperty()
  @IsBoolean()
  married: boolean;

  @ApiProperty()
  @IsBoolean()
  working: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  yearsAlreadyPaidAtLevel?: number;
}

export class HomeCarePeriodDto {
  @ApiProperty({ example: '2026-03-10' })
  @IsLocalDate()
  from: string;

  @ApiProperty({ example: '2026-09-09' })
  @IsLocalDate()
  until: string;
}

/** Costs and dates both a quote and a claim's assessment take: receipts to reimburse, the school year. */
export class BenefitExtrasDto {
  @ApiPropertyOptional({ type: [TransportDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TransportDto)
  transport?: TransportDto[];

  @ApiPropertyOptional({ description: 'Home care costs, whole rupiah' })
  @IsOptional()
  @IsInt()
  @Min(0)
  homeCare?: number;

  @ApiPropertyOptional({
    type: HomeCarePeriodDto,
    description: 'The days of home care (required with homeCare; at most 1 year, RULES.md §2)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => HomeCarePeriodDto)
  homeCarePeriod?: HomeCarePeriodDto;

  @ApiPropertyOptional({
    description:
      'Receipts of care at a facility that is not a BPJS partner, whole rupiah: reimbursed to the worker in full (JKK_NON_PARTNER_CARE)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  nonPartnerCare?: number;

  @ApiPropertyOptional({ description: 'Glasses, whole rupiah' })
  @IsOptional()
  @IsInt()
  @Min(0)
  glasses?: number;

  @ApiPropertyOptional({ description: 'The school year claimed (children’s ages); default the incident date' })
  @IsOptional()
  @IsLocalDate()
  scholarshipAssessmentDate?: string;
}

/** POST /v1/benefits/quote: the request body; fields not needed for a case may be omitted. */
export class BenefitQuoteRequest extends BenefitExtrasDto {
  @ApiProperty({ enum: ['JKK', 'JKM'] })
  @IsIn(['JKK', 'JKM'])
  programme: 'JKK' | 'JKM';

  @ApiProperty({ example: '2026-03-02' })
  @IsLocalDate()
  incidentDate: string;

  @ApiProperty({ example: 1_000_000 })
  @IsInt()
  @Min(0)
  declaredMonthlyIncome: number;

  @ApiProperty({ example: 14 })
  @IsInt()
  @Min(0)
  contributionMonths: number;

  @ApiPropertyOptional({ type: OutcomeDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutcomeDto)
  outcome?: OutcomeDto;

  @ApiPropertyOptional({ type: [ChildDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ChildDto)
  children?: ChildDto[];

  @ApiPropertyOptional({ description: 'JKM short-membership policy: the day membership began' })
  @IsOptional()
  @IsLocalDate()
  membershipStartDate?: string;
}

export class LinePayeeResponse {
  @ApiProperty({ enum: ['partner-facility'] })
  kind: 'partner-facility';

  @ApiProperty({ example: 'PLKK-7604-001' })
  facilityCode: string;
}

export class BenefitLineResponse {
  @ApiPropertyOptional({ description: 'Scholarship lines: the child the year is for' })
  subject?: string;

  @ApiProperty({ example: 'JKK_DEATH_LUMP_SUM' })
  code: string;

  @ApiProperty({ example: 48_000_000 })
  amount: number;

  @ApiProperty({ example: 'PP 82/2019 Lampiran III: 60% x 80 x income' })
  rule: string;

  @ApiPropertyOptional({ type: LinePayeeResponse, description: "Absent: the claim's payee" })
  payee?: LinePayeeResponse;

  @ApiPropertyOptional({ type: [String], description: "The invoice references a partner facility's line pays" })
  invoiceReferences?: string[];
}

export class BenefitQuoteResponse {
  @ApiProperty({ example: 50_000_000 })
  declaredMonthlyIncome: number;

  @ApiProperty({
    example: 20_700_000,
    description:
      'The basis the income-based lines use: as billed, the bracket or the income within Rp1,000,000–20,700,000',
  })
  benefitBasis: number;

  @ApiProperty({ example: 'RULES.md §1, PP 44/2015 Lampiran II: declared income within the minimum …' })
  basisRule: string;

  @ApiProperty({ type: [BenefitLineResponse] })
  lines: BenefitLineResponse[];

  @ApiProperty({ example: 70_000_000 })
  total: number;
}
