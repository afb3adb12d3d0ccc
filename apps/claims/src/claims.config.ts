import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { RequiredInDeployment, ServiceConfig } from '@jaring/config';
import { DEVELOPMENT_WEBHOOK_SECRET } from '@jaring/kernel';
import { DEVELOPMENT_SEALING_KEY_FILE } from '@jaring/messaging';

const usesS3 = (config: ClaimsConfig) => config.DOCUMENT_SCAN_STORAGE === 's3';
const s3Setting = (name: string, what: string) => `${name} must be ${what} when DOCUMENT_SCAN_STORAGE is s3`;

export class ClaimsConfig extends ServiceConfig {
  override PORT: number = 3003;
  override METRICS_PORT: number = 9103;
  override DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/jaring_claims';
  override KAFKA_GROUP_ID: string = 'jaring-claims';

  /**
   * The event sealing keys with which this service unseals the personal data of worker events (docs/adr/0008):
   * in a deployment the mounted Secret; locally a development key generated on first start.
   */
  @RequiredInDeployment()
  @IsString()
  @MinLength(1)
  EVENT_SEALING_KEYS_FILE: string = DEVELOPMENT_SEALING_KEY_FILE;

  /** Maker-checker: approvals of a payable total above this (whole rupiah) need the claims-supervisor role. */
  @IsInt()
  @Min(0)
  CLAIMS_SUPERVISOR_APPROVAL_ABOVE: number = 50_000_000;

  /**
   * Four eyes on payout accounts: a worker's account that enrolment changed this many days or fewer
   * before approval is paid only once a second claims officer confirms it (0 turns the hold off).
   */
  @IsInt()
  @Min(0)
  PAYOUT_ACCOUNT_CHANGE_HOLD_DAYS: number = 30;

  /** [OPEN] RULES.md §1: is an incident in a month paid only after the incident and its due date covered? */
  @IsIn(['covered', 'not-covered'])
  COVERAGE_LATE_SETTLED_MONTHS: 'covered' | 'not-covered' = 'covered';

  /**
   * Billing's setting of the same name (deploy one value to both): a worker registered after the
   * month's billing run is on a supplementary invoice about this long after the registration.
   * Claims only tells the officer when to expect it (docs/adr/0009).
   */
  @IsInt()
  @Min(1)
  @Max(24 * 60 * 60)
  SUPPLEMENTARY_BILLING_DELAY_SECONDS: number = 45 * 60;

  /** [OPEN] RULES.md §2: transport caps per mode (default) or one shared cap. */
  @IsIn(['per-mode', 'shared-highest-cap'])
  BENEFIT_TRANSPORT_CAPS: 'per-mode' | 'shared-highest-cap' = 'per-mode';

  /** [1S] RULES.md §3: a death within 3 months of joining gets Rp8 jt + Rp2 jt funeral only. */
  @IsBoolean()
  JKM_SHORT_MEMBERSHIP_ENABLED: boolean = true;

  /**
   * The partner-facility register (CSV, columns in apps/claims/README.md): where JKK care at a
   * partner facility is paid. Empty: none registered. apps/claims/seed/partner-facilities.example.csv
   * shows the format (its accounts are not real).
   */
  @IsString()
  PARTNER_FACILITIES_FILE: string = '';

  /** Largest document scan an officer may upload (a phone photo of a KK is 2–5 MB). */
  @IsInt()
  @Min(1_024)
  @Max(64 * 1024 * 1024)
  DOCUMENT_SCAN_MAX_BYTES: number = 10 * 1024 * 1024;

  /**
   * Where the bytes of scans are kept (docs/adr/0011): in the claims database (default), or in an
   * S3-compatible object store configured by the DOCUMENT_SCAN_S3_* settings below. The description
   * of each scan (claim, uploader, size, SHA-256) stays on the claim in PostgreSQL either way.
   */
  @IsIn(['postgres', 's3'])
  DOCUMENT_SCAN_STORAGE: 'postgres' | 's3' = 'postgres';

