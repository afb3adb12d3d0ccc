import type { DataSource, EntityManager } from 'typeorm';
import type { OutgoingRecord, RecordPublisher } from '../kafka/kafka-records';
import { outboxPublished, registerOutboxBacklog, unregisterOutboxBacklog } from '../messaging-metrics';

export interface RelayLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

export interface OutboxRelayOptions {
  service: string;
  batchSize: number;
  pollIntervalMs: number;
  /** Sent rows are kept this long for inspection, then purged. */
  keepSentForHours: number;
}

interface PendingRow {
  id: string;
  topic: string;
  message_key: string;
  event_type: string;
  envelope: { eventId: string; eventVersion: number };
  headers: Record<string, string>;
}

export const EVENT_TYPE_HEADER = 'jaring-event-type';
export const EVENT_ID_HEADER = 'jaring-event-id';

const PURGE_EVERY_MS = 10 * 60_000;

/**
 * Rows a service's relay publishes per transaction. The publisher splits them into requests the
 * broker accepts (record-batches.ts), so this bounds only the transaction. 1,000 drained a
 * regency's 26,000 import events no faster than 500 (bench/enrolment-import, 2026-12-06).
 */
export const RELAY_BATCH_SIZE = 500;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them sent.
 *
 * One relay per database publishes at a time (a transaction-scoped advisory lock), because two
 * relays each taking a slice of the backlog could publish one key's events out of order. If the
 * process dies after Kafka acknowledged a batch but before the rows were marked sent, the batch is
 * published again on restart; consumers drop the duplicates by event id.
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private lastPurge = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: RecordPublisher,
    private readonly options: OutboxRelayOptions,
    private readonly log: RelayLog,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    registerOutboxBacklog(this.options.service, () => this.backlog());
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    unregisterOutboxBacklog(this.options.service);
  }

  /** Publishes at most one batch; returns how many rows it published. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(
        `SELECT pg_try_advisory_xact_lock(hashtext('jaring-outbox-relay')) AS locked`,
      );
      if (!locked) return 0;
      const rows: PendingRow[] = await manager.query(
        `SELECT id, topic, message_key, event_type, envelope, headers
           FROM outbox_message WHERE sent_at IS NULL ORDER BY id LIMIT $1`,
        [this.options.batchSize],
      );
      if (rows.length === 0) return 0;
      await this.publisher.publish(rows.map(toRecord));
      await this.markSent(manager, rows);
      outboxPublished.inc({ service: this.options.service }, rows.length);
      return rows.length;
    });
  }

  async backlog(): Promise<{ pending: number; oldestAgeSeconds: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS pending,
              COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS age
         FROM outbox_message WHERE sent_at IS NULL`,
    );
    return { pending: row.pending, oldestAgeSeconds: row.age };
  }

  private async markSent(manager: EntityManager, rows: PendingRow[]): Promise<void> {
    await manager.query(`UPDATE outbox_message SET sent_at = now() WHERE id = ANY($1::bigint[])`, [
      rows.map((row) => row.id),
    ]);
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const published = await this.relayOnce();
        failures = 0;
        await this.purgeSentRows();
        if (published < this.options.batchSize) await this.sleep(this.options.pollIntervalMs);
      } catch (error) {
        failures += 1;
        const delay = Math.min(30_000, this.options.pollIntervalMs * 2 ** Math.min(failures, 10));
        this.log.warn(
          { err: error, attempt: failures, retryInMs: delay },
          'outbox relay failed; rows stay pending and will be retried',
        );
        await this.sleep(delay);
      }
    }
  }

  private async purgeSentRows(): Promise<void> {
    if (Date.now() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = Date.now();
    await this.dataSource.query(`DELETE FROM outbox_message WHERE sent_at < now() - make_interval(hours => $1)`, [
      this.options.keepSentForHours,
    ]);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

function toRecord(row: PendingRow): OutgoingRecord {
  return {
    topic: row.topic,
    key: row.message_key,
    value: JSON.stringify(row.envelope),
    headers: {
      ...row.headers,
      [EVENT_TYPE_HEADER]: `${row.event_type}.v${row.envelope.eventVersion}`,
      [EVENT_ID_HEADER]: row.envelope.eventId,
    },
  };
}
