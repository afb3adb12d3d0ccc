import { deadLetterTopicOf } from '@jaring/contracts';
import type { IncomingRecord, OutgoingRecord } from '../kafka/kafka-records';

/** Header names on dead-lettered messages: a wire contract for operators and the `dlt` CLI. */
export const DLT_HEADERS = {
  reason: 'jaring-dlt-reason',
  errorClass: 'jaring-dlt-error-class',
  consumer: 'jaring-dlt-consumer',
  originalTopic: 'jaring-dlt-original-topic',
  originalPartition: 'jaring-dlt-original-partition',
  originalOffset: 'jaring-dlt-original-offset',
  failedAt: 'jaring-dlt-failed-at',
} as const;

export interface DeadLetter {
  record: IncomingRecord;
  reason: string;
  errorClass: string;
}

/** The original bytes, unchanged, plus why and where they failed; the key keeps its partitioning. */
export function toDeadLetterRecord(consumer: string, letter: DeadLetter, now = new Date()): OutgoingRecord {
  const { record } = letter;
  return {
    topic: deadLetterTopicOf(record.topic),
    key: record.key ?? `${record.topic}/${record.partition}/${record.offset}`,
    value: record.value ?? '',
    headers: {
      ...record.headers,
      [DLT_HEADERS.reason]: letter.reason.slice(0, 1000),
      [DLT_HEADERS.errorClass]: letter.errorClass,
      [DLT_HEADERS.consumer]: consumer,
      [DLT_HEADERS.originalTopic]: record.topic,
      [DLT_HEADERS.originalPartition]: String(record.partition),
      [DLT_HEADERS.originalOffset]: record.offset,
      [DLT_HEADERS.failedAt]: now.toISOString(),
    },
  };
}
