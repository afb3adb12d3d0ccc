import { randomUUID } from 'node:crypto';
import { deadLetterTopicOf } from '@jaring/contracts';
import { DomainError } from '@jaring/kernel';
import { waitFor } from '../../../test/support/test-environment';
import { DLT_HEADERS, eventsHandled, OutboxRelay, type RecordPublisher } from '../src';
import { MessagingTestKit, silentLog } from './messaging-test-kit';

describe('consumer runner and outbox on a real broker and PostgreSQL', () => {
  let kit: MessagingTestKit;

  beforeEach(async () => {
    kit = new MessagingTestKit(`messaging_${randomUUID().slice(0, 6)}`);
    await kit.start();
  });

  afterEach(async () => {
    await kit.stop();
  });

  it('applies the same event delivered 5 times exactly once', async () => {
    const event = kit.event('worker-a', 1);
    for (let delivery = 0; delivery < 5; delivery += 1) await kit.publishRaw(event.aggregateId, JSON.stringify(event));
    const next = kit.event('worker-a', 2);
    await kit.publishRaw(next.aggregateId, JSON.stringify(next));

    await kit.runConsumer(kit.recordEffect);

    const effects = await waitFor(
      async () => {
        const rows = await kit.effects();
        return rows.length >= 2 && rows;
      },
      { what: 'both events applied' },
    );
    expect(effects.map((row) => row.event_id)).toEqual([event.eventId, next.eventId]);
    const [{ count }] = await kit.dataSource.query('SELECT count(*)::int AS count FROM inbox_message');
    expect(count).toBe(2);
  });

  it('applies only the new events of a chunk redelivered after a crash before the offset commit', async () => {
    const first = [kit.event('worker-r', 1), kit.event('worker-r', 2)];
    for (const event of first) await kit.publishRaw(event.aggregateId, JSON.stringify(event));
    const crashed = await kit.runConsumer(kit.recordEffect);
    await waitFor(async () => (await kit.effects()).length >= 2, { what: 'the first delivery applied' });
    await crashed.stop();
    const later = kit.event('worker-r', 3);
    await kit.publishRaw(later.aggregateId, JSON.stringify(later));
    const handled = (outcome: string) => handledCount('messaging-test', outcome);
    const [duplicatesBefore, appliedBefore] = [await handled('duplicate'), await handled('applied')];

    // A member of a new group has no committed offsets, as after a crash between the database commit
    // and the offset commit: it receives all three events in one chunk, two of them in the inbox.
    await kit.runConsumer(kit.recordEffect);
    await waitFor(async () => (await handled('duplicate')) - duplicatesBefore >= 2, {
      what: 'the redelivered events counted as duplicates',
    });

    await new Promise((resolve) => setTimeout(resolve, 1_000)); // give any repeat time to show up
    expect((await kit.effects()).map((row) => row.position)).toEqual([1, 2, 3]);
    expect((await handled('duplicate')) - duplicatesBefore).toBe(2);
    // The one new event of the chunk was applied; the two redelivered ones were not applied again.
    expect((await handled('applied')) - appliedBefore).toBe(1);
  });

  it('absorbs the duplicate when the relay dies after publishing but before marking rows sent', async () => {
    const events = [kit.event('worker-b', 1), kit.event('worker-b', 2)];
    await kit.dataSource.transaction((manager) => kit.outbox.stageEnvelopes(manager, events));

    // The first relay publishes, then "dies" before its transaction marks the rows sent.
    const dyingPublisher: RecordPublisher = {
      connect: async () => undefined,
      disconnect: async () => undefined,
      isConnected: () => true,
      publish: async (records) => {
        await kit.publisher.publish(records);
        throw new Error('process killed after Kafka acknowledged the batch');
      },
    };
    const options = { service: 'relay-test', batchSize: 100, pollIntervalMs: 20, keepSentForHours: 1 };
    await expect(new OutboxRelay(kit.dataSource, dyingPublisher, options, silentLog).relayOnce()).rejects.toThrow(
      'process killed',
    );
    const [{ pending }] = await kit.dataSource.query(
      'SELECT count(*)::int AS pending FROM outbox_message WHERE sent_at IS NULL',
    );
    expect(pending).toBe(2);

    // After the restart, a healthy relay publishes the same rows again.
    expect(await new OutboxRelay(kit.dataSource, kit.publisher, options, silentLog).relayOnce()).toBe(2);
    const onTopic = await kit.readAll(kit.topic, 4);
    expect(onTopic).toHaveLength(4);
    // Published as staged: the envelope's own bytes, its type with version and its id as headers.
    expect(onTopic.map((record) => record.value).sort()).toEqual(
      [...events, ...events].map((event) => JSON.stringify(event)).sort(),
    );
    expect(onTopic[0].headers).toMatchObject({
      'jaring-event-type': `${events[0].eventType}.v${events[0].eventVersion}`,
      'jaring-event-id': expect.stringMatching(new RegExp(`^(${events[0].eventId}|${events[1].eventId})$`)),
    });

    await kit.runConsumer(kit.recordEffect);
    const effects = await waitFor(
      async () => {
        const rows = await kit.effects();
        return rows.length >= 2 && rows;
      },
      { what: 'events applied' },
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // give any duplicate time to show up
    expect((await kit.effects()).map((row) => row.position)).toEqual([1, 2]);
    expect(effects).toHaveLength(2);
  });

  it('dead-letters a poison message with its reason and goes on with the next one on the partition', async () => {
    const good = kit.event('worker-c', 1);
    const rejected = kit.event('worker-c', 2);
    const after = kit.event('worker-c', 3);
    await kit.publishRaw(kit.aggregateId('worker-c'), '{"this is": not json');
    await kit.publishRaw(
      kit.aggregateId('worker-c'),
      JSON.stringify({ ...good, payload: { ...good.payload, to: 'flying' } }),
    );
    // Copied onto the payload object this once made validation itself throw, failing the batch forever.
    await kit.publishRaw(
      kit.aggregateId('worker-c'),
      JSON.stringify(good).replace('"payload":{', '"payload":{"constructor":null,'),
    );
    await kit.publishRaw(kit.aggregateId('worker-c'), JSON.stringify(good));
    await kit.publishRaw(kit.aggregateId('worker-c'), JSON.stringify(rejected));
    await kit.publishRaw(kit.aggregateId('worker-c'), JSON.stringify(after));

    await kit.runConsumer(async (event, context) => {
      if (event.eventId === rejected.eventId)
        throw new DomainError('WORKER_ALREADY_TERMINATED', 'A terminated worker cannot be suspended');
      await kit.recordEffect(event, context);
    });

    const effects = await waitFor(
      async () => {
        const rows = await kit.effects();
        return rows.length >= 2 && rows;
      },
      { what: 'the good events applied' },
    );
    expect(effects.map((row) => row.event_id)).toEqual([good.eventId, after.eventId]);

    const dead = await kit.readAll(deadLetterTopicOf(kit.topic), 4);
    expect(dead.map((record) => record.headers[DLT_HEADERS.errorClass])).toEqual([
      'InvalidMessage',
      'InvalidEvent',
      'InvalidEvent',
      'DomainError',
    ]);
    expect(dead[1].headers[DLT_HEADERS.reason]).toContain('payload: to fails isIn');
    expect(dead[2].headers[DLT_HEADERS.reason]).toBe('payload: field name constructor is not allowed');
    expect(dead[3].headers[DLT_HEADERS.reason]).toContain('WORKER_ALREADY_TERMINATED');
    expect(dead[3].headers[DLT_HEADERS.originalTopic]).toBe(kit.topic);
    expect(dead.map((record) => record.headers[DLT_HEADERS.originalOffset])).toEqual(['0', '1', '2', '4']);
    expect(dead[3].value).toBe(JSON.stringify(rejected));
  });

  it('handles 1,000 events of 10 aggregates in order per aggregate', async () => {
    const events = Array.from({ length: 1_000 }, (_, index) =>
      kit.event(`worker-${index % 10}`, Math.floor(index / 10)),
    );
    await kit.dataSource.transaction((manager) => kit.outbox.stageEnvelopes(manager, events));
    const relay = new OutboxRelay(
      kit.dataSource,
      kit.publisher,
      { service: 'order-test', batchSize: 137, pollIntervalMs: 20, keepSentForHours: 1 },
      silentLog,
    );
    relay.start();
    await kit.runConsumer(kit.recordEffect, { chunkSize: 64 });

    const effects = await waitFor(
      async () => {
        const rows = await kit.effects();
        return rows.length >= 1_000 && rows;
      },
      { what: '1,000 events applied', timeoutMs: 60_000 },
    );
    await relay.stop();

    expect(effects).toHaveLength(1_000);
    for (let aggregate = 0; aggregate < 10; aggregate += 1) {
      const positions = effects
        .filter((row) => row.aggregate_id === kit.aggregateId(`worker-${aggregate}`))
        .map((row) => row.position);
      expect(positions).toEqual(Array.from({ length: 100 }, (_, index) => index));
    }
  });

  it('applies runs of events with one batch handler call, isolating a rejected event', async () => {
    const events = Array.from({ length: 30 }, (_, index) => kit.event('worker-batch', index));
    const poisoned = events[17];
    for (const event of events) await kit.publishRaw(event.aggregateId, JSON.stringify(event));
    const runSizes: number[] = [];
    await kit.runConsumer(kit.recordEffect, {
      handlers: new Map([
        [
          'WorkerStatusChanged.v1',
          {
            kind: 'batch',
            handle: async (batch, { manager }) => {
              runSizes.push(batch.length);
              if (batch.some((event) => event.eventId === poisoned.eventId))
                throw new DomainError('REJECTED', 'one bad event');
              await manager.query(
                `INSERT INTO effect (event_id, aggregate_id, position)
                 SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[])`,
                [
                  batch.map((event) => event.eventId),
                  batch.map((event) => event.aggregateId),
                  batch.map((event) => kit.positionOf(event)),
                ],
              );
            },
          },
        ],
      ]),
    });
    const effects = await waitFor(
      async () => {
        const rows = await kit.effects();
        return rows.length >= 29 && rows;
      },
      { what: '29 events applied' },
    );
    expect(effects.map((row) => row.position)).toEqual(events.map((_, index) => index).filter((index) => index !== 17));
    expect(Math.max(...runSizes)).toBeGreaterThan(1); // the fast path really handled runs
    const dead = await kit.readAll(deadLetterTopicOf(kit.topic), 1);
    expect(dead.map((record) => JSON.parse(record.value ?? '{}').eventId)).toEqual([poisoned.eventId]);
  });
});

/** The events-handled counter of one consumer and outcome, summed over event types. */
async function handledCount(consumer: string, outcome: string): Promise<number> {
  const { values } = await eventsHandled.get();
  return values
    .filter((sample) => sample.labels.consumer === consumer && sample.labels.outcome === outcome)
    .reduce((sum, sample) => sum + sample.value, 0);
}
