import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { ensureKafka } from '../../deploy/local/kafka/kafka-launcher';

const run = promisify(execFile);

/**
 * Where integration and e2e tests find a real Kafka broker and a real PostgreSQL server, in order:
 * 1. the ones named by env vars (TEST_KAFKA_BROKERS / KAFKA_BROKERS, TEST_POSTGRES_URL);
 * 2. testcontainers, when a Docker engine answers;
 * 3. the project's own launcher (Kafka from Maven Central jars) and the machine's PostgreSQL.
 * Nothing is ever skipped: no broker or database means a failed run with a clear message.
 */
export interface TestInfrastructure {
  kafkaBrokers: string;
  postgresUrl: string;
  runId: string;
  stop: () => Promise<void>;
}

export async function provideInfrastructure(log: (line: string) => void): Promise<TestInfrastructure> {
  const runId = randomBytes(4).toString('hex');
  const stops: (() => Promise<void>)[] = [];
  const docker = process.env.TEST_KAFKA_BROKERS || process.env.KAFKA_BROKERS ? false : await dockerAnswers();

  let kafkaBrokers = process.env.TEST_KAFKA_BROKERS ?? process.env.KAFKA_BROKERS;
  if (!kafkaBrokers && docker) {
    const kafka = await startKafkaContainer();
    kafkaBrokers = kafka.brokers;
    stops.push(kafka.stop);
  } else if (!kafkaBrokers) {
    const kafka = await ensureKafka({ log: () => undefined });
    log(
      kafka.startedByUs
        ? `started a local Kafka broker at ${kafka.brokers}`
        : `using the Kafka broker already at ${kafka.brokers}`,
    );
    kafkaBrokers = kafka.brokers;
    stops.push(kafka.stop);
  }

  let postgresUrl = process.env.TEST_POSTGRES_URL;
  if (!postgresUrl && docker && !(await postgresAnswers(LOCAL_POSTGRES))) {
    const postgres = await startPostgresContainer();
    postgresUrl = postgres.url;
    stops.push(postgres.stop);
  } else if (!postgresUrl) {
    postgresUrl = await ensureLocalPostgres(log);
  }

  return {
    kafkaBrokers: kafkaBrokers as string,
    postgresUrl,
    runId,
    stop: async () => {
      for (const stop of stops.reverse()) await stop();
    },
  };
}

const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432';

async function dockerAnswers(): Promise<boolean> {
  try {
    await run('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: `${url}/postgres`, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureLocalPostgres(log: (line: string) => void): Promise<string> {
  if (await postgresAnswers(LOCAL_POSTGRES)) return LOCAL_POSTGRES;
  log('PostgreSQL is not answering on 127.0.0.1:5432; starting the local cluster');
  try {
    const { stdout } = await run('ls', ['/etc/postgresql']);
    await run('pg_ctlcluster', ['--skip-systemctl-redirect', stdout.trim().split('\n')[0], 'main', 'start'], {
      timeout: 60_000,
    });
  } catch (error) {
    throw new Error(
      `No PostgreSQL for the tests: nothing answers on 127.0.0.1:5432, TEST_POSTGRES_URL is unset, no Docker engine, and starting the local cluster failed (${(error as Error).message}).`,
      { cause: error },
    );
  }
  if (!(await postgresAnswers(LOCAL_POSTGRES)))
    throw new Error('PostgreSQL was started but does not answer on 127.0.0.1:5432');
  return LOCAL_POSTGRES;
}

async function startKafkaContainer(): Promise<{ brokers: string; stop: () => Promise<void> }> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const container = await new GenericContainer('apache/kafka:3.9.1')
    .withExposedPorts({ container: 9092, host: 19092 })
    .withEnvironment({
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
      KAFKA_ADVERTISED_LISTENERS: 'PLAINTEXT://127.0.0.1:19092',
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
    })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .start();
  return { brokers: '127.0.0.1:19092', stop: async () => void (await container.stop()) };
}

async function startPostgresContainer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const container = await new GenericContainer('postgres:15')
    .withExposedPorts(5432)
    .withEnvironment({ POSTGRES_HOST_AUTH_METHOD: 'trust' })
    .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
    .start();
  return {
    url: `postgres://postgres@${container.getHost()}:${container.getMappedPort(5432)}`,
    stop: async () => void (await container.stop()),
  };
}
