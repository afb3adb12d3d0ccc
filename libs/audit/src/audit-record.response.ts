import { ApiProperty } from '@nestjs/swagger';

export class AuditActorResponse {
  @ApiProperty({ description: "The token's subject" })
  subject: string;

  @ApiProperty({ type: [String] })
  roles: string[];
}

/** One entry of a service's hash-chained audit log, as the API shows it (auditRecordResponse). */
export class AuditRecordResponse {
  @ApiProperty({ type: 'integer', description: 'Position in the service-wide chain' })
  seq: number;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ type: AuditActorResponse })
  actor: AuditActorResponse;

  @ApiProperty({ example: 'reverse-payment' })
  action: string;

  @ApiProperty({ type: String, nullable: true })
  fromStatus: string | null;

  @ApiProperty({ type: String, nullable: true })
  toStatus: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The changed fields before the change (their shapes are those of the entity)',
  })
  before: Record<string, unknown> | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The changed fields after it',
  })
  after: Record<string, unknown> | null;

  @ApiProperty({ type: String, nullable: true })
  requestId: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiProperty({ description: 'SHA-256 of the previous entry' })
  prevHash: string;

  @ApiProperty({ description: 'SHA-256 over prevHash and this entry' })
  hash: string;
}
