import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { MetricsServer } from '@jaring/observability';
import { ensureKafka, type RunningKafka } from '../../../deploy/local/kafka/kafka-launcher';
import { EXAMPLE_WORKER } from '../../../test/support/e2e-steps';
import { baseUrlOf, waitFor } from '../../../test/support/test-environment';
import { bearer, EnrolmentTestApp } from './support/enrolment-test-app';

/** A private broker (own port and data), so stopping it disturbs no other test or developer. */
const BROKER_PORT = 19_192;

describe('a Kafka outage degrades the service instead of taking it away (real PostgreSQL and Kafka)', () => {
  const dataDir = join(tmpdir(), `jaring-outage-test-${randomUUID().slice(0, 8)}`);
  let broker: RunningKafka | undefined;
  let service: EnrolmentTestApp;
  let officer: string;
  let url: string;

  beforeAll(async () => {
    broker = await ensureKafka({ port: BROKER_PORT, dataDir });
    service = await new EnrolmentTestApp('enrolment_outage', {
      KAFKA_BROKERS: broker.brokers,
      ACTIVATION_INTERVAL_MS: '0',
    }).start();
    officer = bearer('enrolment-officer');
    url = baseUrlOf(service.app);
  });

  afterAll(async () => {
    await service?.stop();
    await broker?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const producerLink = async (): Promise<string | undefined> => {
    const metrics = await (await fetch(service.app.get(MetricsServer).url)).text();
    return /jaring_kafka_link_up\{service="enrolment",link="kafka-producer"\} (\d)/.exec(metrics)?.[1];
  };

  it('stays ready, accepts a registration into the outbox, reports the broker down, and publishes once it is back', async () => {
    await broker?.stop();
    broker = undefined;

    const registered = await request(url)
      .post('/v1/workers')
      .set('Authorization', officer)
      .send({ ...EXAMPLE_WORKER, enrolmentDate: undefined })
      .expect(201);
    const pending = await service.query<{ sent_at: Date | null }>(
      `SELECT sent_at FROM outbox_message WHERE message_key = $1`,
      [registered.body.id],
    );
    expect(pending).toEqual([{ sent_at: null }]);
    // The relay's failing attempts to publish it show the broker down; the API stays in the Service.
    await waitFor(async () => (await producerLink()) === '0', {
      timeoutMs: 60_000,
      what: 'the producer link to be reported down',
    });
    await request(url).get('/health/ready').expect(200);
    expect(
      await service.query(`SELECT sent_at FROM outbox_message WHERE message_key = $1`, [registered.body.id]),
    ).toEqual([{ sent_at: null }]);

    broker = await ensureKafka({ port: BROKER_PORT, dataDir });
    await waitFor(
      async () => {
        const [row] = await service.query<{ sent_at: Date | null }>(
          `SELECT sent_at FROM outbox_message WHERE message_key = $1`,
          [registered.body.id],
        );
        return row.sent_at !== null;
      },
      { timeoutMs: 90_000, what: 'the outbox row to be published after the broker came back' },
    );
    await waitFor(async () => (await producerLink()) === '1', { what: 'the producer link to be reported up' });
  });
});
