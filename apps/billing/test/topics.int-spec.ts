import { ConfigResourceTypes } from 'kafkajs';
import { ALL_TOPICS, deadLetterTopicOf } from '@jaring/contracts';
import { BillingTestApp } from './support/billing-test-app';

describe('topics a service creates for itself outside Kubernetes (KAFKA_ENSURE_TOPICS)', () => {
  const billing = new BillingTestApp('billing_topics');

  beforeAll(async () => billing.start());
  afterAll(async () => billing.stop());

  it('creates every catalogue topic and its dead-letter topic, both kept for the topic retention', async () => {
    const admin = billing.kafka.admin();
    await admin.connect();
    try {
      const names = ALL_TOPICS.flatMap((topic) => {
        const name = billing.topicPrefix + topic.name;
        return [name, deadLetterTopicOf(name)];
      });
      const metadata = await admin.fetchTopicMetadata({ topics: names });
      const partitions = new Map(metadata.topics.map((topic) => [topic.name, topic.partitions.length]));
      const described = await admin.describeConfigs({
        includeSynonyms: false,
        resources: names.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['retention.ms'] })),
      });
      const retention = new Map(
        described.resources.map((resource) => [resource.resourceName, resource.configEntries[0]?.configValue]),
      );
      for (const topic of ALL_TOPICS) {
        const name = billing.topicPrefix + topic.name;
        const days = String(topic.retentionDays * 86_400_000);
        expect([name, partitions.get(name), retention.get(name)]).toEqual([name, topic.partitions.dev, days]);
        const dlt = deadLetterTopicOf(name);
        expect([dlt, partitions.get(dlt), retention.get(dlt)]).toEqual([dlt, 1, days]);
      }
    } finally {
      await admin.disconnect();
    }
  });
});
