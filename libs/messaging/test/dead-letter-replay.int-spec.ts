import { randomUUID } from 'node:crypto';
import { deadLetterTopicOf } from '@jaring/contracts';
import { DomainError } from '@jaring/kernel';
import { waitFor } from '../../../test/support/test-environment';
import { readWholeTopic } from '../src/kafka/topic-reader';
import { REPLAYED_FROM_HEADER, replayRecord, summarise } from '../src/cli/dead-letters';
import { MessagingTestKit } from './messaging-test-kit';

describe('dead letters are operable: listed with their reasons, replayed after a fix', () => {
  let kit: MessagingTestKit;

  beforeEach(async () => {
    kit = new MessagingTestKit(`dlt_${randomUUID().slice(0, 6)}`);
    await kit.start();
  });

  afterEach(async () => kit.stop());

  it('replays a rejected event once the rule is fixed, and a second replay changes nothing', async () => {
    const event = kit.event('worker-r', 1);
    let ruleFixed = false;
    await kit.runConsumer(async (received, context) => {
      if (!ruleFixed) throw new DomainError('SUSPENSION_NOT_ALLOWED', 'rule not yet deployed');
      await kit.recordEffect(received, context);
    });
    await kit.publisher.publish([
      {
        topic: kit.topic,
        key: event.aggregateId,
        value: JSON.stringify(event),
        headers: { 'jaring-event-type': 'WorkerStatusChanged.v1', 'jaring-event-id': event.eventId },
      },
    ]);

    const dlt = deadLetterTopicOf(kit.topic);
    const [letter] = await waitFor(
      async () => {
        const records = await readWholeTopic(kit.kafka, dlt);
        return records.length > 0 && records;
      },
      { what: 'the dead letter' },
    );
    expect(summarise(letter)).toMatchObject({
      originalTopic: kit.topic,
      originalOffset: '0',
      eventId: event.eventId,
      errorClass: 'DomainError',
      reason: 'SUSPENSION_NOT_ALLOWED: rule not yet deployed',
      consumer: 'messaging-test',
    });
    expect(await kit.effects()).toHaveLength(0);

    ruleFixed = true;
    await kit.publisher.publish([replayRecord(letter)]);
    await kit.publisher.publish([replayRecord(letter)]);
    await waitFor(async () => (await kit.effects()).length > 0, { what: 'the replayed event applied' });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await kit.effects()).map((row) => row.event_id)).toEqual([event.eventId]);

    const replayed = await readWholeTopic(kit.kafka, kit.topic);
    expect(replayed.map((record) => record.headers[REPLAYED_FROM_HEADER])).toEqual([
      undefined,
      `${dlt}/0/0`,
      `${dlt}/0/0`,
    ]);
  });
});
