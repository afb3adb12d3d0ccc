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

/** What officers see of a request; the registration's NIK is masked (the worker's record holds it). */
export function backdatedEnrolmentResponse(request: BackdatedEnrolment) {
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
