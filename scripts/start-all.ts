// `npm start`: runs the whole system on this machine. Starts a Kafka broker unless KAFKA_BROKERS
// names one, the local OpenID provider on :3010 unless OIDC_ISSUER names one, and the sandbox bank
// unless PAYOUT_BANK_URL names a bank, then the three services (each
// creates and migrates its own database at boot), with labelled output, and the officer console on
// :3000 (built with Vite, served with a same-origin proxy to the services). Ctrl-C or SIGTERM stops everything it started, broker included.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { buildConsole } from '../apps/console/server/build-console';
import { CONSOLE_BUILD_DIR, createConsoleServer } from '../apps/console/server/console-server';
import { API_RESOURCE, CONSOLE_CLIENT_ID } from '../deploy/local/identity/directory';
import { ensureIdentityProvider } from '../deploy/local/identity/identity-launcher';
import { ensureKafka } from '../deploy/local/kafka/kafka-launcher';
import { DEVELOPMENT_SEALING_KEY_FILE, ensureDevelopmentSealingKeyFile } from '../libs/messaging/src/sealing-key-file';
import { SERVICE_NODE_FLAGS } from '../test/support/service-process';

const SERVICES = [
  { name: 'enrolment', colour: 36 },
  { name: 'billing', colour: 33 },
  { name: 'claims', colour: 35 },
] as const;

/** Where payouts go locally: the sandbox bank (apps/sandbox-bank), unless PAYOUT_BANK_URL names another. */
const SANDBOX_BANK = { name: 'bank', colour: 34, url: 'http://127.0.0.1:3009' } as const;

const children: ChildProcess[] = [];
let stopping = false;

function label(name: string, colour: number): string {
  const padded = name.padEnd(9);
  return process.stdout.isTTY ? `\x1b[${colour}m${padded}\x1b[0m |` : `${padded} |`;
}

function pipeLines(stream: NodeJS.ReadableStream | null, prefix: string): void {
  if (!stream) return;
  createInterface({ input: stream }).on('line', (line) => process.stdout.write(`${prefix} ${line}\n`));
}

async function main(): Promise<void> {
  let stopKafka = async (): Promise<void> => undefined;
  let brokers = process.env.KAFKA_BROKERS;
  if (!brokers) {
    const kafkaLabel = label('kafka', 32);
    process.stdout.write(`${kafkaLabel} starting a local broker (first run fetches the jars with Maven)\n`);
    const kafka = await ensureKafka({ log: (line) => process.stdout.write(`${kafkaLabel} ${line}\n`) });
    brokers = kafka.brokers;
    stopKafka = kafka.stop;
    process.stdout.write(`${kafkaLabel} ${kafka.startedByUs ? 'started' : 'already running'} at ${brokers}\n`);
  }

  let stopIdentity = async (): Promise<void> => undefined;
  let issuer = process.env.OIDC_ISSUER;
  if (!issuer) {
    const identityLabel = label('identity', 32);
    const identity = await ensureIdentityProvider({
      port: 3010,
      keysFile: '.data/identity/signing-keys.json',
      log: (line) => process.stdout.write(`${identityLabel} ${line}\n`),
    });
    issuer = identity.issuer;
    stopIdentity = identity.stop;
    process.stdout.write(
      `${identityLabel} OpenID provider ${identity.startedByUs ? 'started' : 'already running'} at ${issuer}\n`,
    );
  }

  const processes: { name: string; colour: number; app: string }[] = SERVICES.map(({ name, colour }) => ({
    name,
    colour,
    app: name,
  }));
  const payoutBankUrl = process.env.PAYOUT_BANK_URL ?? SANDBOX_BANK.url;
  if (!process.env.PAYOUT_BANK_URL) processes.unshift({ ...SANDBOX_BANK, app: 'sandbox-bank' });

  // Enrolment seals the personal data of worker events and claims unseals it with the same key
  // (docs/adr/0008): a development key, generated on the first start and kept in .data. Billing and
  // the bank are not given it.
  ensureDevelopmentSealingKeyFile(DEVELOPMENT_SEALING_KEY_FILE);
  const sealing: Record<string, string> = { EVENT_SEALING_KEYS_FILE: DEVELOPMENT_SEALING_KEY_FILE };

  for (const { name, colour, app } of processes) {
    const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, `dist/apps/${app}/src/main.js`], {
      env: {
        ...process.env,
        KAFKA_BROKERS: brokers,
        PAYOUT_BANK_URL: payoutBankUrl,
        OIDC_ISSUER: issuer,
        ...(app === 'enrolment' || app === 'claims' ? sealing : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    pipeLines(child.stdout, label(name, colour));
    pipeLines(child.stderr, label(name, colour));
    child.on('exit', (code, signal) => {
      process.stdout.write(`${label(name, colour)} exited (${signal ?? code})\n`);
      if (!stopping) void shutdown(1);
    });
  }

  const consoleLabel = label('console', 32);
  process.stdout.write(`${consoleLabel} building the officer console\n`);
  await buildConsole();
  const consolePort = Number(process.env.CONSOLE_PORT ?? 3000);
  const consoleServer = createConsoleServer({
    staticDir: CONSOLE_BUILD_DIR,
    issuer,
    clientId: CONSOLE_CLIENT_ID,
    resource: API_RESOURCE,
    services: { enrolment: 'http://127.0.0.1:3001', billing: 'http://127.0.0.1:3002', claims: 'http://127.0.0.1:3003' },
  }).listen(consolePort, '127.0.0.1', () =>
    process.stdout.write(`${consoleLabel} officer console at http://127.0.0.1:${consolePort}\n`),
  );

  async function shutdown(exitCode: number): Promise<void> {
    if (stopping) return;
    stopping = true;
    process.stdout.write('stopping services...\n');
    consoleServer.close();
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
            child.once('exit', () => {
              clearTimeout(killer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    await stopIdentity();
    await stopKafka();
    process.exit(exitCode);
  }

  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
}

main().catch((error: unknown) => {
  process.stderr.write(`npm start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  for (const child of children) child.kill('SIGTERM');
  process.exit(1);
});
