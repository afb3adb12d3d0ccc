// Operator tool for dead letters: `npm run dlt -- list [--topic <dlt>]` and
// `npm run dlt -- replay --topic <dlt> (--offset <p>/<o> ... | --all)`. Reads KAFKA_BROKERS and
// KAFKA_TOPIC_PREFIX like the services; prints reasons and ids, never payloads.
import { loadConfig, ServiceConfig } from '@jaring/config';
import { createKafka, KafkajsPublisher } from '../kafka/kafkajs-client';
import { readWholeTopic } from '../kafka/topic-reader';
import { deadLetterTopics, replayRecord, summarise } from './dead-letters';

function option(args: string[], name: string): string[] {
  return args.flatMap((arg, index) => (arg === name && args[index + 1] ? [args[index + 1]] : []));
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const config = loadConfig(ServiceConfig);
  const log = { warn: () => undefined, error: (_: object, message: string) => process.stderr.write(`${message}\n`) };
  const kafka = createKafka(config.kafkaBrokers, 'jaring-dlt-tool', log, config.kafkaSecurity);
  const topics = option(rest, '--topic');
  const selected = topics.length > 0 ? topics : deadLetterTopics(config.KAFKA_TOPIC_PREFIX);

  if (command === 'list') {
    for (const topic of selected) {
      const letters = (await readWholeTopic(kafka, topic)).map(summarise);
      process.stdout.write(`${topic}: ${letters.length} dead letter(s)\n`);
      for (const letter of letters) {
        process.stdout.write(
          `  ${letter.partition}/${letter.offset}  ${letter.failedAt}  ${letter.consumer}  ${letter.eventType || '?'} ${letter.eventId}\n` +
            `      from ${letter.originalTopic} ${letter.originalPartition}/${letter.originalOffset}: ${letter.errorClass}: ${letter.reason}\n`,
        );
      }
    }
    return 0;
  }

  if (command === 'replay') {
    const wanted = new Set(option(rest, '--offset'));
    if (topics.length !== 1 || (wanted.size === 0 && !rest.includes('--all'))) {
      process.stderr.write(
        'replay needs one --topic <dlt topic> and either --offset <partition>/<offset> (repeatable) or --all\n',
      );
      return 2;
    }
    const records = (await readWholeTopic(kafka, topics[0])).filter(
      (record) => wanted.size === 0 || wanted.has(`${record.partition}/${record.offset}`),
    );
    const publisher = new KafkajsPublisher(kafka);
    await publisher.connect();
    try {
      await publisher.publish(records.map(replayRecord));
    } finally {
      await publisher.disconnect();
    }
    process.stdout.write(`replayed ${records.length} message(s) from ${topics[0]}\n`);
    return 0;
  }

  process.stderr.write(
    'usage: npm run dlt -- list [--topic <dlt topic>] | replay --topic <dlt topic> (--offset <p>/<o> ... | --all)\n',
  );
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`dlt: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
