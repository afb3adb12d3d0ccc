import { Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  DeathConfirmed,
  type DeathConfirmedV1,
  DeathRetracted,
  type DeathRetractedV1,
  type EventEnvelope,
  MembershipLapsed,
  type MembershipLapsedV1,
} from '@jaring/contracts';
import { EventConsumer, JaringEventContext, OnEvent } from '@jaring/messaging';
import { RecordDeathHandler } from '../../application/record-death/record-death.handler';
import { RecordMembershipLapseHandler } from '../../application/record-membership-lapse/record-membership-lapse.handler';
import { RetractDeathHandler } from '../../application/retract-death/retract-death.handler';
import { TypeormTransaction } from '../persistence/typeorm-transaction';

/**
 * Lifecycle decisions made by other services: billing's lapse (suspend), claims' confirmed death
 * (deceased) and its retraction (back to the status before the death). Each effect is written in the consumer's transaction, with the inbox row, so a
 * redelivered event changes nothing; a refused transition goes to the dead-letter topic.
 */
@EventConsumer()
export class LifecycleEventsConsumer {
  private readonly log = new Logger('lifecycle-events');

  constructor(
    private readonly recordLapse: RecordMembershipLapseHandler,
    private readonly recordDeath: RecordDeathHandler,
    private readonly retractDeath: RetractDeathHandler,
  ) {}

  @OnEvent(MembershipLapsed)
  async onMembershipLapsed(
    @Payload() event: EventEnvelope<MembershipLapsedV1>,
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    const outcome = await this.recordLapse.execute(
      {
        workerId: event.payload.workerId,
        tenant: event.tenant,
        lapsedFromMonth: event.payload.lapsedFromMonth,
        consecutiveUnpaidMonths: event.payload.consecutiveUnpaidMonths,
        origin: { correlationId: event.correlationId, causationId: event.eventId },
      },
      new TypeormTransaction(context.manager),
    );
    if (!outcome.suspended) {
      this.log.log(
        { eventId: event.eventId, workerId: event.payload.workerId, status: outcome.status },
        'membership lapse left as is: the worker is not active',
      );
    }
  }

  @OnEvent(DeathConfirmed)
  async onDeathConfirmed(
    @Payload() event: EventEnvelope<DeathConfirmedV1>,
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    const outcome = await this.recordDeath.execute(
      {
        workerId: event.payload.workerId,
        tenant: event.tenant,
        claimId: event.payload.claimId,
        dateOfDeath: event.payload.dateOfDeath,
        origin: { correlationId: event.correlationId, causationId: event.eventId },
      },
      new TypeormTransaction(context.manager),
    );
    if (!outcome.recorded) {
      this.log.log({ eventId: event.eventId, workerId: event.payload.workerId }, 'death already recorded');
    }
  }

  /** A retraction that does not apply (redelivered, or a death another claim confirmed) is expected: logged, not dead-lettered. */
  @OnEvent(DeathRetracted)
  async onDeathRetracted(
    @Payload() event: EventEnvelope<DeathRetractedV1>,
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    const decision = await this.retractDeath.execute(
      {
        workerId: event.payload.workerId,
        tenant: event.tenant,
        claimId: event.payload.claimId,
        reasonCode: event.payload.reasonCode,
        origin: { correlationId: event.correlationId, causationId: event.eventId },
      },
      new TypeormTransaction(context.manager),
    );
    if (decision.kind === 'unchanged') {
      this.log.log(
        {
          eventId: event.eventId,
          workerId: event.payload.workerId,
          claimId: event.payload.claimId,
          outcome: decision.reason,
        },
        'death retraction left as is',
      );
    }
  }
}
