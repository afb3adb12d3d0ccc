// A real single-node Apache Kafka 3.9 broker (KRaft, broker + controller) for machines without
// Docker, run from the official jars on Maven Central. Used by `npm start` and by the tests.
//   npm run kafka -- fetch | start | stop | status | run
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';

const HERE = __dirname;
const REPO_ROOT = resolve(HERE, '../../..');
const JARS = join(HERE, 'libs');
const BROKER_JAR = /^kafka_2\.13-3\.9\.\d+\.jar$/;
const READY_TIMEOUT_MS = 90_000;

export interface KafkaOptions {
  port?: number;
  dataDir?: string;
  log?: (line: string) => void;
}

export interface RunningKafka {
  brokers: string;
  /** False when a broker was already answering: then `stop` leaves it alone. */
  startedByUs: boolean;
  stop: () => Promise<void>;
  /** Stops and starts the broker on the same data (tests of broker restarts); only for our own broker. */
  restart: () => Promise<void>;
}

function settings(options: KafkaOptions) {
  const port = options.port ?? Number(process.env.KAFKA_PORT ?? 9092);
  const dataDir = options.dataDir ?? join(REPO_ROOT, '.data', 'kafka');
  return { port, dataDir, pidFile: join(dataDir, 'broker.pid'), log: options.log ?? (() => undefined) };
}

/** Returns a broker answering on 127.0.0.1:<port>, starting one if none does. */
export async function ensureKafka(options: KafkaOptions = {}): Promise<RunningKafka> {
  const { port, log, pidFile } = settings(options);
  const brokers = `127.0.0.1:${port}`;
  if (await answersMetadata(brokers)) {
    // Already running: not ours to stop, but restartable if this launcher started it earlier.
    const launchedHere = existsSync(pidFile) && isAlive(Number(readFileSync(pidFile, 'utf8')));
    return {
      brokers,
      startedByUs: false,
      stop: async () => undefined,
      restart: async () => {
        if (!launchedHere)
          throw new Error(`The broker at ${brokers} was not started by this launcher; refusing to restart it`);
        await stopPid(Number(readFileSync(pidFile, 'utf8')));
        await startBroker(options);
      },
    };
  }
  let child = await startBroker(options);
  log(`broker ready at ${brokers}`);
  const stop = async () => {
    await stopChild(child);
    rmSync(settings(options).pidFile, { force: true });
  };
  return {
    brokers,
    startedByUs: true,
    stop,
    restart: async () => {
      await stop();
      child = await startBroker(options);
    },
  };
}

