import { runWithAuditContext, systemActor } from '@jaring/audit';
import { TenantContext, TenantScope } from '@jaring/auth';
import type { DataSource, EntityManager } from 'typeorm';
import { type EventEnvelope, validateEvent } from '@jaring/contracts';
import { copyField, copyLines, isUniqueViolation } from '@jaring/persistence';
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
  /** Records per database transaction (DEFAULT_CHUNK_SIZE). */
  chunkSize?: number;
  /** Attempts for a failure that is neither known-transient nor known-permanent, before dead-lettering. */
  maxUnknownAttempts?: number;
  maxBackoffMs?: number;
  /** The regencies this service serves: an event of any other tenant is dead-lettered. */
  servedTenants: readonly string[];
}

/**
 * Records per transaction unless a consumer says otherwise. 1,000 applied ~10 % more events/s than
 * 500 in bench:messaging (2026-12-06, two interleaved runs each); 2,000 gained nothing more. A
 * fetched batch holds ~2,000 records per partition, so it takes about two transactions.
 */
export const DEFAULT_CHUNK_SIZE = 1_000;

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
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
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
        chunk.map((record) => this.decodeSafely(record)),
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

  /**
   * A record that breaks decoding itself (a validator throwing on some hostile shape) is a poison
   * message too: thrown here, it would fail the batch and be fetched again forever.
   */
  private decodeSafely(record: IncomingRecord): Decoded {
    try {
      return this.decode(record);
    } catch (error) {
      return { kind: 'dead', record, reason: 'message could not be validated', errorClass: errorClassOf(error) };
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
    if (!this.options.servedTenants.includes(validation.event.tenant)) {
      return {
        kind: 'dead',
        record,
        reason: `${this.consumer} does not serve tenant ${validation.event.tenant}`,
        errorClass: 'UnservedTenant',
      };
    }
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
    let path: ChunkPath = 'append';
    let failures = 0;
    const unknownAttempts = new Map<string, number>();
    for (;;) {
      if (!control.isActive()) return false;
      try {
        const outcome = await this.dataSource.transaction((manager) =>
          path === 'isolate'
            ? this.applyIsolated(manager, items, unknownAttempts)
            : this.applyFast(manager, items, path === 'deduplicate'),
        );
        // Unpublished dead letters keep the chunk's offset uncommitted: the next owner of the
        // partition sends them (its applied events are then duplicates in the inbox).
        if (!(await this.publishDeadLetters([...deadOf(items), ...outcome.deadLetters], control))) return false;
        this.count(items, outcome);
        return true;
      } catch (error) {
        if (path === 'append' && isUniqueViolation(error, INBOX_PRIMARY_KEY)) {
          path = 'deduplicate'; // a redelivery: some of these events were applied before
          continue;
        }
        const kind = error instanceof RetryChunk ? 'transient' : classifyFailure(error);
        if (kind !== 'transient' && path !== 'isolate') {
          path = 'isolate'; // find the one bad record instead of failing the whole chunk
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

  private async applyFast(manager: EntityManager, items: Decoded[], deduplicate: boolean): Promise<ChunkOutcome> {
    const events = items.filter((item): item is DecodedEvent => item.kind === 'event');
    let toApply = events;
    const duplicates = new Set<DecodedEvent>();
    if (deduplicate) {
      const fresh = await this.recordNewInInbox(manager, events);
      toApply = events.filter((item) => {
        // delete, not has: an event delivered twice within the chunk is applied at its first place only
        if (fresh.delete(item.event.eventId)) return true;
        duplicates.add(item);
        return false;
      });
    } else {
      await this.appendToInbox(manager, events);
    }
    for (const run of consecutiveRuns(toApply)) await this.invoke(run, manager);
    return { duplicates, deadLetters: [] };
  }

  private async applyIsolated(
    manager: EntityManager,
    items: Decoded[],
    unknownAttempts: Map<string, number>,
  ): Promise<ChunkOutcome> {
    const duplicates = new Set<DecodedEvent>();
    const deadLetters: DeadLetter[] = [];
    for (const item of items) {
      if (item.kind !== 'event') continue;
      await manager.query('SAVEPOINT jaring_event');
      try {
        const fresh = await this.recordNewInInbox(manager, [item]);
        if (fresh.has(item.event.eventId)) await this.invoke([item], manager);
        else duplicates.add(item);
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
    return { duplicates, deadLetters };
  }

  /** Invokes the handler of one run of same-pattern events: once for a batch handler, else per event. */
  private async invoke(run: DecodedEvent[], manager: EntityManager): Promise<void> {
    const handler = this.options.handlers.get(run[0].pattern);
    if (!handler) throw new Error(`no handler for ${run[0].pattern}`);
    const spanName = `${this.consumer} handle ${run[0].pattern}`;
    // What a consumer changes is audited as this consumer's work, under the event's correlation id.
    const actor = systemActor(this.consumer);
    if (handler.kind === 'batch') {
      const events = run.map((item) => item.event);
      const records = run.map((item) => item.record);
      // A batch mixes the served regencies; each event's own tenant is still in its envelope.
      const scope = TenantScope.of({ tenants: [...new Set(events.map((event) => event.tenant))] });
      await runWithAuditContext({ actor, requestId: events[0].correlationId }, () =>
        withBatchConsumerSpan(spanName, records, () =>
          TenantContext.run(scope, () => handler.handle(events, { manager })),
        ),
      );
      return;
    }
    for (const item of run) {
      await runWithAuditContext({ actor, requestId: item.event.correlationId }, () =>
        withConsumerSpan(spanName, item.record.headers, () =>
          TenantContext.run(TenantScope.only(item.event.tenant), () =>
            handler.handle(item.event, { manager, record: item.record }),
          ),
        ),
      );
    }
  }

  /**
   * Appends every event to the inbox with COPY, the path of a first delivery. COPY has no
   * ON CONFLICT, so an event recorded before fails the whole chunk on INBOX_PRIMARY_KEY and the
   * chunk is redone by recordNewInInbox; COPY costs PostgreSQL about half of that INSERT's CPU.
   */
  private async appendToInbox(manager: EntityManager, items: DecodedEvent[]): Promise<void> {
    if (items.length === 0) return;
    const { topic, partition } = samePartitionOf(items);
    const shared = `${copyField(this.consumer)}\t${copyField(topic)}\t${partition}\t`;
    await copyLines(
      manager,
      'inbox_message',
      INBOX_COLUMNS,
      items.map(
        (item) => `${shared}${copyField(item.event.eventId)}\t${copyField(item.pattern)}\t${item.record.offset}\n`,
      ),
    );
  }

  /** Records the events not yet in the inbox with one statement; returns the ids that were new. */
  private async recordNewInInbox(manager: EntityManager, items: DecodedEvent[]): Promise<Set<string>> {
    if (items.length === 0) return new Set();
    const { topic, partition } = samePartitionOf(items);
    const rows: { event_id: string }[] = await manager.query(
      `INSERT INTO inbox_message (consumer, event_id, event_type, topic, partition, kafka_offset)
       SELECT $1, event_id, event_type, $4, $5, kafka_offset
       FROM unnest($2::uuid[], $3::text[], $6::bigint[]) AS t(event_id, event_type, kafka_offset)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [
        this.consumer,
        arrayLiteral(items.map((item) => item.event.eventId)),
        arrayLiteral(items.map((item) => item.pattern)),
        topic,
        partition,
        arrayLiteral(items.map((item) => item.record.offset)),
      ],
    );
    const fresh = new Set<string>();
    for (const row of rows) fresh.add(row.event_id);
    return fresh;
  }

  /** Publishes until the broker acknowledges; false if the consumer was stopped first. */
  private async publishDeadLetters(letters: DeadLetter[], control: BatchControl): Promise<boolean> {
    if (letters.length === 0) return true;
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
        return true;
      } catch (error) {
        // Never move past a record whose dead letter was not acknowledged: that would lose it.
        const stopping = !control.isActive();
        this.log.error(
          { consumer: this.consumer, errorClass: errorClassOf(error), attempt: failures },
          stopping
            ? 'could not publish dead letters; stopping without committing them'
            : 'could not publish dead letters; retrying',
        );
        if (stopping) return false;
        await this.pause(Math.min(this.maxBackoffMs, 200 * 2 ** Math.min(failures, 12)), control);
      }
    }
  }

  private count(items: Decoded[], outcome: ChunkOutcome): void {
    const dead = new Set(outcome.deadLetters.map((letter) => letter.record));
    // One counter update per run of records with the same type and outcome, not one per record.
    let eventType = '';
    let result = '';
    let run = 0;
    for (const item of items) {
      const itemType = item.kind === 'event' ? item.pattern : item.kind === 'ignored' ? item.eventType : 'invalid';
      const itemResult =
        item.kind === 'dead' || dead.has(item.record)
          ? 'dead-lettered'
          : item.kind === 'ignored'
            ? 'ignored'
            : outcome.duplicates.has(item)
              ? 'duplicate'
              : 'applied';
      if (itemType !== eventType || itemResult !== result) {
        this.countRun(eventType, result, run);
        eventType = itemType;
        result = itemResult;
        run = 0;
      }
      run += 1;
    }
    this.countRun(eventType, result, run);
  }

  private countRun(eventType: string, outcome: string, n: number): void {
    if (n > 0) eventsHandled.inc({ consumer: this.consumer, event_type: eventType, outcome }, n);
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

/**
 * How a chunk is applied: first by appending its events to the inbox; by skipping the events the
 * inbox already holds once that met a redelivery; one savepoint per record once a record failed.
 */
type ChunkPath = 'append' | 'deduplicate' | 'isolate';

const INBOX_COLUMNS = ['consumer', 'topic', 'partition', 'event_id', 'event_type', 'kafka_offset'];

/** Violated by appendToInbox's COPY when an event id is in the inbox already. */
const INBOX_PRIMARY_KEY = 'inbox_message_pkey';

/** The topic partition of a chunk's events: inbox rows of one call must come from one. */
function samePartitionOf(items: DecodedEvent[]): { topic: string; partition: number } {
  const { topic, partition } = items[0].record;
  for (const item of items) {
    if (item.record.topic !== topic || item.record.partition !== partition) {
      throw new Error('inbox rows of one call must come from one topic partition');
    }
  }
  return { topic, partition };
}

interface ChunkOutcome {
  /** Events the inbox already held (or met earlier in the chunk): not applied again. */
  duplicates: Set<DecodedEvent>;
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
