import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import { RequiredInDeployment, ServiceConfig } from '@jaring/config';
import { DEVELOPMENT_SEALING_KEY_FILE } from '@jaring/messaging';
import type { EnrolmentWindowSettings } from './application/ports/enrolment-window.settings';
import type { ImportFileLimits } from './application/ports/import-file.reader';

export class EnrolmentConfig extends ServiceConfig {
  override PORT: number = 3001;
  override METRICS_PORT: number = 9101;
  override DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/jaring_enrolment';
  override KAFKA_GROUP_ID: string = 'jaring-enrolment';

  /**
   * The event sealing keys with which this service seals the personal data of worker events (docs/adr/0008):
   * in a deployment the mounted Secret; locally a development key generated on first start.
   */
  @RequiredInDeployment()
  @IsString()
  @MinLength(1)
  EVENT_SEALING_KEYS_FILE: string = DEVELOPMENT_SEALING_KEY_FILE;

  /**
   * The seed folder shipped with the service (region list, import template), relative to the
   * working directory: the repository root locally, /app in the image (see Dockerfile).
   */
  @IsString()
  @MinLength(1)
  SEED_DIR: string = 'apps/enrolment/seed';

  /**
   * Rows per database transaction in a bulk import (one multi-row INSERT per table). Three batches
   * are alive at once (two being written, one validated): 2,000 keeps a 100,000-row import's peak
   * under 300 MB RSS (292 MB against 307 MB with 4,000, bench/README.md); bench:import found no
   * size clearly faster than the others tried (1,000, 2,000, 4,000, 5,000).
   */
  @IsInt()
  @Min(50)
  @Max(5_000)
  IMPORT_BATCH_SIZE: number = 2_000;

  /** Data rows one import file may hold (RULES.md §8: a regency lists up to ~26,000 workers). */
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  IMPORT_MAX_ROWS: number = 100_000;

  /** Bytes of one uploaded import file, as sent (an XLSX compressed). */
  @IsInt()
  @Min(1_024)
  @Max(512 * 1024 * 1024)
  IMPORT_MAX_FILE_BYTES: number = 64 * 1024 * 1024;

  /** Bytes of an XLSX file once inflated, all its parts together (100,000 rows take about 80 MiB). */
  @IsInt()
  @Min(1024 * 1024)
  @Max(2 * 1024 * 1024 * 1024)
  IMPORT_MAX_UNCOMPRESSED_BYTES: number = 200 * 1024 * 1024;

  /** Cells one file may hold: XLSX cells, or CSV rows × header columns (100,000 rows of 30 columns). */
  @IsInt()
  @Min(1_000)
  @Max(100_000_000)
  IMPORT_MAX_CELLS: number = 3_000_000;

  /** Entries of an XLSX shared-strings table: held in memory while the sheet is read (10 per row). */
  @IsInt()
  @Min(1_000)
  @Max(50_000_000)
  IMPORT_MAX_SHARED_STRINGS: number = 1_000_000;

  /**
   * Bytes of the uploaded files waiting in this instance's import queue (they are held in memory
   * until their import ran); an upload beyond it is refused with 503 and Retry-After.
   */
  @IsInt()
  @Min(1024 * 1024)
  @Max(4 * 1024 * 1024 * 1024)
  IMPORT_QUEUE_MAX_BYTES: number = 256 * 1024 * 1024;

  /**
   * Whole months before the current one (in BUSINESS_TIME_ZONE) an officer may date an enrolment
   * without an enrolment supervisor's approval; 0 = the current month only (issue 20 §2: a backdated
   * enrolment is how a person gets insured after the accident).
   */
  @IsInt()
  @Min(0)
  @Max(120)
  ENROLMENT_BACKDATING_GRACE_MONTHS: number = 0;

  /** Days after today an enrolment date may lie; later dates are refused as typos. */
  @IsInt()
  @Min(0)
  @Max(366)
  ENROLMENT_MAX_DAYS_AHEAD: number = 90;

  /** How often pending workers whose coverage started are activated; 0 = only at start. */
  @IsInt()
  @Min(0)
  ACTIVATION_INTERVAL_MS: number = 60 * 60 * 1000;

  get enrolmentWindow(): EnrolmentWindowSettings {
    return {
      backdatingGraceMonths: this.ENROLMENT_BACKDATING_GRACE_MONTHS,
      maxDaysAhead: this.ENROLMENT_MAX_DAYS_AHEAD,
    };
  }

  /** The limits one import file is held to (SpreadsheetImportReader.checkLimits). */
  get importFileLimits(): ImportFileLimits {
    return {
      maxRows: this.IMPORT_MAX_ROWS,
      maxCells: this.IMPORT_MAX_CELLS,
      maxSharedStrings: this.IMPORT_MAX_SHARED_STRINGS,
      maxUncompressedBytes: this.IMPORT_MAX_UNCOMPRESSED_BYTES,
    };
  }
}
