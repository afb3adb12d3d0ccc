import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { ListLimit, ListOffset } from '@jaring/platform';
import type { ImportJob, ImportJobStatus } from '../../application/ports/import-job.repository';

export class StartImportRequest {
  @ApiProperty({ example: '76.04', description: "The sponsor's regency code" })
  @Matches(/^\d{2}\.\d{2}$/, { message: 'tenant must be a regency code such as 76.04' })
  tenant: string;

  @ApiPropertyOptional({ example: '2025-10-06', description: 'Enrolment date for rows whose enrolment_date is empty' })
  @IsOptional()
  @IsString()
  defaultEnrolmentDate?: string;

  @ApiPropertyOptional({
    description:
      'Enrolment supervisors only: why rows dated before the enrolment window are accepted (audited); without it they are rejected',
  })
  @IsOptional()
  @IsString()
  backdatingReason?: string;
}

export class TemplateQuery {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format: 'csv' | 'xlsx' = 'csv';
}

export class ImportListQuery {
  @ApiPropertyOptional({ enum: ['queued', 'running', 'completed', 'failed'] })
  @IsOptional()
  @IsIn(['queued', 'running', 'completed', 'failed'])
  status?: ImportJobStatus;

  @ApiPropertyOptional({ example: '76.04' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: 'tenant must be a regency code such as 76.04' })
  tenant?: string;

  @IsOptional()
  @ListLimit(100, 20)
  limit: number = 20;

  @IsOptional()
  @ListOffset()
  offset: number = 0;
}

export class ImportWarningResponse {
  @ApiProperty()
  column: string;

  @ApiProperty()
  code: string;

  @ApiProperty()
  message: string;
}

export class ImportJobResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] })
  status: string;

  @ApiProperty()
  tenant: string;

  @ApiProperty({ enum: ['csv', 'xlsx'] })
  format: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Data rows in the file; null until counted' })
  total: number | null;

  @ApiProperty({ description: 'Rows whose outcome is stored (accepted or rejected)' })
  processed: number;

  @ApiProperty()
  accepted: number;

  @ApiProperty()
  rejected: number;

  @ApiProperty({ description: 'Accepted rows flagged as probable duplicates, for review' })
  flagged: number;

  @ApiProperty({ type: [ImportWarningResponse], description: 'Header problems that did not stop the import' })
  warnings: ImportWarningResponse[];

  @ApiPropertyOptional()
  failureReason?: string;

  @ApiPropertyOptional({
    description: 'Set when an enrolment supervisor uploaded the file approving rows dated before the enrolment window',
  })
  backdatingApproval?: { approvedBy: string; reason: string };

  @ApiProperty()
  createdAt: string;

  @ApiPropertyOptional()
  startedAt?: string;

  @ApiPropertyOptional()
  finishedAt?: string;

  @ApiProperty({ example: '/v1/imports/6f1c.../errors.csv' })
  errorReport: string;

  @ApiPropertyOptional({ description: 'True when this exact file was uploaded before: the earlier job is returned' })
  duplicateUpload?: boolean;
}

export class ImportJobPageResponse {
  @ApiProperty({ type: 'integer', description: 'Jobs matching the filters' })
  total: number;

  @ApiProperty({ type: [ImportJobResponse] })
  items: ImportJobResponse[];
}

export function importJobResponse(job: ImportJob): ImportJobResponse {
  return {
    id: job.id,
    status: job.status,
    tenant: job.tenant,
    format: job.fileFormat,
    total: job.totalRows,
    processed: job.processedRows,
    accepted: job.acceptedRows,
    rejected: job.rejectedRows,
    flagged: job.flaggedRows,
    warnings: job.warnings.map(({ column, code, message }) => ({ column, code, message })),
    ...(job.failureReason === undefined ? {} : { failureReason: job.failureReason }),
    ...(job.backdatingReason === undefined
      ? {}
      : { backdatingApproval: { approvedBy: job.createdBy, reason: job.backdatingReason } }),
    createdAt: job.createdAt,
    ...(job.startedAt === undefined ? {} : { startedAt: job.startedAt }),
    ...(job.finishedAt === undefined ? {} : { finishedAt: job.finishedAt }),
    errorReport: `/v1/imports/${job.id}/errors.csv`,
  };
}
