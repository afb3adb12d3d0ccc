import { Counter, Gauge } from 'prom-client';

/**
 * Messaging metrics, registered once per process and labelled by service, so several services can
 * share a process (as the end-to-end tests do) without clashing registrations.
 */
export const eventsHandled = new Counter({
  name: 'jaring_events_handled_total',
  help: 'Events received by a consumer, by outcome: applied, duplicate, ignored or dead-lettered',
  labelNames: ['consumer', 'event_type', 'outcome'] as const,
});

export const consumerRetries = new Counter({
  name: 'jaring_consumer_retries_total',
  help: 'Batches retried after a transient failure (database or broker unavailable, serialization conflict)',
  labelNames: ['consumer', 'topic'] as const,
});

export const consumerLag = new Gauge({
  name: 'jaring_consumer_lag_messages',
  help: 'Messages between the last committed offset and the partition high watermark',
  labelNames: ['consumer', 'topic', 'partition'] as const,
});

export const outboxPublished = new Counter({
  name: 'jaring_outbox_published_total',
  help: 'Outbox rows published to Kafka',
  labelNames: ['service'] as const,
});

export interface OutboxBacklog {
  pending: number;
  oldestAgeSeconds: number;
}

const backlogSources = new Map<string, () => Promise<OutboxBacklog>>();

export function registerOutboxBacklog(service: string, read: () => Promise<OutboxBacklog>): void {
  backlogSources.set(service, read);
}

export function unregisterOutboxBacklog(service: string): void {
  backlogSources.delete(service);
}

async function readBacklogs(): Promise<[string, OutboxBacklog][]> {
  return Promise.all(
    [...backlogSources].map(
      async ([service, read]) =>
        [service, await read().catch(() => ({ pending: -1, oldestAgeSeconds: -1 }))] as [string, OutboxBacklog],
    ),
  );
}

new Gauge({
  name: 'jaring_outbox_pending_rows',
  help: 'Outbox rows not yet published',
  labelNames: ['service'] as const,
  async collect() {
    for (const [service, backlog] of await readBacklogs()) this.set({ service }, backlog.pending);
  },
});

new Gauge({
  name: 'jaring_outbox_oldest_pending_age_seconds',
  help: 'Age of the oldest unpublished outbox row (0 when none)',
  labelNames: ['service'] as const,
  async collect() {
    for (const [service, backlog] of await readBacklogs()) this.set({ service }, backlog.oldestAgeSeconds);
  },
});

/** A connection to the broker this process depends on (the producer, the consumer group). */
export interface BrokerLink {
  readonly name: string;
  isConnected(): boolean;
}

const brokerLinkSources = new Map<string, () => BrokerLink[]>();

export function registerBrokerLinks(service: string, links: () => BrokerLink[]): void {
  brokerLinkSources.set(service, links);
}

export function unregisterBrokerLinks(service: string): void {
  brokerLinkSources.delete(service);
}

/** Broker health, kept out of readiness on purpose (see HealthController.ready). */
new Gauge({
  name: 'jaring_kafka_link_up',
  help: '1 when the link to the Kafka broker (producer, consumer) is connected, else 0',
  labelNames: ['service', 'link'] as const,
  collect() {
    this.reset();
    for (const [service, links] of brokerLinkSources) {
      for (const link of links()) this.set({ service, link: link.name }, link.isConnected() ? 1 : 0);
    }
  },
});
