import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureKafka } from '../../../deploy/local/kafka/kafka-launcher';
import { TcpProxy } from '../../../test/support/tcp-proxy';
import { testDatabaseUrl, waitFor } from '../../../test/support/test-environment';
import { OutboxRelay } from '../src';
import { MessagingTestKit, silentLog } from './messaging-test-kit';

describe('nothing lost, nothing applied twice, when the database or the broker goes away', () => {
  let kit: MessagingTestKit;

  beforeEach(async () => {
    kit = new MessagingTestKit(`resilience_${randomUUID().slice(0, 6)}`);
    await kit.start();
  });

  afterEach(async () => {
    await kit.stop();
  });

  it('keeps every event while the database is unavailable for 10 s, then applies each once', async () => {
    // The consumer reaches PostgreSQL through a proxy we can cut, like a database restart or partition.
    const direct = new URL(testDatabaseUrl(kit['databaseLabel']));
    const proxy = new TcpProxy(direct.hostname, Number(direct.port || 5432));
    const port = await proxy.start();
    const viaProxy = new URL(direct);
    viaProxy.port = String(port);
    const consumerDataSource = await kit.connect(viaProxy.toString());

    try {
      const first = Array.from({ length: 50 }, (_, index) => kit.event(`worker-${index % 5}`, Math.floor(index / 5)));
      for (const event of first) await kit.publishRaw(event.aggregateId, JSON.stringify(event));
      await kit.runConsumer(kit.recordEffect, { maxBackoffMs: 1_000 }, { dataSource: consumerDataSource });
      await waitFor(async () => (await kit.effects()).length >= 50, { what: 'the first 50 events' });

      await proxy.cut();
      const second = Array.from({ length: 50 }, (_, index) =>
        kit.event(`worker-${index % 5}`, 10 + Math.floor(index / 5)),
      );
      for (const event of second) await kit.publishRaw(event.aggregateId, JSON.stringify(event));
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      expect((await kit.effects()).length).toBe(50); // nothing applied while the database was away
      await proxy.restore();

      const effects = await waitFor(
        async () => {
          const rows = await kit.effects();
          return rows.length >= 100 && rows;
        },
        { what: 'all 100 events after the database returned', timeoutMs: 60_000 },
      );
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await kit.effects()).toHaveLength(100);
      expect(new Set(effects.map((row) => row.event_id)).size).toBe(100);
      for (let aggregate = 0; aggregate < 5; aggregate += 1) {
        const positions = effects
          .filter((row) => row.aggregate_id === kit.aggregateId(`worker-${aggregate}`))
          .map((row) => row.position);
        expect(positions).toEqual([
          ...Array.from({ length: 10 }, (_, i) => i),
          ...Array.from({ length: 10 }, (_, i) => 10 + i),
        ]);
      }
    } finally {
      await proxy.stop();
    }
  });

  it('loses nothing and applies nothing twice when the broker restarts mid-stream', async () => {
    // A private broker (own port and data), so restarting it disturbs no other test or developer.
    const dataDir = join(tmpdir(), `jaring-restart-test-${randomUUID().slice(0, 8)}`);
    const broker = await ensureKafka({ port: 19092, dataDir });
    const ownKit = new MessagingTestKit(`restart_${randomUUID().slice(0, 6)}`, broker.brokers);
    try {
      await ownKit.start();
      const events = Array.from({ length: 600 }, (_, index) =>
        ownKit.event(`worker-${index % 6}`, Math.floor(index / 6)),
      );
      await ownKit.dataSource.transaction((manager) => ownKit.outbox.stageEnvelopes(manager, events.slice(0, 300)));
      const relay = new OutboxRelay(
        ownKit.dataSource,
        ownKit.publisher,
        { service: 'restart-test', batchSize: 50, pollIntervalMs: 20, keepSentForHours: 1 },
        silentLog,
      );
      relay.start();
      await ownKit.runConsumer(ownKit.recordEffect, { chunkSize: 25, maxBackoffMs: 2_000 });
      await waitFor(async () => (await ownKit.effects()).length >= 100, { what: 'consumption under way' });

      await broker.restart();
      await ownKit.dataSource.transaction((manager) => ownKit.outbox.stageEnvelopes(manager, events.slice(300)));

      const effects = await waitFor(
        async () => {
          const rows = await ownKit.effects();
          return rows.length >= 600 && rows;
        },
        { what: 'all 600 events after the broker restart', timeoutMs: 120_000 },
      );
      await relay.stop();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await ownKit.effects()).toHaveLength(600);
      expect(new Set(effects.map((row) => row.event_id)).size).toBe(600);
      for (let aggregate = 0; aggregate < 6; aggregate += 1) {
        const positions = effects
          .filter((row) => row.aggregate_id === ownKit.aggregateId(`worker-${aggregate}`))
          .map((row) => row.position);
        expect(positions).toEqual(Array.from({ length: 100 }, (_, index) => index));
      }
    } finally {
      await ownKit.stop();
      await broker.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
