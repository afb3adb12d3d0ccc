import type { DataSource } from 'typeorm';
import { ALL_TOPICS, type TopicSpec } from '@jaring/contracts';
import { PeriodicTask } from '@jaring/scheduling';

export interface InboxPrunerOptions {
  /** Inbox rows older than this are deleted; see inboxRetentionDays. */
  keepDays: number;
  /** Rows deleted per transaction, so a large backlog never holds long locks. */
  batchSize?: number;
  /** Time between prunes. */
  intervalMs?: number;
}

export interface PruneLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

/**
 * Days an applied event's id must stay in the inbox. An event can arrive again only while Kafka
 * still holds a record of it: the original (the topic's retention), its dead letter (kept as long)
 * or a replay of that dead letter onto the topic (the topic's retention again, counted from the
 * replay). Twice the longest retention covers all three; a week more leaves room for clocks and
 * for an operator who raised a retention without redeploying.
 */
export function inboxRetentionDays(topics: readonly TopicSpec[] = ALL_TOPICS): number {
  return 2 * Math.max(...topics.map((topic) => topic.retentionDays)) + 7;
}

/**
 * Deletes inbox rows no redelivery can need any more, so the inbox does not grow forever. Replicas
 * of one service take turns: a batch runs only under a transaction-level advisory lock.
 */
export class InboxPruner {
  private readonly schedule: PeriodicTask;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: InboxPrunerOptions,
    log: PruneLog,
  ) {
    this.schedule = new PeriodicTask(
      async () => {
        const deleted = await this.pruneOnce();
        if (deleted > 0) log.info({ deleted, keepDays: options.keepDays }, 'pruned expired inbox rows');
      },
      {
        everyMs: options.intervalMs ?? 3_600_000,
        runAtStart: false,
        onError: (error) => log.warn({ err: error }, 'inbox pruning failed; it is tried again at the next interval'),
      },
    );
  }

  /** Prunes every `intervalMs` (hourly by default), the first time one interval after start. */
  start(): void {
    this.schedule.start();
  }

  async stop(): Promise<void> {
    await this.schedule.stop();
  }

  /** Deletes the expired rows batch by batch; returns how many it deleted. */
  async pruneOnce(): Promise<number> {
    let deleted = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const [{ locked }] = await manager.query(
          `SELECT pg_try_advisory_xact_lock(hashtext('jaring-inbox-pruner')) AS locked`,
        );
        if (!locked) return 0;
        // By ctid, found through the processed_at index: deleting by key instead made PostgreSQL
        // scan the whole inbox for every batch. Inbox rows are never updated, so a ctid stays put.
        const [{ count }] = await manager.query(
          `WITH expired AS (
             DELETE FROM inbox_message WHERE ctid = ANY (ARRAY(
               SELECT ctid FROM inbox_message WHERE processed_at < now() - make_interval(days => $1) LIMIT $2))
             RETURNING 1)
           SELECT count(*)::int AS count FROM expired`,
          [this.options.keepDays, this.batchSize],
        );
        return count as number;
      });
      deleted += batch;
      if (batch < this.batchSize) return deleted;
    }
  }

  private get batchSize(): number {
    return this.options.batchSize ?? 10_000;
  }
}
