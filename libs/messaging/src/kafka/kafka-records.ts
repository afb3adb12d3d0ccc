/**
 * The project's own small interface to Kafka. Everything outside `kafka/` speaks these types, so
 * kafkajs (in maintenance mode) can be swapped for another client in one folder.
 */
export type Headers = Record<string, string>;

export interface OutgoingRecord {
  topic: string;
  key: string;
  value: string;
  headers?: Headers;
}

export interface IncomingRecord {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Headers;
  timestamp: string;
}

export interface RecordPublisher {
  connect(): Promise<void>;
  /** Resolves only when every record is acknowledged by all in-sync replicas (acks = -1). */
  publish(records: OutgoingRecord[]): Promise<void>;
  disconnect(): Promise<void>;
  isConnected(): boolean;
}

export interface BatchControl {
  /** False once the consumer is stopping or the partition was revoked: stop taking new work. */
  isActive(): boolean;
  heartbeat(): Promise<void>;
  /** Marks records up to and including `offset` as done and commits `offset + 1`. */
  commit(offset: string): Promise<void>;
}

export interface RecordBatch {
  topic: string;
  partition: number;
  highWatermark: string;
  records: IncomingRecord[];
}

/** Partitions a subscriber processes at once: each holds a database connection while it does. */
export const DEFAULT_PARTITIONS_IN_PARALLEL = 4;

export interface SubscriptionOptions {
  groupId: string;
  topics: string[];
  fromBeginning: boolean;
  /** Partitions processed at once, each in its own transaction (DEFAULT_PARTITIONS_IN_PARALLEL). */
  partitionsInParallel?: number;
  onBatch: (batch: RecordBatch, control: BatchControl) => Promise<void>;
}

export interface RecordSubscriber {
  /** Joins the group and starts fetching; returns once running. */
  start(options: SubscriptionOptions): Promise<void>;
  /** Stops fetching, lets the in-flight batch finish and commit, then leaves the group. */
  stop(): Promise<void>;
  isConnected(): boolean;
}

export interface TopicAdmin {
  ensureTopics(topics: { name: string; partitions: number; retentionMs?: number }[]): Promise<void>;
  disconnect(): Promise<void>;
}
