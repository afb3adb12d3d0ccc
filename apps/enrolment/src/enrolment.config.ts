import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import { ServiceConfig } from '@jaring/config';

export class EnrolmentConfig extends ServiceConfig {
  override PORT: number = 3001;
  override DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/jaring_enrolment';
  override KAFKA_GROUP_ID: string = 'jaring-enrolment';

  /**
   * The seed folder shipped with the service (region list, import template), relative to the
   * working directory: the repository root locally, /app in the image (see Dockerfile).
   */
  @IsString()
  @MinLength(1)
  SEED_DIR: string = 'apps/enrolment/seed';

  /** Rows per database transaction in a bulk import (one multi-row INSERT per table). */
  @IsInt()
  @Min(50)
  @Max(5_000)
  IMPORT_BATCH_SIZE: number = 4_000;

  /** Data rows one import file may hold (RULES.md §8: a regency lists up to ~26,000 workers). */
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  IMPORT_MAX_ROWS: number = 100_000;

  @IsInt()
  @Min(1_024)
  @Max(512 * 1024 * 1024)
  IMPORT_MAX_FILE_BYTES: number = 64 * 1024 * 1024;

  /** How often pending workers whose coverage started are activated; 0 = only at start. */
  @IsInt()
  @Min(0)
  ACTIVATION_INTERVAL_MS: number = 60 * 60 * 1000;
}
