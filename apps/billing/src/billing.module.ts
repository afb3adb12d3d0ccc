import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { PlatformModule, applyHttpMetrics } from '@jaring/platform';
import type { BillingConfig } from './billing.config';
import { WorkerEventsConsumer } from './infrastructure/messaging/worker-events.consumer';
import { WorkerProjection1764000000101 } from './infrastructure/persistence/migrations/1764000000101-worker-projection';
import { WorkerProjectionOrmEntity } from './infrastructure/persistence/worker-projection.orm-entity';

@Module({})
export class BillingModule implements NestModule {
  static forRoot(config: BillingConfig): DynamicModule {
    return {
      module: BillingModule,
      imports: [
        PlatformModule.forRoot({
          service: 'billing',
          config,
          entities: [WorkerProjectionOrmEntity],
          migrations: [WorkerProjection1764000000101],
        }),
      ],
      controllers: [WorkerEventsConsumer],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    applyHttpMetrics(consumer);
  }
}
