import { ALL_TOPICS, deadLetterTopicOf, type TopicSpec } from '@jaring/contracts';
import type { TopicProvisioning } from './kafkajs-client';

export type PartitionsProfile = keyof TopicSpec['partitions'];

export interface TopicPlanSettings {
  profile: PartitionsProfile;
  replicationFactor: number;
  topicPrefix: string;
}

const DAY_MS = 86_400_000;

/**
 * Every catalogue topic with the profile's partitions and its retention, plus its dead-letter topic
 * (one partition: dead letters are rare and replayed by hand; kept as long as the topic's events so
 * an operator has the same window to replay them). With three or more replicas, acks=-1 needs two
 * in-sync copies, so a produced event survives the loss of one broker.
 */
export function planTopics(settings: TopicPlanSettings): TopicProvisioning[] {
  const minInSync = String(settings.replicationFactor >= 3 ? 2 : 1);
  return ALL_TOPICS.flatMap((topic) => {
    const name = settings.topicPrefix + topic.name;
    const configEntries = {
      'cleanup.policy': 'delete',
      'retention.ms': String(topic.retentionDays * DAY_MS),
      'min.insync.replicas': minInSync,
    };
    return [
      {
        name,
        partitions: topic.partitions[settings.profile],
        replicationFactor: settings.replicationFactor,
        configEntries,
      },
      { name: deadLetterTopicOf(name), partitions: 1, replicationFactor: settings.replicationFactor, configEntries },
    ];
  });
}
