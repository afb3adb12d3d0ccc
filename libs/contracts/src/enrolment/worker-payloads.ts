import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';

export const WORKER_STATUSES = ['pending', 'active', 'suspended', 'terminated', 'deceased'] as const;
export type WorkerStatus = (typeof WORKER_STATUSES)[number];

export const FAMILY_RELATIONSHIPS = [
  'spouse',
  'child',
  'parent',
  'grandparent',
  'grandchild',
  'sibling',
  'parent-in-law',
] as const;
export type FamilyRelationship = (typeof FAMILY_RELATIONSHIPS)[number];

const NIK = /^\d{16}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class PayoutAccountV1 {
  @Matches(/^[A-Z0-9]{3,11}$/)
  bankCode: string;

  @Matches(/^\d{5,20}$/)
  accountNumber: string;

  @IsString()
  holderName: string;
}

/**
 * The worker's BPJS Ketenagakerjaan membership before Jaring (added within v1, optional): claims
 * counts it for the JKM scholarship's 36 months and the short-membership policy (RULES.md §3–4).
 */
export class PriorMembershipV1 {
  @Matches(DATE)
  bpjsMembershipStart: string;

  @IsInt()
  @Min(0)
  monthsPaid: number;

  /** The document that proves it, as the officer recorded it. */
  @IsString()
  proofDocument: string;
}

export class FamilyCardV1 {
  @Matches(NIK, { message: 'kk.number must be 16 digits' })
  number: string;

  /** The date the worker has been on this card. */
  @Matches(DATE)
  since: string;
}

/**
 * Everything downstream services need about a worker. It carries personal data (NIK, name, bank
 * account) because claims must identify the worker and pay the right account; consumers must
 * never log payloads.
 */
export class WorkerSnapshotV1 {
  @IsUUID()
  workerId: string;

  @IsUUID()
  sponsorId: string;

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

  @IsInt()
  @Min(0)
  declaredMonthlyIncome: number;

  @Matches(DATE)
  enrolmentDate: string;

  @Matches(DATE)
  coverageStartDate: string;

  @IsIn(WORKER_STATUSES)
  status: WorkerStatus;

  @IsOptional()
  @ValidateNested()
  @Type(() => PayoutAccountV1)
  payoutAccount?: PayoutAccountV1;

  /** Street, RT/RW, dusun: the address below the desa. Optional: added after v1 was first published. */
  @IsOptional()
  @IsString()
  addressLine?: string;

  /** Indonesian mobile number in E.164 form ('+628...'), for SMS notices. */
  @IsOptional()
  @Matches(/^\+628\d{8,11}$/)
  phone?: string;

  /** The family card (KK) the worker is on: a dated attribute, not an identity. */
  @IsOptional()
  @ValidateNested()
  @Type(() => FamilyCardV1)
  kk?: FamilyCardV1;

  /** Ids of workers sharing normalised name, birth date and desa under another NIK; empty once reviewed. */
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  probableDuplicateOf?: string[];

  @IsOptional()
  @ValidateNested()
  @Type(() => PriorMembershipV1)
  priorMembership?: PriorMembershipV1;
}

export class WorkerRegisteredV1 extends WorkerSnapshotV1 {
  /** True when another worker shares normalised name, birth date and desa: a human must review. */
  @IsBoolean()
  flaggedAsProbableDuplicate: boolean;
}

export class WorkerUpdatedV1 extends WorkerSnapshotV1 {
  @IsArray()
  @IsString({ each: true })
  changedFields: string[];
}

export class WorkerStatusChangedV1 {
  @IsUUID()
  workerId: string;

  @IsIn(WORKER_STATUSES)
  from: WorkerStatus;

  @IsIn(WORKER_STATUSES)
  to: WorkerStatus;

  /** The date the new status takes effect (e.g. the date of death), not when it was recorded. */
  @Matches(DATE)
  effectiveDate: string;

  @IsString()
  reason: string;

  @IsString()
  actor: string;

  @IsISO8601()
  changedAt: string;
}

export class FamilyMemberV1 {
  @IsUUID()
  memberId: string;

  @IsIn(FAMILY_RELATIONSHIPS)
  relationship: FamilyRelationship;

  @Matches(NIK)
  nik: string;

  @IsString()
  fullName: string;

  @Matches(DATE)
  birthDate: string;

  @IsIn(['M', 'F'])
  sex: 'M' | 'F';

  /** Children only: scholarships and heirship depend on these. */
  @IsOptional()
  @IsBoolean()
  married?: boolean;

  @IsOptional()
  @IsBoolean()
  working?: boolean;
}

export class FamilyChangeV1 {
  @IsIn(['added', 'updated', 'removed'])
  kind: 'added' | 'updated' | 'removed';

  @IsUUID()
  memberId: string;
}

/** The worker's whole current family after a change (a snapshot, so consumers simply replace). */
export class FamilyChangedV1 {
  @IsUUID()
  workerId: string;

  @Matches(/^\d{16}$/)
  kkNumber: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FamilyMemberV1)
  members: FamilyMemberV1[];

  /** Which member was added, updated or removed. Optional: added after v1 was first published. */
  @IsOptional()
  @ValidateNested()
  @Type(() => FamilyChangeV1)
  change?: FamilyChangeV1;
}
