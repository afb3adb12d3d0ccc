import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { PlatformModule, applyHttpMetrics, type ServicePersistence } from '@jaring/platform';
import type { ClaimsConfig } from './claims.config';
import { WorkerEventsConsumer } from './infrastructure/messaging/worker-events.consumer';
import { MemberOrmEntity } from './infrastructure/persistence/member.orm-entity';
import { Member1764000000201 } from './infrastructure/persistence/migrations/1764000000201-member';

/** Tables this service owns; the migration Job uses the same list. */
export const CLAIMS_PERSISTENCE: ServicePersistence = {
  entities: [MemberOrmEntity],
  migrations: [Member1764000000201],
};

@Module({})
export class ClaimsModule implements NestModule {
  static forRoot(config: ClaimsConfig): DynamicModule {
    return {
      module: ClaimsModule,
      imports: [
        PlatformModule.forRoot({
          service: 'claims',
          config,
          persistence: CLAIMS_PERSISTENCE,
        }),
      ],
      controllers: [WorkerEventsConsumer],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    applyHttpMetrics(consumer);
  }
}
