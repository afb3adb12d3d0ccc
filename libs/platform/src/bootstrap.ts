import 'reflect-metadata';
import { type DynamicModule, type INestApplication, type MiddlewareConsumer } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import type { ServiceConfig } from '@jaring/config';
import { MessagingRuntime } from '@jaring/messaging';
import { collectProcessMetrics, HttpMetricsMiddleware } from '@jaring/observability';
import { ensureDatabase } from '@jaring/persistence';
import { ACCESS_MATRIX, type AccessMatrix } from '@jaring/auth';
import { HttpErrorsFilter } from './http-errors.filter';
import { serviceOpenApiDocument, type ServiceDescription } from './openapi';
import { platformDataSourceOptions, type ServicePersistence } from './platform.module';
import { formBodyOptions, jsonBodyOptions } from './request-body';
import { requestValidationPipe } from './validation';

/** Registers per-request metrics; call from the service module's `configure`. */
export function applyHttpMetrics(consumer: MiddlewareConsumer): void {
  consumer.apply(HttpMetricsMiddleware).forRoutes('*');
}

/**
 * Creates, wires and starts one service: its database exists and is migrated, HTTP with body limits,
 * validation, error mapping and OpenAPI at /docs (not in production), the Kafka event consumer, graceful shutdown on SIGTERM/SIGINT.
 */
export async function startService(
  appModule: DynamicModule,
  config: ServiceConfig,
  description: ServiceDescription,
): Promise<INestApplication> {
  await ensureDatabase(config.DATABASE_URL);
  collectProcessMetrics();
  // abortOnError off: a wiring error reaches the caller (and its log) instead of a bare process.exit.
  // bodyParser off: the parsers are registered below with explicit size and depth limits; the JSON
  // parser keeps the raw bytes (rawBody), over which signed webhooks are verified.
  const app = await NestFactory.create<NestExpressApplication>(appModule, {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', jsonBodyOptions());
  app.useBodyParser('urlencoded', formBodyOptions());
  app.useGlobalPipes(requestValidationPipe());
  app.useGlobalFilters(new HttpErrorsFilter());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);

  // The API's map is for developers; production does not hand it to whoever reaches the gateway.
  // Built on the first visit to /docs, not at start: several MB of objects most processes never serve.
  if (config.NODE_ENV !== 'production') {
    SwaggerModule.setup('docs', app, () =>
      serviceOpenApiDocument(app, description, app.get<AccessMatrix>(ACCESS_MATRIX, { strict: false })),
    );
  }

  app.connectMicroservice({ strategy: app.get(MessagingRuntime).createTransport() });
  await app.init();
  await app.startAllMicroservices();
  await app.listen(config.PORT, '0.0.0.0');
  return app;
}

/**
 * Creates the database if needed and runs pending migrations, then returns: the Kubernetes
 * migration Job runs this before a rollout (`main.js --migrate-only`), so pods never race to migrate.
 */
async function migrateOnly(service: string, config: ServiceConfig, persistence: ServicePersistence): Promise<void> {
  await ensureDatabase(config.DATABASE_URL);
  const dataSource = new DataSource({
    ...platformDataSourceOptions(`jaring-${service}`, config.DATABASE_URL, persistence),
    migrationsRun: false,
  });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(`${service}: ${applied.length} migration(s) applied to ${config.databaseName}\n`);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Entry point of a service process: a bad configuration or a failed start prints one clear line
 * (no stack trace) and exits non-zero, so an orchestrator sees the failure at once.
 */
export function runService(
  build: () => { module: DynamicModule; config: ServiceConfig; persistence: ServicePersistence },
  description: ServiceDescription,
): Promise<void> {
  return (async () => {
    const { module, config, persistence } = build();
    if (process.argv.includes('--migrate-only')) {
      await migrateOnly(description.service, config, persistence);
      process.exit(0);
    }
    await startService(module, config, description);
  })().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${description.service}: cannot start: ${message}\n`);
    process.exit(1);
  });
}
