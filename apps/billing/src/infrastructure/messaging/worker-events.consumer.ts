import { Ctx, Payload } from '@nestjs/microservices';
import { type EventEnvelope, WorkerRegistered, type WorkerRegisteredV1 } from '@jaring/contracts';
import { EventConsumer, JaringEventContext, OnEvent } from '@jaring/messaging';
import { WorkerProjectionOrmEntity } from '../persistence/worker-projection.orm-entity';

/** Keeps billing's worker projection in step with enrolment. */
@EventConsumer()
export class WorkerEventsConsumer {
  @OnEvent(WorkerRegistered)
  async onWorkerRegistered(
    @Payload() event: EventEnvelope<WorkerRegisteredV1>,
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    const worker = event.payload;
    await context.manager.upsert(
      WorkerProjectionOrmEntity,
      {
        workerId: worker.workerId,
        sponsorId: worker.sponsorId,
        tenant: event.tenant,
        status: worker.status,
        declaredMonthlyIncome: worker.declaredMonthlyIncome,
        coverageStartDate: worker.coverageStartDate,
        updatedAt: new Date(event.occurredAt),
      },
      ['workerId'],
    );
  }
}
