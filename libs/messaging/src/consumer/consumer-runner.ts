import type { DataSource, EntityManager } from 'typeorm';
import { type EventEnvelope, validateEvent } from '@jaring/contracts';
import type { BatchControl, IncomingRecord, RecordBatch, RecordPublisher } from '../kafka/kafka-records';
import { consumerLag, consumerRetries, eventsHandled } from '../messaging-metrics';
import { withBatchConsumerSpan, withConsumerSpan } from '../trace-context';
import { type DeadLetter, toDeadLetterRecord } from './dead-letter';
import { classifyFailure, errorClassOf, reasonOf } from './failure';

export interface EventHandlerContext {
  /** The transaction the inbox row is written in: the handler's effect must use it. */
  manager: EntityManager;
  record: IncomingRecord;
}

export type EventHandler = (event: EventEnvelope, context: EventHandlerContext) => Promise<void>;

export interface BatchContext {
  manager: EntityManager;
}

/**
 * Applies a run of consecutive events of one type at once (e.g. one multi-row upsert), which is
 * what makes a projection keep up with a bulk import. Order within the run is the partition order.
 */
export type BatchEventHandler = (events: EventEnvelope[], context: BatchContext) => Promise<void>;

export type Handler = { kind: 'each'; handle: EventHandler } | { kind: 'batch'; handle: BatchEventHandler };

export interface ConsumerLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface ConsumerRunnerOptions {
  /** Inbox key and consumer group: a logical name such as `billing`. */
  consumer: string;
  /** Handlers by pattern `<EventType>.v<N>`. */
  handlers: ReadonlyMap<string, Handler>;
  /** Records per database transaction. */
  chunkSize?: number;
  /** Attempts for a failure that is neither known-transient nor known-permanent, before dead-lettering. */
  maxUnknownAttempts?: number;
  maxBackoffMs?: number;
}

type Decoded =
  | { kind: 'event'; record: IncomingRecord; event: EventEnvelope; pattern: string }
  | { kind: 'ignored'; record: IncomingRecord; eventType: string }
  | { kind: 'dead'; record: IncomingRecord; reason: string; errorClass: string };

type DecodedEvent = Extract<Decoded, { kind: 'event' }>;

/** Thrown inside a chunk to leave the transaction and retry it after a pause. */
class RetryChunk extends Error {}

/**
 * Applies Kafka batches to the database exactly once in effect:
 * - each record is decoded and validated; invalid ones, unknown versions and business rejections go
 *   to `<topic>.dlt` with the reason in headers, and the partition moves on;
 * - a chunk of records is applied in ONE transaction that also records every event id in the inbox,
 *   so a redelivered event finds its id and changes nothing;
 * - offsets are committed only after that transaction commits and dead letters are acknowledged;
 * - transient failures (database or broker away, serialization conflicts) are retried with
 *   exponential backoff for as long as it takes, without losing or skipping the record.
 * If a handler rejects an event in the fast path, the chunk is redone one savepoint per record, so
 * only the bad record is dead-lettered.
 */
