import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { EntitySchema, MigrationInterface } from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EntityClass = new (...args: any[]) => object;
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AUDIT_MIGRATIONS, AuditContextInterceptor } from '@jaring/audit';
import { type AccessMatrix, AuthModule } from '@jaring/auth';
import type { ServiceConfig } from '@jaring/config';
import {
  InboxMessageOrmEntity,
  MessagingModule,
  MessagingRuntime,
  MESSAGING_MIGRATIONS,
  OutboxMessageOrmEntity,
} from '@jaring/messaging';
import { HealthController, loggerParams, MetricsController, ReadinessProbes } from '@jaring/observability';
import { serviceDataSourceOptions } from '@jaring/persistence';

/** A service's tables: its ORM entities and migrations (messaging and audit tables are added for it). */
export interface ServicePersistence {
  entities: (EntityClass | EntitySchema)[];
  migrations: (new () => MigrationInterface)[];
}

export interface PlatformOptions {
  service: string;
  config: ServiceConfig;
  persistence: ServicePersistence;
  /** Who may call each of the service's routes (docs/authorization.md is rendered from it). */
  access: AccessMatrix;
}

/** The data source options of one service, used by the app and by the migration Job alike. */
export function platformDataSourceOptions(service: string, config: ServiceConfig, persistence: ServicePersistence) {
  return serviceDataSourceOptions({
    databaseUrl: config.DATABASE_URL,
    applicationName: `jaring-${service}`,
    entities: [OutboxMessageOrmEntity, InboxMessageOrmEntity, ...persistence.entities],
    migrations: [...MESSAGING_MIGRATIONS, ...AUDIT_MIGRATIONS, ...persistence.migrations],
  });
}

/**
 * Everything a Jaring service stands on: JSON logs, its own database (migrated at start), auth,
 * Kafka messaging, the audit context of each request, health and metrics. A service module imports this once and adds its own parts.
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { service, config } = options;
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot(loggerParams(service, config.LOG_LEVEL)),
        TypeOrmModule.forRoot(platformDataSourceOptions(service, config, options.persistence)),
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
        MessagingModule.forRoot({ service, config }),
        TerminusModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: APP_INTERCEPTOR, useClass: AuditContextInterceptor },
        {
          provide: ReadinessProbes,
          inject: [MessagingRuntime],
          useFactory: (runtime: MessagingRuntime) => ({
            get probes() {
              return runtime.readinessProbes();
            },
          }),
        },
      ],
    };
  }
}
