import { Ctx, Payload } from '@nestjs/microservices';
import {
  type EventEnvelope,
  type SealedEventDefinition,
  type WorkerPersonalDataV2,
  type WorkerRegisteredV2,
  type WorkerUpdatedV2,
  WorkerRegistered,
  WorkerRegisteredV2Event,
  type WorkerSnapshotV1,
  type WorkerSnapshotV2,
  WorkerStatusChanged,
  type WorkerStatusChangedV1,
  WorkerUpdated,
  WorkerUpdatedV2Event,
  SealingKeyring,
} from '@jaring/contracts';
import { EventConsumer, JaringEventContext, OnEvent, OnEvents } from '@jaring/messaging';
import { openSealedOrDeadLetter } from './open-sealed-or-dead-letter';
import type { EntityManager } from 'typeorm';
import { ClaimsSettings } from '../../application/shared/claims-settings';
import { localDateAt } from '../../application/shared/local-time';

/**
 * Keeps claims' own copy of membership in step with enrolment: the worker's details and payout
 * account (snapshots, noting when enrolment changed the account), the income in effect from each change (benefits use the income of the
 * incident date), and the status history with the termination and death dates eligibility needs.
 * Snapshots are applied set-based; an older snapshot never overwrites a newer one. In v2 the
 * worker's identity, address and payout account arrive sealed (claims holds the key, docs/adr/0008);
 * v1 snapshots, which carried them in clear, are read until they leave the topic.
 */
@EventConsumer()
export class WorkerEventsConsumer {
  constructor(
    private readonly settings: ClaimsSettings,
    private readonly keyring: SealingKeyring,
  ) {}

  @OnEvents(WorkerRegisteredV2Event)
  async onWorkersRegistered(
    @Payload() events: EventEnvelope<WorkerRegisteredV2>[],
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    await this.applySnapshots(this.unsealed(WorkerRegisteredV2Event, events), context.manager, registeredFrom);
  }

  @OnEvents(WorkerUpdatedV2Event)
  async onWorkersUpdated(
    @Payload() events: EventEnvelope<WorkerUpdatedV2>[],
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    await this.applySnapshots(this.unsealed(WorkerUpdatedV2Event, events), context.manager, this.updatedFrom);
  }

  @OnEvents(WorkerRegistered)
  async onWorkersRegisteredV1(
    @Payload() events: EventEnvelope<WorkerSnapshotV1>[],
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    await this.applySnapshots(events.map(fromV1), context.manager, registeredFrom);
  }

  @OnEvents(WorkerUpdated)
  async onWorkersUpdatedV1(
    @Payload() events: EventEnvelope<WorkerSnapshotV1>[],
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    await this.applySnapshots(events.map(fromV1), context.manager, this.updatedFrom);
  }

  @OnEvent(WorkerStatusChanged)
  async onWorkerStatusChanged(
    @Payload() event: EventEnvelope<WorkerStatusChangedV1>,
    @Ctx() context: JaringEventContext,
  ): Promise<void> {
    const change = event.payload;
    await context.manager.query(
      `INSERT INTO member_status_history (event_id, worker_id, from_status, to_status, effective_date, reason, actor, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (event_id) DO NOTHING`,
      [
        event.eventId,
        change.workerId,
        change.from,
        change.to,
        change.effectiveDate,
        change.reason,
        change.actor,
        change.changedAt,
      ],
    );
    await context.manager.query(
      `UPDATE member
          SET status = $2, status_changed_at = $3,
              terminated_on = CASE WHEN $2 = 'terminated' THEN $4::date ELSE terminated_on END,
              -- Leaving 'deceased' is a retracted death (the worker is alive): the date no longer holds.
              deceased_on = CASE WHEN $2 = 'deceased' THEN $4::date WHEN $5 = 'deceased' THEN NULL ELSE deceased_on END
        WHERE worker_id = $1 AND (status_changed_at IS NULL OR status_changed_at <= $3)`,
      [change.workerId, change.to, change.changedAt, change.effectiveDate, change.from],
    );
  }

  /** A changed income applies from the day enrolment recorded the change (regency time). */
  private readonly updatedFrom = (event: MemberSnapshot): string =>
    localDateAt(event.occurredAt, this.settings.policy.utcOffsetMinutes);

  private unsealed<P extends WorkerSnapshotV2>(
    definition: SealedEventDefinition<P, WorkerPersonalDataV2>,
    events: EventEnvelope<P>[],
  ): MemberSnapshot[] {
    return events.map((event) => {
      const { personalData: _sealed, ...clear } = event.payload;
      const personal = openSealedOrDeadLetter(definition, event, this.keyring);
      return { tenant: event.tenant, occurredAt: event.occurredAt, payload: { ...clear, ...personal } };
    });
  }

