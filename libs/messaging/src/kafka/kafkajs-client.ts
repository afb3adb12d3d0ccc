import {
  Kafka,
  logLevel,
  Partitioners,
  type Consumer,
  type IHeaders,
  type ITopicConfig,
  type KafkaMessage,
  type LogEntry,
  type Producer,
} from 'kafkajs';
import {
  DEFAULT_PARTITIONS_IN_PARALLEL,
  type IncomingRecord,
  type OutgoingRecord,
  type RecordPublisher,
  type RecordSubscriber,
  type SubscriptionOptions,
  type TopicAdmin,
} from './kafka-records';
import { splitBySize } from './record-batches';
import type { KafkaSecurity } from '@jaring/config';

export interface KafkaLog {
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

// Consumers drop duplicates by event id, so the producer's retry limit cannot cost correctness;
// kafkajs warns about it on every connect, which would only train operators to ignore warnings.
const EXPECTED_NOISE = /Limiting retries for the idempotent producer/;

/** kafkajs logs through our logger at WARN and above; it never sees message contents. */
export function createKafka(brokers: string[], clientId: string, log: KafkaLog, security: KafkaSecurity = {}): Kafka {
  return new Kafka({
    clientId,
    brokers,
    ...security,
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 300, retries: 10 },
    logCreator:
      () =>
      ({ level, label, log: entry }: LogEntry) => {
        const { message, ...detail } = entry;
        if (EXPECTED_NOISE.test(message)) return;
        const fields = { kafka: label, broker: detail.broker, error: detail.error, groupId: detail.groupId };
        if (level <= logLevel.ERROR) log.error(fields, `kafka: ${message}`);
        else log.warn(fields, `kafka: ${message}`);
      },
  });
}

export class KafkajsPublisher implements RecordPublisher {
  private readonly producer: Producer;
  private connected = false;
  /** kafkajs reports no disconnect when the broker goes away: the last send says whether it answers. */
  private lastSendFailed = false;

  constructor(kafka: Kafka) {
    // Idempotent producer: the broker drops retried duplicates and keeps per-partition order.
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
      allowAutoTopicCreation: true,
    });
    this.producer.on(this.producer.events.CONNECT, () => (this.connected = true));
    this.producer.on(this.producer.events.DISCONNECT, () => (this.connected = false));
  }

  async connect(): Promise<void> {
    await this.producer.connect();
  }

  async publish(records: OutgoingRecord[]): Promise<void> {
    // Requests bounded in bytes (see record-batches.ts), sent one after another: order per key holds.
    try {
      for (const group of splitBySize(records)) {
        const byTopic = new Map<string, OutgoingRecord[]>();
        for (const record of group) byTopic.set(record.topic, [...(byTopic.get(record.topic) ?? []), record]);
        await this.producer.sendBatch({
          acks: -1,
          topicMessages: [...byTopic].map(([topic, list]) => ({
            topic,
            messages: list.map(({ key, value, headers }) => ({ key, value, headers })),
          })),
        });
      }
      this.lastSendFailed = false;
    } catch (error) {
      this.lastSendFailed = true;
      throw error;
    }
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }

  isConnected(): boolean {
    return this.connected && !this.lastSendFailed;
  }
}

export class KafkajsSubscriber implements RecordSubscriber {
  private consumer?: Consumer;
  private connected = false;

  constructor(private readonly kafka: Kafka) {}

  async start(options: SubscriptionOptions): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: options.groupId,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      allowAutoTopicCreation: true,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CONNECT, () => (this.connected = true));
    consumer.on(consumer.events.DISCONNECT, () => (this.connected = false));
    consumer.on(consumer.events.CRASH, () => (this.connected = false));
    await consumer.connect();
    await consumer.subscribe({ topics: options.topics, fromBeginning: options.fromBeginning });
    await consumer.run({
      // Offsets are committed only after the database transaction that applied them commits.
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: options.partitionsInParallel ?? DEFAULT_PARTITIONS_IN_PARALLEL,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }) => {
        await options.onBatch(
          {
            topic: batch.topic,
            partition: batch.partition,
            highWatermark: batch.highWatermark,
            records: batch.messages.map((message) => new ReceivedRecord(batch.topic, batch.partition, message)),
          },
          {
            isActive: () => isRunning() && !isStale(),
            heartbeat,
            commit: async (offset) => {
              resolveOffset(offset);
              // Explicit offsets go straight to the group coordinator; consumer.commitOffsets() would be
              // dropped silently once a stop has begun, losing the commit of the batch we just finished.
              await commitOffsetsIfNecessary({
                topics: [
                  {
                    topic: batch.topic,
                    partitions: [{ partition: batch.partition, offset: (BigInt(offset) + 1n).toString() }],
                  },
                ],
              });
            },
          },
        );
      },
    });
  }

  async stop(): Promise<void> {
    // kafkajs' disconnect stops fetching and waits for the running eachBatch to return first.
    await this.consumer?.disconnect();
    this.connected = false;
  }

  isConnected(): boolean {
    return this.connected;
  }
}