/** Fetches the jars with Maven unless they are already there (the local ~/.m2 cache first). */
export function fetchJars(log: (line: string) => void = () => undefined): void {
  if (existsSync(JARS) && readdirSync(JARS).some((name) => BROKER_JAR.test(name))) return;
  requireTool('mvn', 'Kafka jars are fetched with Maven: install it (apt-get install maven) and run again.');
  log('fetching the Kafka 3.9 jars from Maven Central (once)');
  const args = ['-q', '-f', join(HERE, 'pom.xml'), 'dependency:copy-dependencies'];
  const offline = spawnSync('mvn', ['-o', ...args], { stdio: 'ignore' });
  if (offline.status === 0) return;
  const online = spawnSync('mvn', args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (online.status !== 0) throw new Error('Maven could not fetch org.apache.kafka:kafka_2.13 from Maven Central.');
}

async function startBroker(options: KafkaOptions): Promise<ChildProcess> {
  const { port, dataDir, pidFile, log } = settings(options);
  requireTool(
    'java',
    'Kafka needs Java 17 or newer: install it (apt-get install openjdk-17-jre-headless) and run again.',
  );
  fetchJars(log);
  mkdirSync(dataDir, { recursive: true });
  const properties = writeServerProperties(port, dataDir);
  formatStorage(dataDir, properties);

  const output = openSync(join(dataDir, 'broker.log'), 'a');
  // Own process group: Ctrl-C reaches the services first, and the launcher stops the broker last.
  const child = spawn(
    'java',
    [
      '-Xms256m',
      '-Xmx512m',
      '-cp',
      `${JARS}/*`,
      `-Dlog4j.configuration=file:${join(HERE, 'log4j.properties')}`,
      'kafka.Kafka',
      properties,
    ],
    { detached: true, stdio: ['ignore', output, output] },
  );
  closeSync(output);
  writeFileSync(pidFile, String(child.pid));

  const brokers = `127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await answersMetadata(brokers))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `Kafka exited during start-up; last lines of ${join(dataDir, 'broker.log')}:\n${tail(join(dataDir, 'broker.log'))}`,
      );
    }
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`Kafka did not answer on ${brokers} within ${READY_TIMEOUT_MS / 1000} s`);
    }
    await new Promise((resolvePause) => setTimeout(resolvePause, 500));
  }
  return child;
}

function writeServerProperties(port: number, dataDir: string): string {
  const file = join(dataDir, 'server.properties');
  const lines = [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${port + 1}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${port + 1}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    `log.dirs=${join(dataDir, 'logs')}`,
    // One node: every internal topic must have replication factor 1 or the group coordinator never starts.
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'default.replication.factor=1',
    'min.insync.replicas=1',
    'group.initial.rebalance.delay.ms=0',
    'auto.create.topics.enable=true',
    'num.partitions=3',
    'log.retention.hours=72',
    'log.segment.bytes=67108864',
  ];
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function formatStorage(dataDir: string, properties: string): void {
  const clusterIdFile = join(dataDir, 'cluster.id');
  if (!existsSync(clusterIdFile)) writeFileSync(clusterIdFile, randomUUID().replace(/-/g, '').slice(0, 22));
  const clusterId = readFileSync(clusterIdFile, 'utf8').trim();
  // Static voters: no --standalone. --ignore-formatted makes this a no-op on later starts.
  execFileSync(
    'java',
    [
      '-cp',
      `${JARS}/*`,
      `-Dlog4j.configuration=file:${join(HERE, 'log4j.properties')}`,
      'kafka.tools.StorageTool',
      'format',
      '-t',
      toKafkaId(clusterId),
      '-c',
      properties,
      '--ignore-formatted',
    ],
    { stdio: 'ignore' },
  );
}

/** Kafka cluster ids are 16 bytes in URL-safe base64 (22 characters). */
function toKafkaId(seed: string): string {
  return Buffer.from(seed.padEnd(32, '0').slice(0, 32), 'hex').toString('base64url');
}

async function answersMetadata(brokers: string): Promise<boolean> {
  const admin = new Kafka({
    clientId: 'jaring-kafka-launcher',
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1_000,
    requestTimeout: 2_000,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await stopPid(child.pid as number);
}

async function stopPid(pid: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM'); // Kafka's shutdown hook flushes logs and closes cleanly
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolvePause) => setTimeout(resolvePause, 200));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function requireTool(command: string, sentence: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
  if (found.status !== 0) throw new Error(sentence);
}

function tail(file: string, lines = 20): string {
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no log)';
}

async function cli(command: string | undefined): Promise<number> {
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const { port, pidFile } = settings({});
  const brokers = `127.0.0.1:${port}`;
  switch (command) {
    case 'fetch':
      fetchJars(print);
      print('Kafka jars are in deploy/local/kafka/libs');
      return 0;
    case 'start': {
      const kafka = await ensureKafka({ log: print });
      print(
        kafka.startedByUs
          ? `Kafka started at ${kafka.brokers} (stop it with: npm run kafka -- stop)`
          : `Kafka is already running at ${kafka.brokers}`,
      );
      return 0;
    }
    case 'status':
      if (await answersMetadata(brokers)) {
        print(`Kafka answers at ${brokers}`);
        return 0;
      }
      print(`no Kafka broker answers at ${brokers}`);
      return 1;
    case 'stop':
      if (existsSync(pidFile)) await stopPid(Number(readFileSync(pidFile, 'utf8')));
      rmSync(pidFile, { force: true });
      print('Kafka stopped');
      return 0;
    case 'run': {
      const kafka = await ensureKafka({ log: print });
      print(`Kafka running at ${kafka.brokers}; Ctrl-C stops it`);
      await new Promise<void>((resolveSignal) => {
        process.once('SIGINT', resolveSignal);
        process.once('SIGTERM', resolveSignal);
      });
      await kafka.stop();
      return 0;
    }
    default:
      process.stderr.write('usage: npm run kafka -- fetch|start|stop|status|run\n');
      return 2;
  }
}

if (require.main === module) {
  cli(process.argv[2]).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
