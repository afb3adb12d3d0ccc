import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { deadLetterTopicOf } from '@jaring/contracts';
import { waitFor } from '../../../test/support/test-environment';
import { KafkajsPublisher } from '../src';
import { MessagingTestKit } from './messaging-test-kit';

describe('graceful shutdown: stop fetching, finish the in-flight chunk, commit, leave', () => {
  let kit: MessagingTestKit;

  beforeEach(async () => {
    kit = new MessagingTestKit(`shutdown_${randomUUID().slice(0, 6)}`);
    await kit.start();
  });

  afterEach(async () => kit.stop());

  it('commits exactly what it applied, so the next member resumes without loss or repeats', async () => {
    const events = Array.from({ length: 40 }, (_, index) => kit.event('worker-s', index));
    for (const event of events) await kit.publishRaw(event.aggregateId, JSON.stringify(event));
    const groupId = `${kit.topicPrefix}shutdown-group`;
    const slowHandler = async (...args: Parameters<typeof kit.recordEffect>) => {
      await new Promise((resolve) => setTimeout(resolve, 50)); // a handler doing real work
      await kit.recordEffect(...args);
    };

    const first = await kit.runConsumer(slowHandler, { chunkSize: 5 }, { groupId });
    await waitFor(async () => (await kit.effects()).length >= 7, { what: 'consumption under way' });
    await first.stop(); // what SIGTERM does through Nest's shutdown hooks
    const appliedBeforeStop = (await kit.effects()).length;
    expect(appliedBeforeStop % 5).toBe(0); // the in-flight chunk was finished, not cut short
    expect(appliedBeforeStop).toBeLessThan(40);

    const admin = kit.kafka.admin();
    await admin.connect();
    const [committed] = await admin.fetchOffsets({ groupId, topics: [kit.topic] });
    await admin.disconnect();
    const total = committed.partitions.reduce((sum, partition) => sum + Math.max(0, Number(partition.offset)), 0);
    expect(total).toBe(appliedBeforeStop); // committed after its transaction, nothing more, nothing less

    await kit.runConsumer(slowHandler, { chunkSize: 5 }, { groupId });
    const effects = await waitFor(
      async () => {
        const rows = await kit.effects();
        return rows.length >= 40 && rows;
      },
      { what: 'the rest after restart' },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await kit.effects()).map((row) => row.position)).toEqual(events.map((_, index) => index));
    expect(effects).toHaveLength(40);
  });

  it('stops even while dead letters cannot be published, and leaves their records to the next member', async () => {
    const groupId = `${kit.topicPrefix}unpublishable-dead-letters`;
    const before = kit.event('worker-d', 0);
    const after = kit.event('worker-d', 2);
    await kit.publishRaw(before.aggregateId, JSON.stringify(before));
    await kit.publishRaw(before.aggregateId, '{ not json'); // same key, so the same partition, between the two
    await kit.publishRaw(after.aggregateId, JSON.stringify(after));
    // A real client for a broker that is not there: every dead letter it is given fails to publish.
    const unreachable = new Kafka({
      clientId: 'unreachable',
      brokers: ['127.0.0.1:9'],
      connectionTimeout: 200,
      retry: { retries: 1, initialRetryTime: 50 },
      logLevel: logLevel.NOTHING,
    });

    const first = await kit.runConsumer(
      kit.recordEffect,
      { maxBackoffMs: 500 },
      { groupId, publisher: new KafkajsPublisher(unreachable) },
    );
    await waitFor(async () => (await kit.effects()).length === 2, { what: 'both valid events applied' });
    await first.stop(); // must return although the poison's dead letter is still unpublished

    const admin = kit.kafka.admin();
    await admin.connect();
    const [committed] = await admin.fetchOffsets({ groupId, topics: [kit.topic] });
    await admin.disconnect();
    expect(committed.partitions.every((partition) => Number(partition.offset) <= 0)).toBe(true);

    await kit.runConsumer(kit.recordEffect, {}, { groupId });
    const dead = await kit.readAll(deadLetterTopicOf(kit.topic), 1);
    expect(dead.map((record) => record.value)).toEqual(['{ not json']);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await kit.effects()).map((row) => row.event_id)).toEqual([before.eventId, after.eventId]);
  });
});
