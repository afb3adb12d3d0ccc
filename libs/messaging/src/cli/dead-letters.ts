import { ALL_TOPICS, deadLetterTopicOf } from '@jaring/contracts';
import { DLT_HEADERS } from '../consumer/dead-letter';
import type { IncomingRecord, OutgoingRecord } from '../kafka/kafka-records';

export const REPLAYED_FROM_HEADER = 'jaring-replayed-from';

export interface DeadLetterSummary {
  deadLetterTopic: string;
  partition: number;
  offset: string;
  originalTopic: string;
  originalPartition: string;
  originalOffset: string;
  consumer: string;
  eventType: string;
  eventId: string;
  errorClass: string;
  reason: string;
  failedAt: string;
}

export function deadLetterTopics(prefix: string): string[] {
  return ALL_TOPICS.map((topic) => deadLetterTopicOf(prefix + topic.name));
}

/** What an operator needs to decide on a dead letter; never the payload (it holds personal data). */
export function summarise(record: IncomingRecord): DeadLetterSummary {
  const header = (name: string) => record.headers[name] ?? '';
  return {
    deadLetterTopic: record.topic,
    partition: record.partition,
    offset: record.offset,
    originalTopic: header(DLT_HEADERS.originalTopic),
    originalPartition: header(DLT_HEADERS.originalPartition),
    originalOffset: header(DLT_HEADERS.originalOffset),
    consumer: header(DLT_HEADERS.consumer),
    eventType: header('jaring-event-type'),
    eventId: header('jaring-event-id'),
    errorClass: header(DLT_HEADERS.errorClass),
    reason: header(DLT_HEADERS.reason),
    failedAt: header(DLT_HEADERS.failedAt),
  };
}

/**
 * The original message, back on its original topic, marked as a replay. Safe to repeat: consumers
 * that already applied the event find its id in their inbox and skip it.
 */
export function replayRecord(record: IncomingRecord): OutgoingRecord {
  const originalTopic = record.headers[DLT_HEADERS.originalTopic];
  if (!originalTopic)
    throw new Error(`${record.topic}@${record.partition}/${record.offset} has no original topic header`);
  const headers = Object.fromEntries(
    Object.entries(record.headers).filter(([name]) => !name.startsWith('jaring-dlt-')),
  );
  return {
    topic: originalTopic,
    key: record.key ?? '',
    value: record.value ?? '',
    headers: { ...headers, [REPLAYED_FROM_HEADER]: `${record.topic}/${record.partition}/${record.offset}` },
  };
}
