import { randomUUID } from 'node:crypto';
import { waitFor } from '../../../test/support/test-environment';
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

    const first = await kit.runConsumer(slowHandler, { chunkSize: 5 }, kit.dataSource, groupId);
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

    await kit.runConsumer(slowHandler, { chunkSize: 5 }, kit.dataSource, groupId);
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
});
