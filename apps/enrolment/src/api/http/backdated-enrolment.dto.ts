import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { ListLimit, ListOffset } from '@jaring/platform';
import type {
  BackdatedEnrolment,
  BackdatedEnrolmentStatus,
} from '../../application/ports/backdated-enrolment.repository';
import { RegisterWorkerRequest } from './worker.requests';

const STATUSES: readonly BackdatedEnrolmentStatus[] = ['pending-backdating-approval', 'approved', 'refused'];

export class RequestBackdatedEnrolmentRequest extends RegisterWorkerRequest {
  @ApiProperty({
    example: 'Daftar Pemkab diserahkan terlambat; pekerja sudah terdaftar di kelurahan sejak Agustus',
    description: 'Why the worker is enrolled from a date before the enrolment window (1–500 characters)',
  })
  @IsString()
  reason: string;
}

export class BackdatingDecisionRequest {
  @ApiProperty({ description: "The enrolment supervisor's reason (1–500 characters), kept in the audit log" })
  @IsString()
  reason: string;
}

export class BackdatedEnrolmentListQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: BackdatedEnrolmentStatus;

  @IsOptional()
  @ListLimit(100, 20)
  limit: number = 20;

  @IsOptional()
  @ListOffset()
  offset: number = 0;
}

export class BackdatingDecisionResponse {
  @ApiProperty({ description: "The enrolment supervisor's token subject" })
  by: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty()
  reason: string;
}

export class BackdatedEnrolmentResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '76.04' })
  tenant: string;

  @ApiProperty({ enum: STATUSES })
  status: BackdatedEnrolmentStatus;

  @ApiProperty({ format: 'date', example: '2026-10-01' })
  enrolmentDate: string;

  @ApiProperty()
  fullName: string;

  @ApiProperty({ description: "The asking officer's reason" })
  reason: string;

  @ApiProperty({ description: "The asking officer's token subject" })
  requestedBy: string;

  @ApiProperty({ format: 'date-time' })
  requestedAt: string;

  @ApiPropertyOptional({ type: BackdatingDecisionResponse })
  decision?: BackdatingDecisionResponse;

  @ApiPropertyOptional({ format: 'uuid', description: 'The worker enrolled on approval' })
  workerId?: string;
}

export class BackdatedEnrolmentPageResponse {
  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: [BackdatedEnrolmentResponse] })
  items: BackdatedEnrolmentResponse[];
}

/** What officers see of a request: no NIK (the worker's record holds it once enrolled). */
export function backdatedEnrolmentResponse(request: BackdatedEnrolment): BackdatedEnrolmentResponse {
  return {
    id: request.id,
    tenant: request.tenant,
    status: request.status,
    enrolmentDate: request.enrolmentDate,
    fullName: request.registration.fullName,
    reason: request.requestReason,
    requestedBy: request.requestedBy,
    requestedAt: request.requestedAt,
    ...(request.decision === undefined ? {} : { decision: request.decision }),
    ...(request.workerId === undefined ? {} : { workerId: request.workerId }),
  };
}
