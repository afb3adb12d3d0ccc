import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import type { ServiceConfig } from '@jaring/config';
import { SealingKeyring } from '@jaring/contracts';
import { InboxPruner, inboxRetentionDays } from '../inbox/inbox-pruner';
import { registerBrokerLinks, unregisterBrokerLinks, type BrokerLink } from '../messaging-metrics';
import { createKafka, KafkajsPublisher, KafkajsSubscriber, KafkajsTopicAdmin } from '../kafka/kafkajs-client';
import type { RecordPublisher, RecordSubscriber } from '../kafka/kafka-records';
import { planTopics } from '../kafka/topic-plan';
import { Outbox } from '../outbox/outbox';
import { readSealingKeyFile } from '../sealing-key-file';
import { OutboxRelay, RELAY_BATCH_SIZE } from '../outbox/outbox-relay';
import { JaringKafkaTransport } from './jaring-kafka.transport';

export interface MessagingOptions {
  /** The producing service's name, e.g. `enrolment`: envelope `producer`, inbox consumer name. */
  service: string;
  config: ServiceConfig;
  /**
   * The event sealing key file (docs/adr/0008), for the services that seal or unseal personal data
   * in events: enrolment and claims. Read when the service starts, never by a migration run.
   */
  sealingKeyFile?: string;
}

const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

/**
 * Owns the service's Kafka links: the outbox relay's publisher and the event consumer, and prunes
 * inbox rows no redelivery can need. Shutdown follows the safe order: the relay and the pruner
 * stop before the database closes; the consumer (a Nest microservice) finishes its batch and
 * commits when Nest closes microservices; the producer disconnects last, after any dead letters
 * were sent.
 */
@Injectable()
export class MessagingRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  readonly publisher: RecordPublisher;
  readonly subscriber: RecordSubscriber;
  readonly relay: OutboxRelay;
  private readonly inboxPruner: InboxPruner;
  private readonly kafka;
  private transport?: JaringKafkaTransport;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly dataSource: DataSource,
    @InjectPinoLogger('messaging') private readonly log: PinoLogger,
  ) {
    const { config, service } = options;
    this.kafka = createKafka(config.kafkaBrokers, `jaring-${service}`, log, config.kafkaSecurity);
    this.publisher = new KafkajsPublisher(this.kafka);
    this.subscriber = new KafkajsSubscriber(this.kafka);
    this.relay = new OutboxRelay(
      dataSource,
      this.publisher,
      { service, batchSize: RELAY_BATCH_SIZE, pollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS, keepSentForHours: 72 },
      log,
    );
    this.inboxPruner = new InboxPruner(dataSource, { keepDays: inboxRetentionDays() }, log);
  }

  /** The Nest microservice strategy to connect in main.ts. */
  createTransport(): JaringKafkaTransport {
    const { config, service } = this.options;
    this.transport = new JaringKafkaTransport({
      consumer: service,
      groupId: config.KAFKA_GROUP_ID,
      topicPrefix: config.KAFKA_TOPIC_PREFIX,
      dataSource: this.dataSource,
      publisher: this.publisher,
      subscriber: this.subscriber,
      log: this.log,
      servedTenants: config.servedTenants,
    });
    return this.transport;
  }

  /** The broker links of this process, reported by the `jaring_kafka_link_up` metric. */
  brokerLinks(): BrokerLink[] {
    const links: BrokerLink[] = [{ name: 'kafka-producer', isConnected: () => this.publisher.isConnected() }];
    if (this.transport?.isSubscribed)
      links.push({ name: 'kafka-consumer', isConnected: () => this.subscriber.isConnected() });
    return links;
  }

  async onApplicationBootstrap(): Promise<void> {
    registerBrokerLinks(this.options.service, () => this.brokerLinks());
    if (this.options.config.KAFKA_ENSURE_TOPICS) await this.ensureTopics();
    await this.publisher.connect();
    this.relay.start();
    this.inboxPruner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([this.relay.stop(), this.inboxPruner.stop()]);
  }

  async onApplicationShutdown(): Promise<void> {
    unregisterBrokerLinks(this.options.service);
    await this.subscriber.stop();
    await this.publisher.disconnect();
  }

  /** Development and tests: the provisioning Job's topic plan (dev partitions, one replica). */
  private async ensureTopics(): Promise<void> {
    const admin = new KafkajsTopicAdmin(this.kafka);
    try {
      await admin.provisionTopics(
        planTopics({ profile: 'dev', replicationFactor: 1, topicPrefix: this.options.config.KAFKA_TOPIC_PREFIX }),
      );
    } finally {
      await admin.disconnect();
    }
  }
}

@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    const { sealingKeyFile } = options;
    return {
      module: MessagingModule,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        MessagingRuntime,
        ...(sealingKeyFile === undefined
          ? [{ provide: Outbox, useValue: new Outbox(options.service, options.config.KAFKA_TOPIC_PREFIX) }]
          : [
              {
                provide: SealingKeyring,
                useFactory: () =>
                  readSealingKeyFile(sealingKeyFile, { production: options.config.NODE_ENV === 'production' }),
              },
              {
                provide: Outbox,
                inject: [SealingKeyring],
                useFactory: (keyring: SealingKeyring) =>
                  new Outbox(options.service, options.config.KAFKA_TOPIC_PREFIX, keyring),
              },
            ]),
      ],
      exports: [Outbox, MessagingRuntime, ...(sealingKeyFile === undefined ? [] : [SealingKeyring])],
    };
  }
}
