import { Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  DeathConfirmed,
  type DeathConfirmedV1,
  DeathRetracted,
  type DeathRetractedV1,
  type EventEnvelope,
  WorkerRegistered,
  WorkerRegisteredV2Event,
  WorkerStatusChanged,
  type WorkerStatusChangedV1,
  WorkerUpdated,
  WorkerUpdatedV2Event,
  type WorkerSnapshotV2,
} from '@jaring/contracts';
import { EventConsumer, JaringEventContext, OnEvent, OnEvents } from '@jaring/messaging';
import type { EntityManager } from 'typeorm';
import { BillingSettings } from '../../application/ports/billing-settings';
import { SupplementaryBillingPass } from '../../application/ports/supplementary-billing-pass';

/**
 * Registrations (enrolment's topic) and deaths (claims' topic) are applied in concurrent
 * transactions; each would miss the other's uncommitted row. Registrations share this lock, a
 * death takes it alone, so one of the two always sees the other committed.
 */
const DEATH_RECONCILIATION_LOCK = [7103, 0] as const;

/** The last event per worker in a run: one multi-row statement may touch a row only once. */
function lastPerWorker<P extends { workerId: string }>(events: EventEnvelope<P>[]): EventEnvelope<P>[] {
  return [...new Map(events.map((event) => [event.payload.workerId, event])).values()];
}

/** What billing reads of a worker snapshot: the same fields in v1 and v2 (v2 seals the rest from billing). */
type BillingFieldsOfSnapshot = Pick<
  WorkerSnapshotV2,
  'workerId' | 'sponsorId' | 'status' | 'declaredMonthlyIncome' | 'coverageStartDate'
>;

/**
 * Keeps billing's worker projection in step with enrolment (snapshots and status changes) and
 * claims (confirmed deaths), with set-based statements for runs of events (a bulk import of
 * 26,000 workers arrives as a few dozen statements). Each effect commits with the inbox rows.
 * Sponsors are learnt from the workers: a new sponsor gets an account with the default payer type.
 * Snapshots are read in v2 (billing holds no key: the sealed personal data stays sealed) and still
 * in v1 until those leave the topic (docs/adr/0008).
 */
@EventConsumer()
export class WorkerEventsConsumer {
  constructor(
    @Inject(BillingSettings) private readonly settings: BillingSettings,
    @Inject(SupplementaryBillingPass) private readonly supplementaryPass: SupplementaryBillingPass,
  ) {}

  @OnEvents(WorkerRegisteredV2Event, WorkerRegistered, WorkerUpdatedV2Event, WorkerUpdated)
  async onWorkerSnapshots(
    @Payload() events: EventEnvelope<BillingFieldsOfSnapshot>[],
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    await this.upsertSnapshots(context.manager, events);
  }

  @OnEvents(WorkerStatusChanged)
  async onWorkerStatusChanged(
    @Payload() events: EventEnvelope<WorkerStatusChangedV1>[],
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    const changes = lastPerWorker(events).map(({ payload, occurredAt }) => ({
      worker_id: payload.workerId,
      from_status: payload.from,
      status: payload.to,
      effective_date: payload.effectiveDate,
      occurred_at: occurredAt,
    }));
    // Termination and death end billing after their month; a suspension (lapse) stops it after
    // the month it starts in; re-activation clears the suspension. Leaving 'deceased' is a retracted
    // death (the only way out of it): the end no longer holds and the worker is billable again
    // (claims' DeathRetracted clears the confirmed death itself, see onDeathRetracted).
    await context.manager.query(
      `UPDATE worker_projection w
          SET status = c.status,
              status_effective_date = c.effective_date,
              ended_on = CASE WHEN c.status IN ('terminated', 'deceased') THEN LEAST(w.ended_on, c.effective_date)
                              WHEN c.from_status = 'deceased' THEN NULL ELSE w.ended_on END,
              suspended_from = CASE WHEN c.status = 'suspended' THEN c.effective_date
                                    WHEN c.status = 'active' THEN NULL ELSE w.suspended_from END,
              updated_at = GREATEST(w.updated_at, c.occurred_at)
         FROM jsonb_to_recordset($1::jsonb) AS c (worker_id uuid, from_status text, status text, effective_date date,
              occurred_at timestamptz)
        WHERE w.worker_id = c.worker_id`,
      [JSON.stringify(changes)],
    );
    // A re-activated worker may be billable again for a month already billed: its sponsor's pass.
    const reactivated = changes.filter((change) => change.status === 'active').map((change) => change.worker_id);
    if (reactivated.length > 0) {
      const sponsors: Array<{ sponsor_id: string }> = await context.manager.query(
        `SELECT DISTINCT sponsor_id::text FROM worker_projection WHERE worker_id = ANY($1::uuid[])`,
        [reactivated],
      );
      await this.supplementaryPass.request(sponsors.map((row) => row.sponsor_id));
    }
  }