  private async applySnapshots(
    events: MemberSnapshot[],
    manager: EntityManager,
    incomeEffectiveFrom: (event: MemberSnapshot) => string,
  ): Promise<void> {
    // One row per worker per statement (ON CONFLICT cannot touch a row twice): the last event wins.
    const latest = new Map<string, MemberSnapshot>();
    for (const event of events) latest.set(event.payload.workerId, event);
    const rows = [...latest.values()].map((event) => {
      const worker = event.payload;
      return {
        worker_id: worker.workerId,
        sponsor_id: worker.sponsorId,
        tenant: event.tenant,
        nik: worker.nik,
        full_name: worker.fullName,
        birth_date: worker.birthDate,
        sex: worker.sex,
        status: worker.status,
        income: worker.declaredMonthlyIncome,
        enrolment_date: worker.enrolmentDate,
        coverage_start_date: worker.coverageStartDate,
        updated_at: event.occurredAt,
        bank_code: worker.payoutAccount?.bankCode ?? null,
        account_number: worker.payoutAccount?.accountNumber ?? null,
        holder_name: worker.payoutAccount?.holderName ?? null,
        prior_start: worker.priorMembership?.bpjsMembershipStart ?? null,
        prior_months: worker.priorMembership?.monthsPaid ?? null,
        income_from: incomeEffectiveFrom(event),
      };
    });
    await manager.query(
      `INSERT INTO member (worker_id, sponsor_id, tenant, nik, full_name, birth_date, sex, status, declared_monthly_income,
                           enrolment_date, coverage_start_date, updated_at, payout_bank_code, payout_account_number,
                           payout_holder_name, prior_membership_start, prior_months_paid)
       SELECT worker_id, sponsor_id, tenant, nik, full_name, birth_date, sex, status, income, enrolment_date,
              coverage_start_date, updated_at, bank_code, account_number, holder_name, prior_start, prior_months
         FROM jsonb_to_recordset($1::jsonb) AS m(worker_id uuid, sponsor_id uuid, tenant text, nik text, full_name text,
              birth_date date, sex text, status text, income bigint, enrolment_date date, coverage_start_date date,
              updated_at timestamptz, bank_code text, account_number text, holder_name text, prior_start date,
              prior_months integer)
       ON CONFLICT (worker_id) DO UPDATE SET
         sponsor_id = EXCLUDED.sponsor_id, tenant = EXCLUDED.tenant, nik = EXCLUDED.nik, full_name = EXCLUDED.full_name,
         birth_date = EXCLUDED.birth_date, sex = EXCLUDED.sex,
         status = CASE WHEN member.status_changed_at IS NULL OR member.status_changed_at <= EXCLUDED.updated_at
                       THEN EXCLUDED.status ELSE member.status END,
         declared_monthly_income = EXCLUDED.declared_monthly_income, enrolment_date = EXCLUDED.enrolment_date,
         coverage_start_date = EXCLUDED.coverage_start_date, updated_at = EXCLUDED.updated_at,
         payout_bank_code = EXCLUDED.payout_bank_code, payout_account_number = EXCLUDED.payout_account_number,
         payout_holder_name = EXCLUDED.payout_holder_name,
         payout_account_changed_at = CASE
           WHEN (member.payout_bank_code, member.payout_account_number, member.payout_holder_name)
                IS DISTINCT FROM (EXCLUDED.payout_bank_code, EXCLUDED.payout_account_number, EXCLUDED.payout_holder_name)
           THEN EXCLUDED.updated_at ELSE member.payout_account_changed_at END,
         -- Recorded at enrolment; an update event without it keeps it.
         prior_membership_start = COALESCE(EXCLUDED.prior_membership_start, member.prior_membership_start),
         prior_months_paid = COALESCE(EXCLUDED.prior_months_paid, member.prior_months_paid)
       WHERE member.updated_at <= EXCLUDED.updated_at`,
      [JSON.stringify(rows)],
    );
    await manager.query(
      `INSERT INTO member_income (worker_id, effective_from, declared_monthly_income)
       SELECT m.worker_id, m.income_from, m.income
         FROM jsonb_to_recordset($1::jsonb) AS m(worker_id uuid, income_from date, income bigint)
        WHERE m.income IS DISTINCT FROM (
          SELECT i.declared_monthly_income FROM member_income i
           WHERE i.worker_id = m.worker_id AND i.effective_from <= m.income_from
           ORDER BY i.effective_from DESC LIMIT 1)
       ON CONFLICT (worker_id, effective_from) DO UPDATE SET declared_monthly_income = EXCLUDED.declared_monthly_income`,
      [JSON.stringify(rows)],
    );
  }
}

/** A worker snapshot as claims applies it, whichever version it came in. */
interface MemberSnapshot {
  tenant: string;
  occurredAt: string;
  payload: Omit<WorkerSnapshotV2, 'personalData'> & WorkerPersonalDataV2;
}

/** A v1 snapshot carries the same fields, all in clear. */
function fromV1(event: EventEnvelope<WorkerSnapshotV1>): MemberSnapshot {
  return { tenant: event.tenant, occurredAt: event.occurredAt, payload: event.payload };
}

/** A registration's income applies from the start of coverage. */
function registeredFrom(event: MemberSnapshot): string {
  return event.payload.coverageStartDate;
}
