import { IsInt, IsISO8601, IsNotEmpty, IsObject, IsString, IsUUID, Matches, Max, Min } from 'class-validator';

/**
 * The one envelope every Jaring event travels in. `aggregateId` is also the Kafka message key, so
 * one aggregate's events stay in order. `tenant` is the sponsoring regency's Kemendagri code.
 */
export interface EventEnvelope<P extends object = object> {
  eventId: string;
  eventType: string;
  eventVersion: number;
  occurredAt: string;
  aggregateId: string;
  correlationId: string;
  causationId: string;
  producer: string;
  tenant: string;
  payload: P;
}

/** Validation of the envelope on receipt; the payload is validated by its own class. */
export class EventEnvelopeShape implements EventEnvelope {
  @IsUUID()
  eventId: string;

  @Matches(/^[A-Z][A-Za-z]+$/, { message: 'eventType must be a PascalCase past-tense name' })
  eventType: string;

  @IsInt()
  @Min(1)
  @Max(999)
  eventVersion: number;

  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/Z$/, { message: 'occurredAt must be UTC (end in Z)' })
  occurredAt: string;

  @IsString()
  @IsNotEmpty()
  aggregateId: string;

  @IsString()
  @IsNotEmpty()
  correlationId: string;

  @IsString()
  @IsNotEmpty()
  causationId: string;

  @Matches(/^[a-z][a-z-]+$/)
  producer: string;

  @Matches(/^\d{2}\.\d{2}$/, { message: 'tenant must be a regency code such as 76.04' })
  tenant: string;

  @IsObject()
  payload: object;
}
