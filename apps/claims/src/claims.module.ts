import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { PlatformModule, applyHttpMetrics } from '@jaring/platform';
import type { ClaimsConfig } from './claims.config';
import { WorkerEventsConsumer } from './infrastructure/messaging/worker-events.consumer';
import { MemberOrmEntity } from './infrastructure/persistence/member.orm-entity';
import { Member1764000000201 } from './infrastructure/persistence/migrations/1764000000201-member';

@Module({})
export class ClaimsModule implements NestModule {
  static forRoot(config: ClaimsConfig): DynamicModule {
    return {
      module: ClaimsModule,
      imports: [
        PlatformModule.forRoot({
          service: 'claims',
          config,
          entities: [MemberOrmEntity],
          migrations: [Member1764000000201],
        }),
      ],
      controllers: [WorkerEventsConsumer],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    applyHttpMetrics(consumer);
  }
}
