import { randomUUID } from 'node:crypto';
import { deadLetterTopicOf } from '@jaring/contracts';
import { waitFor } from '../../../test/support/test-environment';
import { DLT_HEADERS } from '../src';
import { MessagingTestKit } from './messaging-test-kit';

describe('a consumer serves only its regencies (real broker and PostgreSQL)', () => {
  const kit = new MessagingTestKit(`tenants_${randomUUID().slice(0, 6)}`);

  beforeAll(async () => kit.start());
  afterAll(async () => kit.stop());

  it('dead-letters an event of a regency it does not serve, with the reason, and applies the others', async () => {
    const served = kit.event('worker-a', 1);
    const foreign = { ...kit.event('worker-b', 1), tenant: '73.71' };
    const after = kit.event('worker-a', 2);
    for (const event of [served, foreign, after]) await kit.publishRaw(event.aggregateId, JSON.stringify(event));

    await kit.runConsumer(kit.recordEffect, { servedTenants: ['76.04'] });

    const effects = await waitFor(
      async () => {
        const rows = await kit.effects();
        return rows.length >= 2 && rows;
      },
      { what: 'the served events applied' },
    );
    expect(effects.map((row) => row.event_id)).toEqual([served.eventId, after.eventId]);
    const [dead] = await kit.readAll(deadLetterTopicOf(kit.topic), 1);
    expect(dead.headers[DLT_HEADERS.errorClass]).toBe('UnservedTenant');
    expect(dead.headers[DLT_HEADERS.reason]).toBe('messaging-test does not serve tenant 73.71');
    expect(dead.value).toBe(JSON.stringify(foreign));
  });
});
