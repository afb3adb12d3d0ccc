import { ALL_TOPICS, type TopicSpec } from '@jaring/contracts';
import { inboxRetentionDays } from './inbox-pruner';

const topic = (retentionDays: number): TopicSpec => ({
  name: `jaring.test.t${retentionDays}.v1`,
  description: 'test',
  keyedBy: 'id',
  partitions: { dev: 1, production: 1 },
  retentionDays,
});

describe('inboxRetentionDays', () => {
  it('outlasts a replay of a dead letter kept as long as the longest-kept topic, plus a week', () => {
    expect(Math.max(...ALL_TOPICS.map((spec) => spec.retentionDays))).toBe(90);
    expect(inboxRetentionDays()).toBe(187);
  });

  it('follows the longest retention of the topics it is given', () => {
    expect(inboxRetentionDays([topic(30)])).toBe(67);
    expect(inboxRetentionDays([topic(30), topic(365), topic(7)])).toBe(737);
  });
});