  /** The store's base URL, e.g. https://s3.ap-southeast-3.amazonaws.com or a MinIO service. */
  @ValidateIf(usesS3)
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: s3Setting('DOCUMENT_SCAN_S3_ENDPOINT', 'an http(s) URL') })
  DOCUMENT_SCAN_S3_ENDPOINT: string = '';

  @ValidateIf(usesS3)
  @IsNotEmpty({ message: s3Setting('DOCUMENT_SCAN_S3_REGION', 'the region the store signs for') })
  DOCUMENT_SCAN_S3_REGION: string = '';

  /** A private bucket, versioned, with a retention rule matching the claims archive period. */
  @ValidateIf(usesS3)
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message: s3Setting('DOCUMENT_SCAN_S3_BUCKET', 'a bucket name (3–63 lower-case letters, digits, dots, hyphens)'),
  })
  DOCUMENT_SCAN_S3_BUCKET: string = '';

  /** Path-style URLs (endpoint/bucket/key): what MinIO and most S3-compatible stores expect. */
  @IsBoolean()
  DOCUMENT_SCAN_S3_FORCE_PATH_STYLE: boolean = true;

  /** From a Secret created outside the repository (docs/operations.md), never from a committed file. */
  @ValidateIf(usesS3)
  @IsNotEmpty({ message: s3Setting('DOCUMENT_SCAN_S3_ACCESS_KEY_ID', 'the access key of the scans user') })
  DOCUMENT_SCAN_S3_ACCESS_KEY_ID: string = '';

  @ValidateIf(usesS3)
  @IsNotEmpty({ message: s3Setting('DOCUMENT_SCAN_S3_SECRET_ACCESS_KEY', 'the secret key of the scans user') })
  DOCUMENT_SCAN_S3_SECRET_ACCESS_KEY: string = '';

  /** A store that has not answered within this is "unavailable" to the officer (503), not a hung request. */
  @IsInt()
  @Min(100)
  @Max(120_000)
  DOCUMENT_SCAN_S3_TIMEOUT_MS: number = 10_000;

  /** The bank's transfer API (locally the sandbox bank, apps/sandbox-bank, which `npm start` runs). */
  @RequiredInDeployment()
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'PAYOUT_BANK_URL must be an http(s) URL' })
  PAYOUT_BANK_URL: string = 'http://127.0.0.1:3009';

  /** The bank's secret for signing its transfer notifications (HMAC-SHA256); unsigned ones get 401. */
  @RequiredInDeployment()
  @MinLength(32, { message: 'BANK_WEBHOOK_SECRET must be at least 32 characters' })
  @ValidateIf((config: ClaimsConfig) => config.NODE_ENV === 'production')
  @Matches(/^(?!jaring-sandbox-bank-webhook-secret)/, {
    message: 'BANK_WEBHOOK_SECRET must not be the development secret in production',
  })
  BANK_WEBHOOK_SECRET: string = DEVELOPMENT_WEBHOOK_SECRET;

  /** A bank call slower than this counts as "outcome unknown": the transfer is reconciled by its key. */
  @IsInt()
  @Min(100)
  @Max(120_000)
  PAYOUT_BANK_TIMEOUT_MS: number = 10_000;

  /** How often the payout worker looks for due instructions; 0 switches the worker off (tests drive it by hand). */
  @IsInt()
  @Min(0)
  @Max(600_000)
  PAYOUT_POLL_INTERVAL_MS: number = 1_000;

  /** First retry delay after a failed or timed-out bank call; doubles per attempt up to PAYOUT_RETRY_MAX_MS. */
  @IsInt()
  @Min(10)
  PAYOUT_RETRY_BASE_MS: number = 2_000;

  @IsInt()
  @Min(10)
  PAYOUT_RETRY_MAX_MS: number = 5 * 60_000;

  /** Instructions one worker pass takes (each is sent in parallel within the pass). */
  @IsInt()
  @Min(1)
  @Max(500)
  PAYOUT_BATCH_SIZE: number = 20;

  /** How often overdue claims are looked for (SLA breach counter); 0 = only at start. */
  @IsInt()
  @Min(0)
  SLA_SWEEP_INTERVAL_MS: number = 60_000;
}
