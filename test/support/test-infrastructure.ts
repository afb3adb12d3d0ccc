import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { ensureIdentityProvider, freePort } from '../../deploy/local/identity/identity-launcher';
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
  /** The run's own OpenID provider (a fresh signing key per run): every test token comes from it. */
  oidcIssuer: string;
  /** Its private signing keys: the token tests forge tokens the provider would never issue. */
  oidcKeysFile: string;
  /** Where the console's browser test serves the console: a redirect origin the provider accepts. */
  consoleOrigin: string;
  runId: string;
  stop: () => Promise<void>;
}

interface Provided {
  address: string;
  stop?: () => Promise<void>;
}

export async function provideInfrastructure(log: (line: string) => void): Promise<TestInfrastructure> {
  const docker = await dockerAnswers();
  const kafka = await provideKafka(docker, log);
  const postgres = await providePostgres(docker, log).catch(async (error: unknown) => {
    await kafka.stop?.();
    throw error;
  });
  const keysFile = join(mkdtempSync(join(tmpdir(), 'jaring-oidc-')), 'signing-keys.json');
  // The console's browser test signs in through this provider from a port chosen now.
  const consoleOrigin = `http://127.0.0.1:${await freePort()}`;
  const identity = await ensureIdentityProvider({ port: 0, keysFile, consoleOrigins: [consoleOrigin] }).catch(
    async (error: unknown) => {
      await postgres.stop?.();
      await kafka.stop?.();
      throw error;
    },
  );
  log(`started a local OpenID provider at ${identity.issuer}`);
  return {
    kafkaBrokers: kafka.address,
    postgresUrl: postgres.address,
    oidcIssuer: identity.issuer,
    oidcKeysFile: keysFile,
    consoleOrigin,
    runId: randomBytes(4).toString('hex'),
    stop: async () => {
      await identity.stop();
      await postgres.stop?.();
      await kafka.stop?.();
    },
  };
}

async function provideKafka(docker: boolean, log: (line: string) => void): Promise<Provided> {
  const named = process.env.TEST_KAFKA_BROKERS ?? process.env.KAFKA_BROKERS;
  if (named) return { address: named };
  if (docker) {
    const container = await startKafkaContainer();
    return { address: container.brokers, stop: container.stop };
  }
  const kafka = await ensureKafka({ log: () => undefined });
  log(
    kafka.startedByUs
      ? `started a local Kafka broker at ${kafka.brokers}`
      : `using the Kafka broker already at ${kafka.brokers}`,
  );
  return { address: kafka.brokers, stop: kafka.stop };
}

async function providePostgres(docker: boolean, log: (line: string) => void): Promise<Provided> {
  const named = process.env.TEST_POSTGRES_URL;
  if (named) return { address: named };
  if (docker && !(await postgresAnswers(LOCAL_POSTGRES))) {
    const container = await startPostgresContainer();
    return { address: container.url, stop: container.stop };
  }
  return { address: await ensureLocalPostgres(log) };
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
