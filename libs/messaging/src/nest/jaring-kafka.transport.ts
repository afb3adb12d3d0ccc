import { type CustomTransportStrategy, Server } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import type { DataSource, EntityManager } from 'typeorm';
import { EVENT_CATALOGUE, type EventEnvelope, eventPattern } from '@jaring/contracts';
import { ConsumerRunner, type ConsumerLog, type Handler } from '../consumer/consumer-runner';
import type { IncomingRecord, RecordPublisher, RecordSubscriber } from '../kafka/kafka-records';
import { JaringEventContext } from './event-context';

export interface JaringKafkaTransportOptions {
  consumer: string;
  groupId: string;
  topicPrefix: string;
  dataSource: DataSource;
  publisher: RecordPublisher;
  subscriber: RecordSubscriber;
  log: ConsumerLog;
  chunkSize?: number;
  /** Events of other regencies are dead-lettered (SERVED_TENANTS). */
  servedTenants: readonly string[];
}

/**
 * A Nest transport strategy for Jaring events. Services keep writing `@EventPattern('WorkerRegistered.v1')`
 * handlers; instead of Nest's ServerKafka (per-message auto-commit, no dead letters) they run under
 * the ConsumerRunner: validated envelopes, inbox deduplication in the handler's transaction, commit
 * after the transaction, retries and dead-letter topics. See docs/adr/0002-kafka-transport.md.
 */
export class JaringKafkaTransport extends Server implements CustomTransportStrategy {
  override readonly propagatesEventHandlerErrors = true;
  private runner?: ConsumerRunner;

  constructor(private readonly options: JaringKafkaTransportOptions) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      const handlers = new Map<string, Handler>();
      for (const [pattern, handler] of this.getHandlers()) {
        handlers.set(
          pattern,
          handler.extras?.batch
            ? { kind: 'batch', handle: this.invokerFor(pattern) }
            : { kind: 'each', handle: this.invokerFor(pattern) },
        );
      }
      const topics = this.topicsFor([...handlers.keys()]);
      if (topics.length > 0) {
        const runner = new ConsumerRunner(
          this.options.dataSource,
          this.options.publisher,
          {
            consumer: this.options.consumer,
            handlers,
            chunkSize: this.options.chunkSize,
            servedTenants: this.options.servedTenants,
          },
          this.options.log,
        );
        this.runner = runner;
        await this.options.subscriber.start({
          groupId: this.options.groupId,
          topics,
          fromBeginning: true,
          onBatch: (batch, control) => runner.handleBatch(batch, control),
        });
      }
      callback();
    } catch (error) {
      callback(error);
    }
  }

  /** Stops fetching, lets the in-flight batch finish and commit, then leaves the group. */
  async close(): Promise<void> {
    await this.options.subscriber.stop();
  }

  on(): never {
    throw new Error('JaringKafkaTransport has no events to listen to');
  }

  /** True once the service subscribed to at least one topic (it has event handlers). */
  get isSubscribed(): boolean {
    return this.runner !== undefined;
  }

  unwrap<T>(): T {
    return this.runner as T;
  }

  /** Calls the Nest handler (guards, interceptors, filters included) and waits for it to finish. */
  private invokerFor(pattern: string) {
    return async (
      data: EventEnvelope | EventEnvelope[],
      { manager, record }: { manager: EntityManager; record?: IncomingRecord },
    ) => {
      const handler = this.getHandlerByPattern(pattern);
      if (!handler) throw new Error(`No handler registered for ${pattern}`);
      const result = await handler(data, new JaringEventContext([manager, record]));
      if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
    };
  }

  private topicsFor(patterns: string[]): string[] {
    const unknown = patterns.filter(
      (pattern) => !EVENT_CATALOGUE.some((definition) => eventPattern(definition) === pattern),
    );
    if (unknown.length > 0) throw new Error(`Handlers for events not in the contract catalogue: ${unknown.join(', ')}`);
    const names = EVENT_CATALOGUE.filter((definition) => patterns.includes(eventPattern(definition))).map(
      (definition) => this.options.topicPrefix + definition.topic.name,
    );
    return [...new Set(names)];
  }
}
