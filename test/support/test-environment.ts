import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { loadConfig, type ServiceConfig } from '@jaring/config';
import { assertTestDatabaseName } from '@jaring/persistence';
import { TEST_REGENCIES, testIssuer } from './tokens';
import { graceMonthsBackTo, TEST_DATA_EARLIEST_ENROLMENT } from './business-dates';

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run integration and e2e tests through jest's global setup (npm test)`);
  return value;
}

export function testRunId(): string {
  return required('JARING_TEST_RUN_ID');
}

export function testKafkaBrokers(): string {
  return required('JARING_TEST_KAFKA_BROKERS');
}

/** The run's event sealing key file (global setup generates it): only enrolment's and claims' configs read it. */
export function testSealingKeyFile(): string {
  return required('JARING_TEST_EVENT_SEALING_KEYS_FILE');
}

/** A throwaway database for this run; its name always says `test`. */
export function testDatabaseUrl(label: string): string {
  const name = `jaring_${label}_test_${testRunId()}`.replace(/[^a-z0-9_]/g, '_');
  assertTestDatabaseName(name);
  return `${required('JARING_TEST_POSTGRES_URL')}/${name}`;
}

/** A topic namespace no other run or test file shares. */
export function uniqueTopicPrefix(): string {
  return `test-${testRunId()}-${randomBytes(3).toString('hex')}.`;
}

/** The service's own config class, pointed at this run's broker, topics and database. */

export function testConfig<C extends ServiceConfig>(
  configClass: new () => C,
  options: { database: string; topicPrefix: string; groupId: string; extra?: Record<string, string> },
): C {
  return loadConfig(configClass, {
    NODE_ENV: 'test',
    PORT: '0',
    METRICS_PORT: '0',
    // Tests provoke many 4xx answers on purpose (logged as warnings); TEST_LOG_LEVEL=warn shows them.
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    DATABASE_URL: testDatabaseUrl(options.database),
    KAFKA_BROKERS: testKafkaBrokers(),
    KAFKA_TOPIC_PREFIX: options.topicPrefix,
    KAFKA_GROUP_ID: options.groupId,
    OUTBOX_POLL_INTERVAL_MS: '50',
    OIDC_ISSUER: testIssuer(),
    SERVED_TENANTS: TEST_REGENCIES.join(','),
    // Test files import, quote and bill far faster than officers; the limit has its own tests.
    EXPENSIVE_REQUESTS_PER_MINUTE: '100000',
    // The shared test data enrols workers from 2025 (see business-dates.ts); its own tests set 0.
    ENROLMENT_BACKDATING_GRACE_MONTHS: String(graceMonthsBackTo(TEST_DATA_EARLIEST_ENROLMENT)),
    // Ignored by billing's config, which has no such variable: billing never holds the key.
    EVENT_SEALING_KEYS_FILE: testSealingKeyFile(),
    ...options.extra,
  });
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false>,
  { timeoutMs = 30_000, intervalMs = 200, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await probe();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export function baseUrlOf(app: INestApplication): string {
  const address = app.getHttpServer().address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}
