import { Ctx, Payload } from '@nestjs/microservices';
import { type EventEnvelope, WorkerRegistered, type WorkerRegisteredV1 } from '@jaring/contracts';
import { EventConsumer, JaringEventContext, OnEvent } from '@jaring/messaging';
import { MemberOrmEntity } from '../persistence/member.orm-entity';

/** Keeps the membership projection in step with enrolment. */
@EventConsumer()
export class WorkerEventsConsumer {
  @OnEvent(WorkerRegistered)
  async onWorkerRegistered(
    @Payload() event: EventEnvelope<WorkerRegisteredV1>,
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    const worker = event.payload;
    await context.manager.upsert(
      MemberOrmEntity,
      {
        workerId: worker.workerId,
        sponsorId: worker.sponsorId,
        tenant: event.tenant,
        nik: worker.nik,
        fullName: worker.fullName,
        birthDate: worker.birthDate,
        status: worker.status,
        declaredMonthlyIncome: worker.declaredMonthlyIncome,
        enrolmentDate: worker.enrolmentDate,
        coverageStartDate: worker.coverageStartDate,
        updatedAt: new Date(event.occurredAt),
      },
      ['workerId'],
    );
  }
}
