import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayNotEmpty, IsArray, IsInt, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { FUNDING_SOURCES, PROGRAMMES, type Sponsor } from '../../domain';

export class AgreementRequest {
  @ApiProperty({
    example: '100/PKS/2025',
    description: 'Number of the cooperation agreement (PKS) with BPJS Ketenagakerjaan',
  })
  @IsString()
  pksNumber: string;

  @ApiProperty({ example: '2025-05-16' })
  @IsString()
  signingDate: string;

  @ApiProperty({ example: '2025-10-06', description: 'No worker is covered before this date' })
  @IsString()
  coverageStartDate: string;
}

export class CreateSponsorRequest {
  @ApiProperty({ example: 'Pemerintah Kabupaten Majene' })
  @IsString()
  name: string;

  @ApiProperty({ example: '76.05', description: 'Kemendagri regency code: the tenant of its workers and events' })
  @IsString()
  tenant: string;

  @ApiPropertyOptional({ enum: FUNDING_SOURCES, default: 'APBD' })
  @IsOptional()
  @IsString()
  fundingSource?: string;

  @ApiProperty({ type: AgreementRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => AgreementRequest)
  agreement: AgreementRequest;

  @ApiProperty({ enum: PROGRAMMES, isArray: true, example: ['JKK', 'JKM'] })
  @IsArray()
  @ArrayNotEmpty()
  @IsString({ each: true })
  programmes: string[];

  @ApiPropertyOptional({
    example: 1_000_000,
    description: 'Declared monthly income used when a list gives none; defaults to the legal minimum',
  })
  @IsOptional()
  @IsInt()
  declaredIncomeBasis?: number;
}

export class SponsorResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ example: '76.04' })
  tenant: string;

  @ApiProperty({ enum: FUNDING_SOURCES })
  fundingSource: string;

  @ApiProperty({ type: AgreementRequest })
  agreement: AgreementRequest;

  @ApiProperty({ enum: PROGRAMMES, isArray: true })
  programmes: string[];

  @ApiProperty({ example: 1_000_000 })
  declaredIncomeBasis: number;
}

export function sponsorResponse(sponsor: Sponsor): SponsorResponse {
  return {
    id: sponsor.id,
    name: sponsor.name,
    tenant: sponsor.tenant,
    fundingSource: sponsor.fundingSource,
    agreement: { ...sponsor.agreement },
    programmes: [...sponsor.programmes],
    declaredIncomeBasis: sponsor.declaredIncomeBasis,
  };
}
