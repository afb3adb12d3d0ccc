// Creates every topic of the catalogue and its dead-letter topic, idempotently: the Kubernetes
// topic-provisioning Job runs `node dist/libs/messaging/src/cli/provision-topics.js` before the
// services roll out (they run with KAFKA_ENSURE_TOPICS=false there). Reads:
//   KAFKA_BROKERS              host:port[,host:port...]                        (required)
//   TOPIC_PARTITIONS_PROFILE   dev | production: which catalogue partition count (required)
//   TOPIC_REPLICATION_FACTOR   1..n, at most the number of brokers              (required)
//   KAFKA_TOPIC_PREFIX         empty or ending in a dot, as the services use it (optional)
// Existing topics are never altered. One with fewer partitions or replicas than asked for fails the
// run (exit 1) with what to do, because the services' scaling rules assume the catalogue's counts.
// Exit codes: 0 done, 1 Kafka failure or mismatch, 2 bad configuration.
import 'reflect-metadata'; // the contracts' payload classes carry class-transformer decorators
import { createKafka, KafkajsTopicAdmin, type ProvisionedTopic, type TopicProvisioning } from '../kafka/kafkajs-client';
import { type PartitionsProfile, planTopics, type TopicPlanSettings } from '../kafka/topic-plan';

export interface ProvisioningSettings extends TopicPlanSettings {
  brokers: string[];
}

export class ProvisioningConfigError extends Error {}

/** Validates the Job's environment; every problem is reported at once. */
export function readProvisioningSettings(env: NodeJS.ProcessEnv): ProvisioningSettings {
  const problems: string[] = [];
  const brokers = env.KAFKA_BROKERS ?? '';
  if (!/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/.test(brokers))
    problems.push('KAFKA_BROKERS must be a comma-separated list of host:port');
  const profile = env.TOPIC_PARTITIONS_PROFILE ?? '';
  if (profile !== 'dev' && profile !== 'production')
    problems.push(`TOPIC_PARTITIONS_PROFILE must be dev or production (got "${profile}")`);
  const replicationFactor = Number(env.TOPIC_REPLICATION_FACTOR);
  if (!Number.isInteger(replicationFactor) || replicationFactor < 1)
    problems.push('TOPIC_REPLICATION_FACTOR must be a whole number of at least 1');
  const topicPrefix = env.KAFKA_TOPIC_PREFIX ?? '';
  if (!/^([a-z0-9-]+\.)?$/.test(topicPrefix))
    problems.push('KAFKA_TOPIC_PREFIX must be empty or end with a dot, e.g. "test-1a2b."');
  if (problems.length > 0) throw new ProvisioningConfigError(problems.join('; '));
  return { brokers: brokers.split(','), profile: profile as PartitionsProfile, replicationFactor, topicPrefix };
}

/** Topics that exist with fewer partitions or replicas than planned: the run must not pass. */
export function shortfalls(plan: TopicProvisioning[], actual: ProvisionedTopic[]): string[] {
  const byName = new Map(actual.map((topic) => [topic.name, topic]));
  return plan.flatMap((wanted) => {
    const found = byName.get(wanted.name);
    if (!found) return [`${wanted.name}: missing after provisioning`];
    const problems: string[] = [];
    if (found.partitions < wanted.partitions)
      problems.push(`${wanted.name}: ${found.partitions} partition(s), the profile needs ${wanted.partitions}`);
    if (found.replicationFactor < wanted.replicationFactor)
      problems.push(
        `${wanted.name}: replication factor ${found.replicationFactor}, asked for ${wanted.replicationFactor}`,
      );
    return problems;
  });
}

async function main(): Promise<number> {
  let settings: ProvisioningSettings;
  try {
    settings = readProvisioningSettings(process.env);
  } catch (error) {
    if (!(error instanceof ProvisioningConfigError)) throw error;
    process.stderr.write(`provision-topics: ${error.message}\n`);
    return 2;
  }
  const plan = planTopics(settings);
  const log = {
    warn: (_: object, message: string) => process.stderr.write(`${message}\n`),
    error: (_: object, message: string) => process.stderr.write(`${message}\n`),
  };
  const admin = new KafkajsTopicAdmin(createKafka(settings.brokers, 'jaring-topic-provisioning', log));
  let actual: ProvisionedTopic[];
  try {
    actual = await admin.provisionTopics(plan);
  } finally {
    await admin.disconnect();
  }
  process.stdout.write(
    `provision-topics: profile ${settings.profile}, replication factor ${settings.replicationFactor}\n`,
  );
  const order = new Map(plan.map((topic, index) => [topic.name, index]));
  for (const topic of [...actual].sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0))) {
    process.stdout.write(
      `  ${topic.created ? 'created ' : 'existing'}  ${topic.name}  partitions=${topic.partitions} replicas=${topic.replicationFactor}\n`,
    );
  }
  const problems = shortfalls(plan, actual);
  if (problems.length > 0) {
    process.stderr.write(
      `provision-topics: existing topics do not match the catalogue (they are never altered automatically):\n` +
        problems.map((problem) => `  ${problem}\n`).join('') +
        'Raise partitions or replicas by hand (see docs/scaling.md, "Changing a partition count") and run again.\n',
    );
    return 1;
  }
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`provision-topics: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
