import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { SEALED_VALUE_PATTERN } from '../sealing/sealed-personal-data';
import {
  FamilyCardV1,
  FamilyChangeV1,
  FamilyMemberV1,
  PayoutAccountV1,
  PriorMembershipV1,
  WORKER_STATUSES,
  type WorkerStatus,
} from './worker-payloads';

const NIK = /^\d{16}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SEALED = { message: 'personalData must be a seal1 sealed value' };

/**
 * Version 2 of the worker events: what identifies, locates or pays a person travels sealed
 * (`personalData`, AES-256-GCM, readable by enrolment and claims only); what billing needs to bill
 * travels in clear. docs/events.md lists who receives which field and why; ADR 0008 why sealing.
 */
export class WorkerSnapshotV2 {
  @IsUUID()
  workerId: string;

  @IsUUID()
  sponsorId: string;

  /** Billing: contribution basis (JKK is 1% of it). */
  @IsInt()
  @Min(0)
  declaredMonthlyIncome: number;

  @Matches(DATE)
  enrolmentDate: string;

  /** Billing: the first month billed. */
  @Matches(DATE)
  coverageStartDate: string;

  @IsIn(WORKER_STATUSES)
  status: WorkerStatus;

  /** Ids of workers sharing normalised name, birth date and desa under another NIK; empty once reviewed. */
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  probableDuplicateOf?: string[];

  /** A WorkerPersonalDataV2, sealed to this event (SealingKeyring). */
  @Matches(SEALED_VALUE_PATTERN, SEALED)
  personalData: string;
}

/** The sealed part of a worker snapshot: claims identifies the worker and pays this account. */
export class WorkerPersonalDataV2 {
  @Matches(NIK)
  nik: string;

  @IsString()
  fullName: string;

  @Matches(DATE)
  birthDate: string;

  @IsIn(['M', 'F'])
  sex: 'M' | 'F';

  @Matches(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, { message: 'desaCode must be a Kemendagri desa/kelurahan code' })
  desaCode: string;

  @IsString()
  occupation: string;

  @IsOptional()
  @IsString()
  addressLine?: string;

  @IsOptional()
  @Matches(/^\+628\d{8,11}$/)
  phone?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => FamilyCardV1)
  kk?: FamilyCardV1;

  @IsOptional()
  @ValidateNested()
  @Type(() => PayoutAccountV1)
  payoutAccount?: PayoutAccountV1;

  @IsOptional()
  @ValidateNested()
  @Type(() => PriorMembershipV1)
  priorMembership?: PriorMembershipV1;
}

export class WorkerRegisteredV2 extends WorkerSnapshotV2 {
  @IsBoolean()
  flaggedAsProbableDuplicate: boolean;
}

export class WorkerUpdatedV2 extends WorkerSnapshotV2 {
  /** Names of the changed fields, never their values. */
  @IsArray()
  @IsString({ each: true })
  changedFields: string[];
}

/** The worker's whole current family after a change; the KK and the members (possible heirs) are sealed. */
export class FamilyChangedV2 {
  @IsUUID()
  workerId: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => FamilyChangeV1)
  change?: FamilyChangeV1;

  /** A FamilyPersonalDataV2, sealed to this event. */
  @Matches(SEALED_VALUE_PATTERN, SEALED)
  personalData: string;
}

export class FamilyPersonalDataV2 {
  @Matches(NIK)
  kkNumber: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FamilyMemberV1)
  members: FamilyMemberV1[];
}

/** A v2 payload as its producer hands it to the outbox, which seals `personalData` (never published so). */
export type BeforeSealing<P extends { personalData: string }, C extends object> = Omit<P, 'personalData'> & {
  personalData: C;
};
