import {
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsTimeZone,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { RequiredInDeployment } from './deployment-variables';

/** Signs tokens for local development and tests only; production must set its own JWT_SECRET. */
export const DEVELOPMENT_JWT_SECRET = 'jaring-development-secret-not-for-production-use';

/** Settings every Jaring service shares. Each service extends it with its own defaults. */
export class ServiceConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: string = 'development';

  /** 0 picks any free port (tests). */
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @RequiredInDeployment()
  @Matches(/^postgres(ql)?:\/\/[^/]+\/[a-z0-9_]+$/, {
    message: 'DATABASE_URL must look like postgres://user[:password]@host:port/database_name',
  })
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/jaring';

  @RequiredInDeployment()
  @Matches(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, { message: 'KAFKA_BROKERS must be a comma-separated list of host:port' })
  KAFKA_BROKERS: string = '127.0.0.1:9092';

  /** Prepended to every topic name; lets test runs share a broker without interfering. */
  @Matches(/^([a-z0-9-]+\.)?$/, { message: 'KAFKA_TOPIC_PREFIX must be empty or end with a dot, e.g. "test-1a2b."' })
  KAFKA_TOPIC_PREFIX: string = '';

  @IsString()
  @MinLength(1)
  KAFKA_GROUP_ID: string = 'jaring';

  @RequiredInDeployment()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  @ValidateIf((config: ServiceConfig) => config.NODE_ENV === 'production')
  @Matches(/^(?!jaring-development-secret)/, { message: 'JWT_SECRET must not be the development secret in production' })
  JWT_SECRET: string = DEVELOPMENT_JWT_SECRET;

  /** Create missing topics (catalogue partitions for dev) at boot; production provisions them by a Job. */
  @IsBoolean()
  KAFKA_ENSURE_TOPICS: boolean = true;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @IsInt()
  @Min(10)
  @Max(60_000)
  OUTBOX_POLL_INTERVAL_MS: number = 100;

  /**
   * The sponsors' time zone: decides what "today" is for enrolment, due dates, arrears and claim
   * deadlines (WITA, Asia/Makassar, for Polewali Mandar). Indonesia keeps no daylight saving time.
   */
  @IsTimeZone({ message: 'BUSINESS_TIME_ZONE must be an IANA time zone such as Asia/Makassar' })
  BUSINESS_TIME_ZONE: string = 'Asia/Makassar';

  get databaseName(): string {
    return new URL(this.DATABASE_URL).pathname.slice(1);
  }

  get kafkaBrokers(): string[] {
    return this.KAFKA_BROKERS.split(',');
  }
}
