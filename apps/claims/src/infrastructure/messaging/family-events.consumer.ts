import { Ctx, Payload } from '@nestjs/microservices';
import {
  type EventEnvelope,
  FamilyChanged,
  type FamilyChangedV1,
  FamilyChangedV2Event,
  type FamilyChangedV2,
  SealingKeyring,
} from '@jaring/contracts';
import { EventConsumer, JaringEventContext, OnEvent } from '@jaring/messaging';
import type { EntityManager } from 'typeorm';
import { openSealedOrDeadLetter } from './open-sealed-or-dead-letter';

/**
 * The family (heirs) projection. FamilyChanged carries the worker's whole family after each change,
 * so the snapshot replaces what was there; an older snapshot arriving late is ignored. In v2 the KK
 * and the members are sealed (docs/adr/0008); v1 is read until it leaves the topic.
 */
@EventConsumer()
export class FamilyEventsConsumer {
  constructor(private readonly keyring: SealingKeyring) {}

  @OnEvent(FamilyChangedV2Event)
  async onFamilyChanged(
    @Payload() event: EventEnvelope<FamilyChangedV2>,
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    const family = openSealedOrDeadLetter(FamilyChangedV2Event, event, this.keyring);
    await this.replaceFamily(context.manager, event, { workerId: event.payload.workerId, ...family });
  }

  @OnEvent(FamilyChanged)
  async onFamilyChangedV1(
    @Payload() event: EventEnvelope<FamilyChangedV1>,
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    await this.replaceFamily(context.manager, event, event.payload);
  }

  private async replaceFamily(
    manager: EntityManager,
    event: EventEnvelope,
    family: Pick<FamilyChangedV1, 'workerId' | 'kkNumber' | 'members'>,
  ): Promise<void> {
    const [, newer]: [unknown, number] = await manager.query(
      `UPDATE family_snapshot SET kk_number = $2, occurred_at = $3 WHERE worker_id = $1 AND occurred_at <= $3`,
      [family.workerId, family.kkNumber, event.occurredAt],
    );
    if (newer === 0) {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO family_snapshot (worker_id, kk_number, occurred_at) VALUES ($1, $2, $3)
         ON CONFLICT (worker_id) DO NOTHING RETURNING worker_id`,
        [family.workerId, family.kkNumber, event.occurredAt],
      );
      if (inserted.length === 0) return; // a newer snapshot is already applied
    }
    await manager.query(`DELETE FROM family_member WHERE worker_id = $1`, [family.workerId]);
    await manager.query(
      `INSERT INTO family_member (worker_id, member_id, relationship, nik, full_name, birth_date, sex, married, working)
       SELECT $1, m."memberId", m.relationship, m.nik, m."fullName", m."birthDate", m.sex, m.married, m.working
         FROM jsonb_to_recordset($2::jsonb) AS m("memberId" uuid, relationship text, nik text, "fullName" text,
              "birthDate" date, sex text, married boolean, working boolean)`,
      [family.workerId, JSON.stringify(family.members)],
    );
  }
}
