import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import type { IncomingRecord } from './kafka-records';

/**
 * Reads a topic from its first to its last record as of now, with a throwaway consumer group that
 * commits nothing. For operator tools (dead-letter listing and replay), not for services.
 */
export async function readWholeTopic(kafka: Kafka, topic: string): Promise<IncomingRecord[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  const remaining = new Map(
    ends.filter((end) => BigInt(end.high) > BigInt(end.low)).map((end) => [end.partition, BigInt(end.high)]),
  );
  if (remaining.size === 0) return [];

  const records: IncomingRecord[] = [];
  const consumer = kafka.consumer({ groupId: `jaring-tool-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          records.push({
            topic,
            partition,
            offset: message.offset,
            key: message.key?.toString() ?? null,
            value: message.value?.toString() ?? null,
            headers: Object.fromEntries(
              Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value ?? '')]),
            ),
            timestamp: message.timestamp,
          });
          if (BigInt(message.offset) + 1n >= (remaining.get(partition) ?? 0n)) remaining.delete(partition);
          if (remaining.size === 0) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return records.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
}
