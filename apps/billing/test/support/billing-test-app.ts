import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel } from 'kafkajs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ROLES } from '@jaring/auth';
import type { EventDefinition, EventEnvelope } from '@jaring/contracts';
import { type IncomingRecord, KafkajsPublisher } from '@jaring/messaging';
import { startService } from '@jaring/platform';
import { BILLING_API } from '../../src/api/http/billing.api';
import { readWholeTopic } from '../../../../libs/messaging/src/kafka/topic-reader';
import {
  baseUrlOf,
  testConfig,
  testKafkaBrokers,
  uniqueTopicPrefix,
  waitFor,
} from '../../../../test/support/test-environment';
import { bearer as officerBearer, issueRoleTokens, roleBearer as bearer } from '../../../../test/support/tokens';
import { BillingConfig } from '../../src/billing.config';
import { BillingModule } from '../../src/billing.module';
import { DurableBillingRunQueue } from '../../src/infrastructure/scheduling/durable-billing-run.queue';

export const POLEWALI_MANDAR = { sponsorId: '9d1e2f30-4a5b-4c6d-8e7f-a0b1c2d3e4f5', tenant: '76.04' };

/** A Polewali Mandar officer of `role` (tokens from the run's OpenID provider, issued at start). */
export { bearer };

let secondFinanceToken = '';

/** A second finance user, issued at start: approves the reversals `bearer('finance')` requests (four eyes). */
export function secondFinance(): string {
  return secondFinanceToken;
}

export interface SeededWorkers {
  sponsorId: string;
  tenant: string;
  count: number;
  income?: number;
  coverageStartDate?: string;
  status?: string;
  endedOn?: string | null;
  deathDate?: string | null;
  suspendedFrom?: string | null;
}

/** The billing service started in-process against this run's PostgreSQL and Kafka, schedule off. */
export class BillingTestApp {
  readonly topicPrefix = uniqueTopicPrefix();
  app!: INestApplication;
  config!: BillingConfig;
  url!: string;
  readonly kafka = new Kafka({
    clientId: 'billing-test',
    brokers: testKafkaBrokers().split(','),
    logLevel: logLevel.NOTHING,
  });
  readonly publisher = new KafkajsPublisher(this.kafka);

  constructor(
    private readonly database: string,
    private readonly extra: Record<string, string> = {},
  ) {}

  async start(): Promise<this> {
    await issueRoleTokens(ROLES);
    secondFinanceToken = await officerBearer('finance-budi', 'finance');
    this.config = testConfig(BillingConfig, {
      database: this.database,
      topicPrefix: this.topicPrefix,
      groupId: `${this.topicPrefix}billing`,
      extra: { BILLING_SCHEDULE_INTERVAL_MS: '0', ...this.extra },
    });
    this.app = await startService(BillingModule.forRoot(this.config), this.config, BILLING_API);
    this.url = baseUrlOf(this.app);
    await this.publisher.connect();
    return this;
  }

  async stop(): Promise<void> {
    await this.publisher.disconnect().catch(() => undefined);
    await this.app?.close();
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  query<T = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.dataSource.query(sql, parameters);
  }

  http() {
    return request(this.url);
  }

  /** Inserts workers straight into the projection (what enrolment's events would have built). */
  async seedWorkers(seed: SeededWorkers): Promise<void> {
    await this.query(
      `INSERT INTO worker_projection (worker_id, sponsor_id, tenant, status, declared_monthly_income, coverage_start_date,
                                      updated_at, ended_on, death_date, suspended_from)
       SELECT gen_random_uuid(), $1, $2, $4, $5, $6, now(), $7, $8, $9 FROM generate_series(1, $3)`,
      [
        seed.sponsorId,
        seed.tenant,
        seed.count,
        seed.status ?? 'active',
        seed.income ?? 1_000_000,
        seed.coverageStartDate ?? '2025-10-06',
        seed.endedOn ?? null,
        seed.deathDate ?? null,
        seed.suspendedFrom ?? null,
      ],
    );
    await this.query(
      `INSERT INTO sponsor_account (sponsor_id, tenant, sponsor_type) VALUES ($1, $2, 'APBD') ON CONFLICT DO NOTHING`,
      [seed.sponsorId, seed.tenant],
    );
  }

