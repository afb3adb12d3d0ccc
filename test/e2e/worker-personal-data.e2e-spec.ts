import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel } from 'kafkajs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type EventEnvelope, TOPICS } from '@jaring/contracts';
import { DLT_HEADERS, KafkajsPublisher, readWholeTopic } from '@jaring/messaging';
import { aRegistration, aSpouse } from '../../apps/enrolment/src/domain/testing/enrolment.builders';
import { type RunningServices, startServices } from '../support/service-harness';
import { baseUrlOf, testKafkaBrokers, waitFor } from '../support/test-environment';
import { bearer } from '../support/tokens';

/**
 * Issue 17 point 3, ADR 0008: worker events carry only the personal data their consumers need.
 * A worker enrolled, given a family and a new payout account through enrolment's API: billing
 * receives and keeps no NIK, name, address, KK, phone or account (nor does a dead letter of it),
 * while claims gets all it needs to pay the worker or the heirs.
 */
describe('personal data in worker events: billing none, claims what payouts and heirs need', () => {
  const kafka = new Kafka({
    clientId: 'personal-data-e2e',
    brokers: testKafkaBrokers().split(','),
    logLevel: logLevel.NOTHING,
  });
  let services: RunningServices;
  let enrolment: INestApplication;
  let billing: INestApplication;
  let claims: INestApplication;
  let workerId: string;
  const registration = aRegistration().build();
  const spouse = aSpouse();
  const newAccount = { bankCode: '009', accountNumber: '556677889900', holderName: registration.fullName };
  /** Every personal value this worker's events carried to enrolment, in the form it was sent. */
  const personalValues = [
    registration.nik,
    registration.fullName,
    registration.addressLine as string,
    registration.phone as string,
    registration.kk?.number as string,
    registration.payoutAccount?.accountNumber as string,
    newAccount.accountNumber,
    spouse.nik,
    spouse.fullName,
  ];

  const workerTopic = () => services.topicPrefix + TOPICS.enrolmentWorker.name;
  const query = (app: INestApplication, sql: string, parameters: unknown[] = []) =>
    app.get(DataSource).query(sql, parameters) as Promise<Record<string, unknown>[]>;
  const leaked = (text: string) => personalValues.filter((value) => text.includes(value));

  beforeAll(async () => {
    services = await startServices(['enrolment', 'billing', 'claims'], {
      label: 'personal_data',
      extra: { billing: { BILLING_SCHEDULE_INTERVAL_MS: '0' }, enrolment: { ACTIVATION_INTERVAL_MS: '0' } },
    });
    [enrolment, billing, claims] = [services.get('enrolment'), services.get('billing'), services.get('claims')];
    const officer = await bearer('officer-enrolment', 'enrolment-officer');
    const enrolmentApi = () => request(baseUrlOf(enrolment));
    workerId = (
      await enrolmentApi()
        .post('/v1/workers')
        .set('Authorization', officer)
        .send({ tenant: '76.04', ...registration })
        .expect(201)
    ).body.id;
    await enrolmentApi().post(`/v1/workers/${workerId}/family`).set('Authorization', officer).send(spouse).expect(201);
    await enrolmentApi()
      .patch(`/v1/workers/${workerId}`)
      .set('Authorization', officer)
      .send({ payoutAccount: newAccount })
      .expect(200);
  });

  afterAll(async () => services?.stop());

  it('claims unseals what it needs: the worker, the new payout account and the heirs', async () => {
    const member = await waitFor(
      async () => {
        const [row] = await query(
          claims,
          `SELECT nik, full_name, payout_bank_code, payout_account_number, payout_holder_name FROM member WHERE worker_id = $1`,
          [workerId],
        );
        return row?.payout_account_number === newAccount.accountNumber ? row : undefined;
      },
      { what: "claims' member projection with the new account" },
    );
    expect(member).toEqual({
      nik: registration.nik,
      full_name: registration.fullName,
      payout_bank_code: '009',
      payout_account_number: newAccount.accountNumber,
      payout_holder_name: registration.fullName,
    });
    const heirs = await waitFor(
      async () => {
        const rows = await query(
          claims,
          `SELECT nik, full_name, relationship FROM family_member WHERE worker_id = $1`,
          [workerId],
        );
        return rows.length > 0 ? rows : undefined;
      },
      { what: "claims' family projection" },
    );
    expect(heirs).toEqual([{ nik: spouse.nik, full_name: spouse.fullName, relationship: 'spouse' }]);
  });

  it('billing receives v2 with none of it in clear, and keeps none of it', async () => {
    const inbox = await waitFor(
      async () => {
        const rows = await query(
          billing,
          `SELECT event_type FROM inbox_message WHERE consumer = 'billing' ORDER BY kafka_offset`,
        );
        const types = rows.map((row) => row.event_type as string);
        return types.includes('WorkerRegistered.v2') && types.includes('WorkerUpdated.v2') ? types : undefined;
      },
      { what: "billing's inbox to record the worker's v2 snapshots" },
    );
    expect(inbox).not.toContain('WorkerRegistered.v1');

    // Every message of the worker on the topic billing reads, as billing's consumer receives it.
    const messages = (await readWholeTopic(kafka, workerTopic())).filter((record) => record.key === workerId);
    const published = messages.map((record) => JSON.parse(record.value ?? '{}') as EventEnvelope);
    expect(published.map((event) => `${event.eventType}.v${event.eventVersion}`)).toEqual(
      expect.arrayContaining(['WorkerRegistered.v2', 'FamilyChanged.v2', 'WorkerUpdated.v2']),
    );
    expect(messages.flatMap((record) => leaked(record.value ?? ''))).toEqual([]);

    const [projection] = await query(billing, `SELECT * FROM worker_projection WHERE worker_id = $1`, [workerId]);
    expect(projection).toMatchObject({ declared_monthly_income: expect.anything(), status: expect.any(String) });
    // Every row of every table in billing's database, as text.
    const tables = await query(
      billing,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const found: string[] = [];
    for (const { table_name: table } of tables) {
      const rows = await query(billing, `SELECT t::text AS row FROM "${String(table)}" t`);
      for (const { row } of rows) for (const value of leaked(String(row))) found.push(`${String(table)}: ${value}`);
    }
    expect(found).toEqual([]);
  });

  it('a v2 event billing dead-letters carries no personal data in clear in the dead letter', async () => {
    const [registered] = (await readWholeTopic(kafka, workerTopic()))
      .filter((record) => record.key === workerId)
      .map((record) => JSON.parse(record.value ?? '{}') as EventEnvelope)
      .filter((event) => event.eventType === 'WorkerRegistered');
    // A regency billing does not serve: dead-lettered by billing (and claims) with the reason.
    const unserved = { ...registered, eventId: randomUUID(), tenant: '99.99' };
    const publisher = new KafkajsPublisher(kafka);
    await publisher.connect();
    try {
      await publisher.publish([{ topic: workerTopic(), key: workerId, value: JSON.stringify(unserved) }]);
    } finally {
      await publisher.disconnect();
    }
    const letter = await waitFor(
      async () =>
        (await readWholeTopic(kafka, `${workerTopic()}.dlt`)).find(
          (record) =>
            record.headers[DLT_HEADERS.consumer] === 'billing' && (record.value ?? '').includes(unserved.eventId),
        ),
      { what: "billing's dead letter" },
    );
    expect(letter.headers[DLT_HEADERS.errorClass]).toBe('UnservedTenant');
    expect(leaked(`${letter.value} ${JSON.stringify(letter.headers)}`)).toEqual([]);
  });
});
