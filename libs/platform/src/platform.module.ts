import { type DynamicModule, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource, type EntitySchema, type MigrationInterface } from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EntityClass = new (...args: any[]) => object;
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AUDIT_MIGRATIONS, AuditContextInterceptor, AuditTrail, SqlAuditTrail } from '@jaring/audit';
import { type AccessMatrix, AuthModule } from '@jaring/auth';
import type { ServiceConfig } from '@jaring/config';
import type { AuditedService } from '@jaring/contracts';
import {
  InboxMessageOrmEntity,
  MessagingModule,
  MESSAGING_MIGRATIONS,
  Outbox,
  OutboxMessageOrmEntity,
} from '@jaring/messaging';
import { HealthController, loggerParams, MetricsServer, ReadinessProbes } from '@jaring/observability';
import { serviceDataSourceOptions } from '@jaring/persistence';
import { shutdownTracing } from '@jaring/tracing';
import { AuditHeadPublisher } from './audit-head.publisher';
import { expensiveRequestThrottling } from './rate-limit';
import type { HolidayCalendar } from '@jaring/calendar';
import { holidayDataProbe } from './holiday-data.monitor';

/** A service's tables: its ORM entities and migrations (messaging and audit tables are added for it). */
export interface ServicePersistence {
  entities: (EntityClass | EntitySchema)[];
  migrations: (new () => MigrationInterface)[];
}

export interface PlatformOptions {
  service: AuditedService;
  config: ServiceConfig;
  persistence: ServicePersistence;
  /** Who may call each of the service's routes (docs/authorization.md is rendered from it). */
  access: AccessMatrix;
  /** The calendar the service counts working days with: readiness and a metric warn before its data ends. */
  holidayCalendar?: HolidayCalendar;
  /** The event sealing key file, for services that seal or unseal events' personal data (docs/adr/0008). */
  sealingKeyFile?: string;
}

/**
 * The data source options of one service, used by the app, its migration Job and the benchmarks
 * alike: the service's tables beside the messaging and audit tables every service has.
 */
export function platformDataSourceOptions(
  applicationName: string,
  databaseUrl: string,
  persistence: ServicePersistence,
) {
  return serviceDataSourceOptions({
    databaseUrl,
    applicationName,
    entities: [OutboxMessageOrmEntity, InboxMessageOrmEntity, ...persistence.entities],
    migrations: [...MESSAGING_MIGRATIONS, ...AUDIT_MIGRATIONS, ...persistence.migrations],
  });
}

/** Flushes the spans of the last requests when the service stops (SIGTERM included). */
@Injectable()
class TracingShutdown implements OnApplicationShutdown {
  onApplicationShutdown(): Promise<void> {
    return shutdownTracing();
  }
}

/**
 * Everything a Jaring service stands on: JSON logs, its own database (migrated at start), auth,
 * Kafka messaging, the audit context of each request, health, metrics on their own port, the
 * rate limit of expensive routes. A service module imports this once and adds its own parts.
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { service, config } = options;
    const holidayData = options.holidayCalendar
      ? [holidayDataProbe(options.holidayCalendar, config.BUSINESS_TIME_ZONE)]
      : [];
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot(loggerParams(service, config.LOG_LEVEL)),
        TypeOrmModule.forRoot(platformDataSourceOptions(`jaring-${service}`, config.DATABASE_URL, options.persistence)),
        AuthModule.forRoot(
          {
            issuer: config.OIDC_ISSUER,
            audience: config.OIDC_AUDIENCE,
            maxLifetimeSeconds: config.OIDC_MAX_TOKEN_LIFETIME_SECONDS,
            clockToleranceSeconds: config.OIDC_CLOCK_TOLERANCE_SECONDS,
            keyRefetchCooldownMs: config.OIDC_JWKS_REFETCH_COOLDOWN_MS,
          },
          options.access,
        ),
        MessagingModule.forRoot({ service, config, sealingKeyFile: options.sealingKeyFile }),
        TerminusModule,
        ThrottlerModule.forRoot(expensiveRequestThrottling(config.EXPENSIVE_REQUESTS_PER_MINUTE)),
      ],
      controllers: [HealthController],
      exports: [AuditTrail, AuditHeadPublisher],
      providers: [
        TracingShutdown,
        { provide: APP_INTERCEPTOR, useClass: AuditContextInterceptor },
        { provide: MetricsServer, useFactory: () => new MetricsServer(config.METRICS_PORT) },
        {
          provide: AuditTrail,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new SqlAuditTrail(dataSource),
        },
        {
          provide: AuditHeadPublisher,
          inject: [DataSource, Outbox],
          useFactory: (dataSource: DataSource, outbox: Outbox) =>
            new AuditHeadPublisher(service, dataSource, outbox, config.AUDIT_HEAD_PUBLISH_INTERVAL_MS),
        },
        // Kafka is not among them: during an outage writes wait in the outbox (jaring_kafka_link_up).
        { provide: ReadinessProbes, useValue: new ReadinessProbes(holidayData) },
      ],
    };
  }
}