/**
 * A record as received. Its key and headers are decoded on first use: the consumer runner reads
 * neither for an event it applies (only for tracing when it is on, and for dead letters), and
 * decoding them up front was ~5% of its CPU.
 */
class ReceivedRecord implements IncomingRecord {
  readonly offset: string;
  readonly value: string | null;
  readonly timestamp: string;
  private decodedHeaders?: Record<string, string>;

  constructor(
    readonly topic: string,
    readonly partition: number,
    private readonly message: KafkaMessage,
  ) {
    this.offset = message.offset;
    this.value = message.value?.toString() ?? null;
    this.timestamp = message.timestamp;
  }

  get key(): string | null {
    return this.message.key?.toString() ?? null;
  }

  get headers(): Record<string, string> {
    return (this.decodedHeaders ??= headersOf(this.message.headers));
  }
}

/** Header values as strings (kafkajs gives Buffers, or arrays of them for repeated names). */
function headersOf(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  if (headers) for (const name of Object.keys(headers)) result[name] = String(headers[name] ?? '');
  return result;
}

export class KafkajsTopicAdmin implements TopicAdmin {
  private readonly admin;

  constructor(kafka: Kafka) {
    this.admin = kafka.admin();
  }

  async ensureTopics(topics: { name: string; partitions: number; retentionMs?: number }[]): Promise<void> {
    await this.createMissing(
      topics.map((topic) => ({
        topic: topic.name,
        numPartitions: topic.partitions,
        configEntries: topic.retentionMs ? [{ name: 'retention.ms', value: String(topic.retentionMs) }] : [],
      })),
    );
  }

  /**
   * Creates the missing topics with their replication factor and topic configs (a deployment's
   * provisioning Job), then describes every requested topic as the cluster now has it. Existing
   * topics are never altered: more partitions would move keys to other partitions and break
   * per-key order across the change, so the caller decides what a mismatch means.
   */
  async provisionTopics(topics: TopicProvisioning[]): Promise<ProvisionedTopic[]> {
    const created = await this.createMissing(
      topics.map((topic) => ({
        topic: topic.name,
        numPartitions: topic.partitions,
        replicationFactor: topic.replicationFactor,
        configEntries: Object.entries(topic.configEntries).map(([name, value]) => ({ name, value })),
      })),
    );
    const metadata = await this.admin.fetchTopicMetadata({ topics: topics.map((topic) => topic.name) });
    return metadata.topics.map((topic) => ({
      name: topic.name,
      created: created.has(topic.name),
      partitions: topic.partitions.length,
      replicationFactor: Math.min(...topic.partitions.map((partition) => partition.replicas.length)),
    }));
  }

  async disconnect(): Promise<void> {
    await this.admin.disconnect();
  }

  /** Creates the topics that do not exist yet; returns the names it created. */
  private async createMissing(topics: ITopicConfig[]): Promise<Set<string>> {
    await this.admin.connect();
    const existing = new Set(await this.admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic.topic));
    if (missing.length === 0) return new Set();
    try {
      await this.admin.createTopics({ waitForLeaders: true, topics: missing });
    } catch (error) {
      // Several services or a provisioning Job may create topics at once; losing that race is fine
      // if every topic now exists.
      const present = new Set(await this.admin.listTopics());
      if (missing.some((topic) => !present.has(topic.topic))) throw describeTopicErrors(error);
    }
    return new Set(missing.map((topic) => topic.topic));
  }
}

/** kafkajs names per-topic causes (e.g. INVALID_REPLICATION_FACTOR) only inside an aggregate error. */
function describeTopicErrors(error: unknown): unknown {
  const errors = (error as { errors?: { topic?: string; type?: string; message?: string }[] }).errors;
  if (!(error instanceof Error) || !Array.isArray(errors) || errors.length === 0) return error;
  const details = errors.map((cause) => `${cause.topic ?? '?'}: ${cause.type ?? cause.message ?? 'unknown error'}`);
  return new Error(`${error.message}: ${details.join('; ')}`, { cause: error });
}

export interface TopicProvisioning {
  name: string;
  partitions: number;
  replicationFactor: number;
  /** Kafka topic configs, e.g. `retention.ms`, `min.insync.replicas`. */
  configEntries: Record<string, string>;
}

export interface ProvisionedTopic {
  name: string;
  /** True when this call created it; false when it already existed (and was left as it was). */
  created: boolean;
  partitions: number;
  /** The smallest replica count over its partitions. */
  replicationFactor: number;
}