  /** Starts (or re-requests) a billing run and waits until it finished. */
  async bill(
    sponsorId: string,
    month: string,
  ): Promise<{ status: number; run: Record<string, any>; invoice: Record<string, any> }> {
    const started = await this.http()
      .post('/v1/billing-runs')
      .set('Authorization', bearer('finance'))
      .send({ sponsorId, month });
    if (![200, 202].includes(started.status))
      throw new Error(`billing run refused: ${started.status} ${JSON.stringify(started.body)}`);
    await this.app.get(DurableBillingRunQueue).idle();
    const run = await waitFor(
      async () => {
        const response = await this.http()
          .get(`/v1/billing-runs/${started.body.id}`)
          .set('Authorization', bearer('finance'));
        return ['completed', 'failed'].includes(response.body.status) ? response.body : undefined;
      },
      { what: 'the billing run to finish', timeoutMs: 120_000 },
    );
    if (run.status !== 'completed') throw new Error(`billing run failed: ${run.error}`);
    const invoice = run.invoiceId
      ? (await this.http().get(`/v1/invoices/${run.invoiceId}`).set('Authorization', bearer('finance')).expect(200))
          .body
      : undefined;
    return { status: started.status, run, invoice };
  }

  pay(body: Record<string, unknown>, key = `test-${randomUUID()}`) {
    return this.http()
      .post('/v1/payments')
      .set('Authorization', bearer('finance'))
      .set('Idempotency-Key', key)
      .send({ paidAt: '2026-03-10T02:00:00Z', ...body });
  }

  /** Envelopes staged in the outbox, by type, in staging order. */
  async outbox<P extends object = Record<string, any>>(eventType: string, key?: string): Promise<EventEnvelope<P>[]> {
    const rows = await this.query<{ envelope: EventEnvelope<P> }>(
      `SELECT envelope FROM outbox_message WHERE event_type = $1 ${key ? 'AND message_key = $2' : ''} ORDER BY id`,
      key ? [eventType, key] : [eventType],
    );
    return rows.map((row) => row.envelope);
  }

  /** Waits until the relay has published every staged row. */
  async relayed(): Promise<void> {
    await waitFor(
      async () => {
        const [row] = await this.query<{ pending: number }>(
          `SELECT count(*)::int AS pending FROM outbox_message WHERE sent_at IS NULL`,
        );
        return row.pending === 0;
      },
      { what: 'the outbox to drain', timeoutMs: 60_000 },
    );
  }

  /** The events of this type on its topic now (read with a throwaway group); a topic carries several types. */
  async topic(definition: EventDefinition): Promise<IncomingRecord[]> {
    const records = await readWholeTopic(this.kafka, this.topicPrefix + definition.topic.name);
    return records.filter((record) => JSON.parse(record.value ?? '{}').eventType === definition.type);
  }

  /** Publishes an event as its producer would (fixture envelope with overrides). */
  /** Reverses a payment as finance does: one user requests it with the reason, a second approves it. */
  async reversePayment(paymentId: string, reason: string) {
    await this.http()
      .post(`/v1/payments/${paymentId}/reversal`)
      .set('Authorization', bearer('finance'))
      .send({ reason })
      .expect(202);
    return this.http()
      .post(`/v1/payments/${paymentId}/reversal/approval`)
      .set('Authorization', secondFinance())
      .send()
      .expect(200);
  }

  async publish(definition: EventDefinition, envelope: EventEnvelope): Promise<void> {
    await this.publisher.publish([
      { topic: this.topicPrefix + definition.topic.name, key: envelope.aggregateId, value: JSON.stringify(envelope) },
    ]);
  }
}
