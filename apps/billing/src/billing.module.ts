import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { PlatformModule, applyHttpMetrics, type ServicePersistence } from '@jaring/platform';
import type { BillingConfig } from './billing.config';
import { WorkerEventsConsumer } from './infrastructure/messaging/worker-events.consumer';
import { WorkerProjection1764000000101 } from './infrastructure/persistence/migrations/1764000000101-worker-projection';
import { WorkerProjectionOrmEntity } from './infrastructure/persistence/worker-projection.orm-entity';

/** Tables this service owns; the migration Job uses the same list. */
export const BILLING_PERSISTENCE: ServicePersistence = {
  entities: [WorkerProjectionOrmEntity],
  migrations: [WorkerProjection1764000000101],
};

@Module({})
export class BillingModule implements NestModule {
  static forRoot(config: BillingConfig): DynamicModule {
    return {
      module: BillingModule,
      imports: [
        PlatformModule.forRoot({
          service: 'billing',
          config,
          persistence: BILLING_PERSISTENCE,
        }),
      ],
      controllers: [WorkerEventsConsumer],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    applyHttpMetrics(consumer);
  }
}
