import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
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

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const CLAIM_PROGRAMMES = ['JKK', 'JKM'] as const;
export type ClaimProgramme = (typeof CLAIM_PROGRAMMES)[number];

/** The statuses a claim moves through (see apps/claims/src/domain/claim/claim.types.ts). */
export const CLAIM_STATUSES = [
  'reported',
  'stage-ii-recorded',
  'death-reported',
  'heirs-determined',
  'documents-complete',
  'verified',
  'rejected',
  'assessed',
  'approved',
  'payout-requested',
  'paid',
  'closed',
] as const;
export type ClaimStatusName = (typeof CLAIM_STATUSES)[number];

/** A JKK stage I report or a JKM death report opened a claim. */
export class ClaimReportedV1 {
  @IsUUID()
  claimId: string;

  @IsUUID()
  workerId: string;

  @IsIn(CLAIM_PROGRAMMES)
  programme: ClaimProgramme;

  /** The accident (JKK) or the death (JKM). */
  @Matches(DATE)
  incidentDate: string;

  @IsISO8601()
  reportedAt: string;

  /** The officer who recorded the report (an opaque subject id). */
  @IsString()
  reportedBy: string;

  /** JKK only: at-work, commuting, duty-travel, occupational-disease, sudden-death-at-work, violence-at-work. */
  @IsOptional()
  @IsString()
  category?: string;
}

/** Any transition of a claim after its report, with who made it and why: the audit trail on the wire. */
export class ClaimStatusChangedV1 {
  @IsUUID()
  claimId: string;

  @IsUUID()
  workerId: string;

  /** The programme after the change (a re-classification changes it). */
  @IsIn(CLAIM_PROGRAMMES)
  programme: ClaimProgramme;

  /** The transition: recordStageTwo, recordHeirs, completeDocuments, verify, refuseVerification (status unchanged), reject, reopen, reclassify, assess, approve, requestPayout, markPaid, close. */
  @IsString()
  action: string;

  @IsIn(CLAIM_STATUSES)
  from: ClaimStatusName;

  @IsIn(CLAIM_STATUSES)
  to: ClaimStatusName;

  @IsString()
  actor: string;

  @IsOptional()
  @IsString()
  reason?: string;

  @IsISO8601()
  changedAt: string;
}

export class PayoutLineV1 {
  /** A benefit line code (JKM_LUMP_SUM, JKK_STMB_FULL_RATE, LATE_PAYMENT_COMPENSATION, ...): a wire contract. */
  @IsString()
  code: string;

  /** Whole rupiah. */
  @IsInt()
  @Min(1)
  amount: number;

  /** The regulation and article the amount rests on. */
  @IsString()
  rule: string;

  /** SHA-256 hex of (claim, payee, component, and the attempt after a refusal): the transfer's idempotency key. */
  @Matches(/^[0-9a-f]{64}$/)
  idempotencyKey: string;
}

/**
 * Money was ordered to the payee: the worker, the heir or the funeral arranger. Carries no bank
 * account (the payout worker reads it from the claims database); never log the payee fields. A line
 * the bank refused is ordered again, once the officer corrected the account, in a further
 * PayoutRequested holding only that line under a new key: count money by key, not by event.
 */
export class PayoutRequestedV1 {
  @IsUUID()
  claimId: string;

  @IsUUID()
  workerId: string;

  @IsIn(CLAIM_PROGRAMMES)
  programme: ClaimProgramme;

  /** 'benefit' after approval; 'late-payment-compensation' when the benefit was paid after its deadline (PP 44/2015 art. 37(3)). */
  @IsIn(['benefit', 'late-payment-compensation'])
  purpose: 'benefit' | 'late-payment-compensation';

  /** Worker id, family-member id, the NIK of a will beneficiary or funeral arranger, or `facility:<code>` of a partner facility. */
  @IsString()
  payeeId: string;

  /** 'partner-facility': JKK medical care paid to a registered partner facility (RULES.md §2), not to the worker. */
  @IsIn(['worker', 'heir', 'funeral-arranger', 'partner-facility'])
  payeeKind: 'worker' | 'heir' | 'funeral-arranger' | 'partner-facility';

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => PayoutLineV1)
  lines: PayoutLineV1[];

  @IsInt()
  @Min(1)
  total: number;

  /** The statutory deadline: 7 (JKK) or 3 (JKM) working days after the claim was complete. */
  @IsOptional()
  @Matches(DATE)
  paymentDueOn?: string;

  @IsISO8601()
  requestedAt: string;
}

/** Every benefit transfer of the claim was confirmed by the bank. */
export class ClaimPaidV1 {
  @IsUUID()
  claimId: string;

  @IsUUID()
  workerId: string;

  @IsIn(CLAIM_PROGRAMMES)
  programme: ClaimProgramme;

  /** The bank's value date of the last transfer, in the regency's time zone. */
  @Matches(DATE)
  paidOn: string;

  @IsInt()
  @Min(0)
  total: number;

  /** Calendar days after the deadline; 0 when on time. */
  @IsInt()
  @Min(0)
  daysLate: number;
}
