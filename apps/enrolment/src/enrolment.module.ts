import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { PlatformModule, applyHttpMetrics, type ServicePersistence } from '@jaring/platform';
import { WorkersController } from './api/http/workers.controller';
import { WorkerStore } from './application/ports/worker-store';
import { RegisterWorkerHandler } from './application/register-worker/register-worker.handler';
import type { EnrolmentConfig } from './enrolment.config';
import { Workers1764000000001 } from './infrastructure/persistence/migrations/1764000000001-workers';
import { SponsorOrmEntity } from './infrastructure/persistence/sponsor.orm-entity';
import { TypeormWorkerStore } from './infrastructure/persistence/typeorm-worker.store';
import { WorkerOrmEntity } from './infrastructure/persistence/worker.orm-entity';

/** Tables this service owns; the migration Job uses the same list. */
export const ENROLMENT_PERSISTENCE: ServicePersistence = {
  entities: [WorkerOrmEntity, SponsorOrmEntity],
  migrations: [Workers1764000000001],
};

@Module({})
export class EnrolmentModule implements NestModule {
  static forRoot(config: EnrolmentConfig): DynamicModule {
    return {
      module: EnrolmentModule,
      imports: [
        PlatformModule.forRoot({
          service: 'enrolment',
          config,
          persistence: ENROLMENT_PERSISTENCE,
        }),
      ],
      controllers: [WorkersController],
      providers: [RegisterWorkerHandler, { provide: WorkerStore, useClass: TypeormWorkerStore }],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    applyHttpMetrics(consumer);
  }
}
