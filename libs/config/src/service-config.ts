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
  ValidateBy,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';
import { readFileSync } from 'node:fs';
import { RequiredInDeployment } from './deployment-variables';

/** TLS and SASL for the Kafka client, in the shape kafkajs takes. */
export interface KafkaSecurity {
  ssl?: true | { ca: string[] };
  sasl?:
    | { mechanism: 'scram-sha-256'; username: string; password: string }
    | { mechanism: 'scram-sha-512'; username: string; password: string };
}

/** A second port of the service: never the API's own (0, any free port, always differs). */
function DiffersFromPort(options: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'differsFromPort',
      validator: { validate: (value, args) => value === 0 || value !== (args?.object as ServiceConfig).PORT },
    },
    options,
  );
}

/** Settings every Jaring service shares. Each service extends it with its own defaults. */
export class ServiceConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: string = 'development';

  /** 0 picks any free port (tests). */
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  /**
   * Port of GET /metrics, apart from the API so that the gateway never exposes it and only
   * Prometheus may reach it (deploy/k8s network policies). 0 picks any free port (tests).
   */
  @IsInt()
  @Min(0)
  @Max(65535)
  @DiffersFromPort({ message: 'METRICS_PORT must differ from PORT' })
  METRICS_PORT: number = 9100;

  @RequiredInDeployment()
  @Matches(/^postgres(ql)?:\/\/[^/]+\/[a-z0-9_]+(\?[a-z_]+=[^&\s]+(&[a-z_]+=[^&\s]+)*)?$/, {
    message: 'DATABASE_URL must look like postgres://user[:password]@host:port/database_name[?sslmode=verify-full]',
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

  /**
   * The OpenID provider whose access tokens the service accepts; its signing keys come from the JWKS
   * named by its discovery document. Local default: the provider `npm start` runs.
   */
  @RequiredInDeployment()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?[^/\s]$/, {
    message: 'OIDC_ISSUER must be the issuer URL, e.g. https://sso.example.go.id/realms/jaring',
  })
  @ValidateIf((config: ServiceConfig) => config.NODE_ENV === 'production')
  @Matches(/^https:\/\//, { message: 'OIDC_ISSUER must use https in production' })
  OIDC_ISSUER: string = 'http://127.0.0.1:3010';

  /** The audience an access token must name to be accepted here. */
  @IsString()
  @MinLength(1)
  OIDC_AUDIENCE: string = 'jaring-api';

  /** A token that lives longer than this (exp − iat) is refused, however it was signed. */
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  OIDC_MAX_TOKEN_LIFETIME_SECONDS: number = 12 * 3600;

  /** Allowed clock difference with the provider when checking exp, iat and nbf. */
  @IsInt()
  @Min(0)
  @Max(60)
  OIDC_CLOCK_TOLERANCE_SECONDS: number = 30;

  /** A token signed by a key id the cached JWKS lacks refetches the JWKS, at most this often. */
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  OIDC_JWKS_REFETCH_COOLDOWN_MS: number = 30_000;

  /**
   * The regencies (Kemendagri codes) this deployment serves: an event of any other tenant is
   * dead-lettered, whatever its signature.
   */
  @Matches(/^\d{2}\.\d{2}(,\d{2}\.\d{2})*$/, {
    message: 'SERVED_TENANTS must be comma-separated regency codes, e.g. 76.04,73.71',
  })
  SERVED_TENANTS: string = '76.04';

  /** TLS to the brokers (Strimzi's `tls` listener); the CA is the cluster's, from KAFKA_SSL_CA_FILE. */
  @IsBoolean()
  KAFKA_SSL: boolean = false;

  /** PEM file of the CA that signed the brokers' certificates; empty trusts the system's CAs. */
  @ValidateIf((config: ServiceConfig) => config.KAFKA_SSL_CA_FILE !== '')
  @Matches(/^\/\S+$/, { message: 'KAFKA_SSL_CA_FILE must be an absolute path' })
  KAFKA_SSL_CA_FILE: string = '';

  /** SASL/SCRAM authentication as a Strimzi KafkaUser; empty for none (local broker). */
  @IsIn(['', 'scram-sha-256', 'scram-sha-512'])
  KAFKA_SASL_MECHANISM: string = '';

  @ValidateIf((config: ServiceConfig) => config.KAFKA_SASL_MECHANISM !== '')
  @MinLength(1, { message: 'KAFKA_SASL_USERNAME is required with KAFKA_SASL_MECHANISM' })
  KAFKA_SASL_USERNAME: string = '';

  @ValidateIf((config: ServiceConfig) => config.KAFKA_SASL_MECHANISM !== '')
  @MinLength(1, { message: 'KAFKA_SASL_PASSWORD is required with KAFKA_SASL_MECHANISM' })
  KAFKA_SASL_PASSWORD: string = '';

  /** Create missing topics (catalogue partitions for dev) at boot; production provisions them by a Job. */
  @IsBoolean()
  KAFKA_ENSURE_TOPICS: boolean = true;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @IsInt()
  @Min(10)
  @Max(60_000)
  OUTBOX_POLL_INTERVAL_MS: number = 100;

  /** How often the head of the service's audit chain is published to Kafka when it moved (0: never). */
  @IsInt()
  @Min(0)
  AUDIT_HEAD_PUBLISH_INTERVAL_MS: number = 60_000;

  /**
   * The sponsors' time zone: decides what "today" is for enrolment, due dates, arrears and claim
   * deadlines (WITA, Asia/Makassar, for Polewali Mandar). Indonesia keeps no daylight saving time.
   */
  @IsTimeZone({ message: 'BUSINESS_TIME_ZONE must be an IANA time zone such as Asia/Makassar' })
  BUSINESS_TIME_ZONE: string = 'Asia/Makassar';

  /**
   * How often one subject may call each expensive route (imports, bank statements, billing runs,
   * quotes) per minute; beyond it the answer is 429 with Retry-After.
   */
  @IsInt()
  @Min(1)
  @Max(100_000)
  EXPENSIVE_REQUESTS_PER_MINUTE: number = 30;

  /**
   * RULES.md §1: a JSON file of PP 44/2015 Lampiran II income brackets (docs/operations.md); empty
   * until the official rows are transcribed, and then the basis is the clamped declared income.
   * Enrolment, billing and claims must be given the same file.
   */
  @IsString()
  INCOME_BRACKETS_FILE: string = '';

  get databaseName(): string {
    return new URL(this.DATABASE_URL).pathname.slice(1);
  }

  get servedTenants(): string[] {
    return this.SERVED_TENANTS.split(',');
  }

  /** The connection's TLS and SASL settings as the Kafka client takes them (the CA file read now). */
  get kafkaSecurity(): KafkaSecurity {
    if (this.KAFKA_SASL_MECHANISM !== '' && !this.KAFKA_SSL && this.NODE_ENV === 'production') {
      throw new Error('KAFKA_SASL_MECHANISM needs KAFKA_SSL=true in production: the password would cross in clear');
    }
    return {
      ...(this.KAFKA_SSL
        ? { ssl: this.KAFKA_SSL_CA_FILE ? { ca: [readFileSync(this.KAFKA_SSL_CA_FILE, 'utf8')] } : true }
        : {}),
      ...(this.KAFKA_SASL_MECHANISM
        ? {
            sasl: {
              mechanism: this.KAFKA_SASL_MECHANISM as 'scram-sha-256' | 'scram-sha-512',
              username: this.KAFKA_SASL_USERNAME,
              password: this.KAFKA_SASL_PASSWORD,
            } as KafkaSecurity['sasl'],
          }
        : {}),
    };
  }

  get kafkaBrokers(): string[] {
    return this.KAFKA_BROKERS.split(',');
  }
}