  @OnEvent(DeathConfirmed)
  async onDeathConfirmed(
    @Payload() event: EventEnvelope<DeathConfirmedV1>,
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    // Kept apart from enrolment's status: a confirmed death ends billing even before enrolment's
    // WorkerStatusChanged arrives, and is kept when it arrives before the worker's registration
    // (different topics, no guaranteed order): the registration then picks it up.
    await context.manager.query(`SELECT pg_advisory_xact_lock($1, $2)`, [...DEATH_RECONCILIATION_LOCK]);
    await context.manager.query(
      `INSERT INTO confirmed_death (worker_id, date_of_death, claim_id) VALUES ($1, $2, $3)
       ON CONFLICT (worker_id) DO UPDATE SET date_of_death = LEAST(confirmed_death.date_of_death, EXCLUDED.date_of_death)`,
      [event.payload.workerId, event.payload.dateOfDeath, event.payload.claimId],
    );
    await context.manager.query(
      `UPDATE worker_projection SET death_date = LEAST(death_date, $2::date) WHERE worker_id = $1`,
      [event.payload.workerId, event.payload.dateOfDeath],
    );
  }

  @OnEvent(DeathRetracted)
  async onDeathRetracted(
    @Payload() event: EventEnvelope<DeathRetractedV1>,
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    // Only the claim that confirmed the death retracts it. It follows that claim's DeathConfirmed
    // on the same partition, so the row it removes is always there by now. From the month after
    // the one last billed, the worker is billable again (docs/events.md, "Retracted deaths").
    await context.manager.query(`SELECT pg_advisory_xact_lock($1, $2)`, [...DEATH_RECONCILIATION_LOCK]);
    const [, removed]: [unknown, number] = await context.manager.query(
      `DELETE FROM confirmed_death WHERE worker_id = $1 AND claim_id = $2`,
      [event.payload.workerId, event.payload.claimId],
    );
    if (removed > 0) {
      await context.manager.query(`UPDATE worker_projection SET death_date = NULL WHERE worker_id = $1`, [
        event.payload.workerId,
      ]);
    }
  }

  private async upsertSnapshots(
    manager: EntityManager,
    events: EventEnvelope<BillingFieldsOfSnapshot>[],
  ): Promise<void> {
    const rows = lastPerWorker(events).map(({ payload, tenant, occurredAt }) => ({
      worker_id: payload.workerId,
      sponsor_id: payload.sponsorId,
      tenant,
      status: payload.status,
      declared_monthly_income: payload.declaredMonthlyIncome,
      coverage_start_date: payload.coverageStartDate,
      updated_at: occurredAt,
    }));
    await manager.query(`SELECT pg_advisory_xact_lock_shared($1, $2)`, [...DEATH_RECONCILIATION_LOCK]);
    await manager.query(
      `INSERT INTO worker_projection (worker_id, sponsor_id, tenant, status, declared_monthly_income, coverage_start_date, updated_at)
       SELECT worker_id, sponsor_id, tenant, status, declared_monthly_income, coverage_start_date, updated_at
         FROM jsonb_to_recordset($1::jsonb) AS r (worker_id uuid, sponsor_id uuid, tenant text, status text,
              declared_monthly_income bigint, coverage_start_date date, updated_at timestamptz)
       ON CONFLICT (worker_id) DO UPDATE
          SET sponsor_id = EXCLUDED.sponsor_id, tenant = EXCLUDED.tenant, status = EXCLUDED.status,
              declared_monthly_income = EXCLUDED.declared_monthly_income,
              coverage_start_date = EXCLUDED.coverage_start_date, updated_at = EXCLUDED.updated_at`,
      [JSON.stringify(rows)],
    );
    await manager.query(
      `UPDATE worker_projection w SET death_date = d.date_of_death
         FROM confirmed_death d
        WHERE d.worker_id = w.worker_id AND w.worker_id = ANY($1::uuid[]) AND w.death_date IS DISTINCT FROM d.date_of_death`,
      [rows.map((row) => row.worker_id)],
    );
    const sponsors = [...new Map(rows.map((row) => [row.sponsor_id, row.tenant])).entries()];
    await manager.query(
      `INSERT INTO sponsor_account (sponsor_id, tenant, sponsor_type)
       SELECT sponsor_id, tenant, $2 FROM jsonb_to_recordset($1::jsonb) AS s (sponsor_id uuid, tenant text)
       ON CONFLICT (sponsor_id) DO NOTHING`,
      [
        JSON.stringify(sponsors.map(([sponsor_id, tenant]) => ({ sponsor_id, tenant }))),
        this.settings.defaultSponsorType,
      ],
    );
    // Workers registered after their month's billing run are billed by the sponsor's next pass
    // (docs/adr/0009); a pass finding nobody unbilled does nothing.
    await this.supplementaryPass.request(sponsors.map(([sponsorId]) => sponsorId));
  }
}