export class ConsumerRunner {
  private readonly chunkSize: number;
  private readonly maxUnknownAttempts: number;
  private readonly maxBackoffMs: number;
  private readonly handledTypes: Set<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: RecordPublisher,
    private readonly options: ConsumerRunnerOptions,
    private readonly log: ConsumerLog,
  ) {
    this.chunkSize = options.chunkSize ?? 500;
    this.maxUnknownAttempts = options.maxUnknownAttempts ?? 3;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.handledTypes = new Set([...options.handlers.keys()].map((pattern) => pattern.replace(/\.v\d+$/, '')));
  }

  get consumer(): string {
    return this.options.consumer;
  }

  async handleBatch(batch: RecordBatch, control: BatchControl): Promise<void> {
    for (let start = 0; start < batch.records.length; start += this.chunkSize) {
      if (!control.isActive()) return; // the rest is redelivered to whoever owns the partition next
      const chunk = batch.records.slice(start, start + this.chunkSize);
      const completed = await this.applyChunk(
        chunk.map((record) => this.decode(record)),
        control,
      );
      if (!completed) return;
      const last = chunk[chunk.length - 1];
      await control.commit(last.offset);
      consumerLag.set(
        { consumer: this.consumer, topic: batch.topic, partition: String(batch.partition) },
        Math.max(0, Number(BigInt(batch.highWatermark) - BigInt(last.offset) - 1n)),
      );
      await control.heartbeat();
    }
  }

  private decode(record: IncomingRecord): Decoded {
    let candidate: unknown;
    try {
      candidate = JSON.parse(record.value ?? '');
    } catch {
      return { kind: 'dead', record, reason: 'message value is not JSON', errorClass: 'InvalidMessage' };
    }
    const eventType = (candidate as { eventType?: unknown } | null)?.eventType;
    if (typeof eventType !== 'string') {
      return { kind: 'dead', record, reason: 'message has no eventType', errorClass: 'InvalidMessage' };
    }
    if (!this.handledTypes.has(eventType)) return { kind: 'ignored', record, eventType };
    const validation = validateEvent(candidate);
    if (!validation.ok) return { kind: 'dead', record, reason: validation.reason, errorClass: 'InvalidEvent' };
    const pattern = `${validation.event.eventType}.v${validation.event.eventVersion}`;
    if (!this.options.handlers.has(pattern)) {
      return {
        kind: 'dead',
        record,
        reason: `${this.consumer} does not handle ${pattern}`,
        errorClass: 'UnsupportedVersion',
      };
    }
    return { kind: 'event', record, event: validation.event, pattern };
  }

  /** Applies a chunk until it succeeds; returns false if the consumer was stopped meanwhile. */
  private async applyChunk(items: Decoded[], control: BatchControl): Promise<boolean> {
    let isolate = false;
    let failures = 0;
    const unknownAttempts = new Map<string, number>();
    for (;;) {
      if (!control.isActive()) return false;
      try {
        const outcome = await this.dataSource.transaction((manager) =>
          isolate ? this.applyIsolated(manager, items, unknownAttempts) : this.applyFast(manager, items),
        );
        await this.publishDeadLetters([...deadOf(items), ...outcome.deadLetters], control);
        this.count(items, outcome);
        return true;
      } catch (error) {
        const kind = error instanceof RetryChunk ? 'transient' : classifyFailure(error);
        if (kind !== 'transient' && !isolate) {
          isolate = true; // find the one bad record instead of failing the whole chunk
          continue;
        }
        failures += 1;
        consumerRetries.inc({ consumer: this.consumer, topic: items[0].record.topic });
        const delay = Math.min(this.maxBackoffMs, 200 * 2 ** Math.min(failures, 12));
        this.log.warn(
          { consumer: this.consumer, errorClass: errorClassOf(error), attempt: failures, retryInMs: delay },
          'transient failure applying events; retrying the same records',
        );
        await this.pause(delay, control);
      }
    }
  }

  private async applyFast(manager: EntityManager, items: Decoded[]): Promise<ChunkOutcome> {
    const events = items.filter((item): item is DecodedEvent => item.kind === 'event');
    const fresh = await this.recordInInbox(manager, events);
    const applied = new Set<string>();
    const toApply = events.filter((item) => {
      const isNew = fresh.has(item.event.eventId) && !applied.has(item.event.eventId);
      if (isNew) applied.add(item.event.eventId);
      return isNew;
    });
    for (const run of consecutiveRuns(toApply)) await this.invoke(run, manager);
    return { applied, deadLetters: [] };
  }

  private async applyIsolated(
    manager: EntityManager,
    items: Decoded[],
    unknownAttempts: Map<string, number>,
  ): Promise<ChunkOutcome> {
    const applied = new Set<string>();
    const deadLetters: DeadLetter[] = [];
    for (const item of items) {
      if (item.kind !== 'event') continue;
      await manager.query('SAVEPOINT jaring_event');
      try {
        const fresh = await this.recordInInbox(manager, [item]);
        if (fresh.has(item.event.eventId) && !applied.has(item.event.eventId)) {
          await this.invoke([item], manager);
          applied.add(item.event.eventId);
        }
        await manager.query('RELEASE SAVEPOINT jaring_event');
      } catch (error) {
        const kind = classifyFailure(error);
        if (kind === 'transient') throw error;
        await manager.query('ROLLBACK TO SAVEPOINT jaring_event');
        const attempts = (unknownAttempts.get(item.record.offset) ?? 0) + 1;
        unknownAttempts.set(item.record.offset, attempts);
        if (kind === 'unknown' && attempts < this.maxUnknownAttempts) throw new RetryChunk();
        deadLetters.push({ record: item.record, reason: reasonOf(error), errorClass: errorClassOf(error) });
      }
    }
    return { applied, deadLetters };
  }

  /** Invokes the handler of one run of same-pattern events: once for a batch handler, else per event. */
  private async invoke(run: DecodedEvent[], manager: EntityManager): Promise<void> {
    const handler = this.options.handlers.get(run[0].pattern);
    if (!handler) throw new Error(`no handler for ${run[0].pattern}`);
    const spanName = `${this.consumer} handle ${run[0].pattern}`;
    if (handler.kind === 'batch') {
      const events = run.map((item) => item.event);
      const headers = run.map((item) => item.record.headers);
      await withBatchConsumerSpan(spanName, headers, () => handler.handle(events, { manager }));
      return;
    }
    for (const item of run) {
      await withConsumerSpan(spanName, item.record.headers, () =>
        handler.handle(item.event, { manager, record: item.record }),
      );
    }
  }

  /**
   * Inserts inbox rows with one statement; returns the ids that were new (the others were applied
   * before). The records of one call come from one batch, i.e. one topic partition.
   */
  private async recordInInbox(manager: EntityManager, items: DecodedEvent[]): Promise<Set<string>> {
    if (items.length === 0) return new Set();
    const { topic, partition } = items[0].record;
    const ids: string[] = [];
    const patterns: string[] = [];
    const offsets: string[] = [];
    for (const item of items) {
      if (item.record.topic !== topic || item.record.partition !== partition) {
        throw new Error('inbox rows of one call must come from one topic partition');
      }
      ids.push(item.event.eventId);
      patterns.push(item.pattern);
      offsets.push(item.record.offset);
    }
    const rows: { event_id: string }[] = await manager.query(
      `INSERT INTO inbox_message (consumer, event_id, event_type, topic, partition, kafka_offset)
       SELECT $1, event_id, event_type, $4, $5, kafka_offset
       FROM unnest($2::uuid[], $3::text[], $6::bigint[]) AS t(event_id, event_type, kafka_offset)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [this.consumer, arrayLiteral(ids), arrayLiteral(patterns), topic, partition, arrayLiteral(offsets)],
    );
    const fresh = new Set<string>();
    for (const row of rows) fresh.add(row.event_id);
    return fresh;
  }

  private async publishDeadLetters(letters: DeadLetter[], control: BatchControl): Promise<void> {
    if (letters.length === 0) return;
    for (let failures = 1; ; failures += 1) {
      try {
        await this.publisher.publish(letters.map((letter) => toDeadLetterRecord(this.consumer, letter)));
        for (const letter of letters) {
          this.log.warn(
            {
              consumer: this.consumer,
              topic: letter.record.topic,
              partition: letter.record.partition,
              offset: letter.record.offset,
              errorClass: letter.errorClass,
              reason: letter.reason,
            },
            'event sent to the dead-letter topic',
          );
        }
        return;
      } catch (error) {
        // Never move past a record whose dead letter was not acknowledged: that would lose it.
        this.log.error(
          { consumer: this.consumer, errorClass: errorClassOf(error), attempt: failures },
          'could not publish dead letters; retrying',
        );
        await this.pause(Math.min(this.maxBackoffMs, 200 * 2 ** Math.min(failures, 12)), control);
      }
    }
  }

  private count(items: Decoded[], outcome: ChunkOutcome): void {
    const deadOffsets = new Set(outcome.deadLetters.map((letter) => letter.record.offset));
    // One counter update per (type, outcome) of the chunk rather than one per record.
    const tally = new Map<string, Map<string, number>>();
    for (const item of items) {
      const eventType = item.kind === 'event' ? item.pattern : item.kind === 'ignored' ? item.eventType : 'invalid';
      const result =
        item.kind === 'dead' || deadOffsets.has(item.record.offset)
          ? 'dead-lettered'
          : item.kind === 'ignored'
            ? 'ignored'
            : outcome.applied.has(item.event.eventId)
              ? 'applied'
              : 'duplicate';
      let byResult = tally.get(eventType);
      if (!byResult) tally.set(eventType, (byResult = new Map()));
      byResult.set(result, (byResult.get(result) ?? 0) + 1);
    }
    for (const [eventType, byResult] of tally) {
      for (const [result, n] of byResult) {
        eventsHandled.inc({ consumer: this.consumer, event_type: eventType, outcome: result }, n);
      }
    }
  }

  /** Waits while keeping group membership alive (heartbeats go out only when we send them). */
  private async pause(ms: number, control: BatchControl): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until && control.isActive()) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, until - Date.now())));
      await control.heartbeat().catch(() => undefined);
    }
  }
}

interface ChunkOutcome {
  applied: Set<string>;
  deadLetters: DeadLetter[];
}

/** Splits events into maximal runs of the same pattern, keeping their order. */
function consecutiveRuns(items: DecodedEvent[]): DecodedEvent[][] {
  const runs: DecodedEvent[][] = [];
  for (const item of items) {
    const current = runs[runs.length - 1];
    if (current && current[0].pattern === item.pattern) current.push(item);
    else runs.push([item]);
  }
  return runs;
}

function deadOf(items: Decoded[]): DeadLetter[] {
  return items
    .filter((item) => item.kind === 'dead')
    .map((item) => ({ record: item.record, reason: item.reason, errorClass: item.errorClass }));
}

/**
 * A PostgreSQL array literal of strings (node-postgres escapes every element of a JS array one by
 * one, which showed up in profiles at 1,000 records per chunk). Every element is quoted, so no
 * value can be read as NULL or split.
 */
function arrayLiteral(values: readonly string[]): string {
  if (values.length === 0) return '{}';
  if (!/["\\]/.test(values.join(','))) return `{"${values.join('","')}"}`;
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
