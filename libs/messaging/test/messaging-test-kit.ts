import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { deadLetterTopicOf, type EventEnvelope, WorkerStatusChanged } from '@jaring/contracts';
import { ensureDatabase, serviceDataSourceOptions } from '@jaring/persistence';
import { testDatabaseUrl, testKafkaBrokers, uniqueTopicPrefix } from '../../../test/support/test-environment';
import {
  ConsumerRunner,
  type ConsumerRunnerOptions,
  type EventHandler,
  InboxMessageOrmEntity,
  KafkajsPublisher,
  KafkajsSubscriber,
  KafkajsTopicAdmin,
  MESSAGING_MIGRATIONS,
  OutboxMessageOrmEntity,
  Outbox,
  type IncomingRecord,
  type RecordPublisher,
} from '../src';

export const silentLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A real database and real topics for one test file; the handler's "effect" is a row per event. */
export class MessagingTestKit {
  readonly topicPrefix = uniqueTopicPrefix();
  readonly topic = this.topicPrefix + WorkerStatusChanged.topic.name;
  readonly kafka: Kafka;
  readonly publisher: KafkajsPublisher;
  readonly outbox = new Outbox('enrolment', this.topicPrefix);
  dataSource!: DataSource;
  private readonly subscribers: KafkajsSubscriber[] = [];

  constructor(
    private readonly databaseLabel: string,
    brokers = testKafkaBrokers(),
  ) {
    this.kafka = new Kafka({ clientId: 'messaging-test', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
    this.publisher = new KafkajsPublisher(this.kafka);
  }

  async start(databaseUrl = testDatabaseUrl(this.databaseLabel)): Promise<void> {
    await ensureDatabase(testDatabaseUrl(this.databaseLabel));
    this.dataSource = await this.connect(databaseUrl);
    await this.dataSource.query(`CREATE TABLE IF NOT EXISTS effect (
      seq bigserial PRIMARY KEY, event_id uuid NOT NULL, aggregate_id text NOT NULL, position int NOT NULL)`);
    const admin = new KafkajsTopicAdmin(this.kafka);
    await admin.ensureTopics([
      { name: this.topic, partitions: 3 },
      { name: deadLetterTopicOf(this.topic), partitions: 1 },
    ]);
    await admin.disconnect();
    await this.publisher.connect();
  }

  async connect(databaseUrl: string): Promise<DataSource> {
    return new DataSource(
      serviceDataSourceOptions({
        databaseUrl,
        applicationName: 'messaging-test',
        entities: [OutboxMessageOrmEntity, InboxMessageOrmEntity],
        migrations: MESSAGING_MIGRATIONS,
        poolSize: 4,
      }),
    ).initialize();
  }

  async stop(): Promise<void> {
    for (const subscriber of this.subscribers) await subscriber.stop();
    await this.publisher.disconnect();
    if (this.dataSource?.isInitialized) await this.dataSource.destroy();
  }

  private readonly aggregateIds = new Map<string, string>();

  /** The uuid standing for a readable aggregate name such as `worker-3`. */
  aggregateId(name: string): string {
    if (!this.aggregateIds.has(name)) this.aggregateIds.set(name, randomUUID());
    return this.aggregateIds.get(name) as string;
  }

  /** A valid event for the named aggregate; `position` orders one aggregate's events. */
  event(aggregateName: string, position: number): EventEnvelope {
    const aggregateId = this.aggregateId(aggregateName);
    return {
      eventId: randomUUID(),
      eventType: 'WorkerStatusChanged',
      eventVersion: 1,
      occurredAt: new Date().toISOString(),
      aggregateId,
      correlationId: randomUUID(),
      causationId: randomUUID(),
      producer: 'enrolment',
      tenant: '76.04',
      payload: {
        workerId: aggregateId,
        from: 'active',
        to: 'suspended',
        effectiveDate: '2026-08-01',
        reason: `position ${position}`,
        actor: 'test',
        changedAt: new Date().toISOString(),
      },
    };
  }

  positionOf(event: EventEnvelope): number {
    return Number((event.payload as { reason: string }).reason.replace('position ', ''));
  }

  /** The effect every test handler has: one row per applied event, in application order. */
  readonly recordEffect: EventHandler = async (event, { manager }) => {
    await manager.query('INSERT INTO effect (event_id, aggregate_id, position) VALUES ($1, $2, $3)', [
      event.eventId,
      event.aggregateId,
      this.positionOf(event),
    ]);
  };

  /** Starts a consumer in a group of its own unless `groupId` is given; it dead-letters through `publisher`. */
  async runConsumer(
    handler: EventHandler,
    options: Partial<ConsumerRunnerOptions> = {},
    {
      dataSource = this.dataSource,
      groupId = `${this.topicPrefix}group-${randomUUID().slice(0, 8)}`,
      publisher = this.publisher,
    }: { dataSource?: DataSource; groupId?: string; publisher?: RecordPublisher } = {},
  ): Promise<KafkajsSubscriber> {
    const runner = new ConsumerRunner(
      dataSource,
      publisher,
      {
        consumer: 'messaging-test',
        handlers: new Map([['WorkerStatusChanged.v1', { kind: 'each', handle: handler }]]),
        servedTenants: ['76.04'],
        ...options,
      },
      silentLog,
    );
    const subscriber = new KafkajsSubscriber(this.kafka);
    this.subscribers.push(subscriber);
    await subscriber.start({
      groupId,
      topics: [this.topic],
      fromBeginning: true,
      onBatch: (batch, control) => runner.handleBatch(batch, control),
    });
    return subscriber;
  }

  async publishRaw(key: string, value: string): Promise<void> {
    await this.publisher.publish([{ topic: this.topic, key, value }]);
  }

  async effects(): Promise<{ event_id: string; aggregate_id: string; position: number }[]> {
    return this.dataSource.query('SELECT event_id, aggregate_id, position FROM effect ORDER BY seq');
  }

  /** Every record on a topic, read by a throwaway consumer from the beginning. */
  async readAll(topic: string, expected: number, timeoutMs = 20_000): Promise<IncomingRecord[]> {
    const consumer = this.kafka.consumer({ groupId: `${this.topicPrefix}reader-${randomUUID().slice(0, 8)}` });
    const records: IncomingRecord[] = [];
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic: from, partition, message }) => {
        records.push({
          topic: from,
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? null,
          value: message.value?.toString() ?? null,
          headers: Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
          ),
          timestamp: message.timestamp,
        });
      },
    });
    const deadline = Date.now() + timeoutMs;
    while (records.length < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await consumer.disconnect();
    return records;
  }
}
