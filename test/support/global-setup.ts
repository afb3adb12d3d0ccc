import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateSealingKeyFile } from '../../libs/contracts/src/sealing/sealed-personal-data';
import { provideInfrastructure, type TestInfrastructure } from './test-infrastructure';

declare global {
  var jaringTestInfrastructure: TestInfrastructure | undefined;
}

/** Starts (or finds) Kafka and PostgreSQL once per jest run and hands their addresses to the tests. */
export default async function globalSetup(): Promise<void> {
  if (globalThis.jaringTestInfrastructure) return; // integration and e2e projects share one run
  const started = Date.now();
  const infrastructure = await provideInfrastructure((line) =>
    process.stdout.write(`\n[test-infrastructure] ${line}\n`),
  );
  globalThis.jaringTestInfrastructure = infrastructure;
  process.env.JARING_TEST_KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.JARING_TEST_POSTGRES_URL = infrastructure.postgresUrl;
  process.env.JARING_TEST_RUN_ID = infrastructure.runId;
  process.env.JARING_TEST_OIDC_ISSUER = infrastructure.oidcIssuer;
  process.env.JARING_TEST_OIDC_KEYS_FILE = infrastructure.oidcKeysFile;
  process.env.JARING_TEST_CONSOLE_ORIGIN = infrastructure.consoleOrigin;
  // One event sealing key per run, generated here: enrolment seals and claims unseals with it (ADR 0008).
  const sealingKeyFile = join(tmpdir(), `jaring-test-${infrastructure.runId}`, 'event-sealing-keys.json');
  mkdirSync(dirname(sealingKeyFile), { recursive: true });
  writeFileSync(sealingKeyFile, generateSealingKeyFile('test-run'), { mode: 0o600 });
  process.env.JARING_TEST_EVENT_SEALING_KEYS_FILE = sealingKeyFile;
  process.stdout.write(
    `[test-infrastructure] Kafka ${infrastructure.kafkaBrokers}, PostgreSQL ${infrastructure.postgresUrl.replace(/:[^:@/]*@/, ':***@')}, run ${infrastructure.runId} (${Date.now() - started} ms)\n`,
  );
}
