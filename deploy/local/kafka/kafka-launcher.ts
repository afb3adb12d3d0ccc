// A real single-node Apache Kafka 3.9 broker (KRaft: broker and controller in one JVM) run from the
// official jars on Maven Central, for machines without Docker. `npm start` and the tests use
// ensureKafka(); people use the CLI:
//   node deploy/local/kafka/kafka-launcher.ts fetch | start | stop | status | run
// Node runs this file as it is (type stripping), so it uses only erasable TypeScript and node:* modules.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect, createServer } from 'node:net';
import { delimiter, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

const HERE = import.meta.dirname;
const REPO_ROOT = resolve(HERE, '../../..');
const LIBS = join(HERE, 'libs');
const POM = join(HERE, 'pom.xml');
const LOG4J = join(HERE, 'log4j.properties');
/** Written into libs/ after a complete fetch: which pom.xml it came from and which jars it holds. */
const FETCHED = join(LIBS, 'fetched.json');
const DEFAULT_PORT = 9092;
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 30_000;
const KEPT_OUTPUT_LINES = 40;

export interface KafkaOptions {
  /** The broker's port on 127.0.0.1 (the controller takes port + 1). Default: KAFKA_PORT or 9092. */
  port?: number;
  /** Where the broker keeps its data. Default: <repo>/.data/kafka (.data/kafka-<port> off 9092). */
  dataDir?: string;
  /** Receives progress and the broker's own output, one line at a time, unlabelled. */
  log?: (line: string) => void;
}

export interface RunningKafka {
  /** bootstrap servers, `127.0.0.1:<port>` */
  brokers: string;
  /** False when a broker was already answering: then `stop` leaves it running. */
  startedByUs: boolean;
  stop: () => Promise<void>;
  /** Stops and starts the broker on the same data (broker-restart tests); only a broker this launcher started. */
  restart: () => Promise<void>;
}

/** Everything derived from the options: one data directory belongs to one broker. */
interface Setup {
  port: number;
  brokers: string;
  dataDir: string;
  logDir: string;
  properties: string;
  pidFile: string;
  outputFile: string;
  log: (line: string) => void;
}

/** attached: output piped to `log`, stopped by its owner; background: output to a file, outlives us. */
type OutputMode = 'attached' | 'background';

/** Returns a broker answering on 127.0.0.1:<port>, starting one if none does. */
export async function ensureKafka(options: KafkaOptions = {}): Promise<RunningKafka> {
  return ensure(setupFor(options), 'attached');
}

/** Fetches the broker's jars into libs/ unless a complete set for this pom.xml is already there. */
export async function fetchJars(log: (line: string) => void = () => undefined): Promise<void> {
  if (jarsAreComplete()) return;
  requireCommand(
    'mvn',
    'Fetching the Kafka jars needs Maven (`mvn`) on PATH: install it with `apt-get install maven`.',
  );
  // Staged beside libs/ (target/ is git-ignored) and swapped in whole, so libs/ never mixes two Kafka versions.
  const staging = join(HERE, 'target', `libs-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    log('fetching the Kafka jars with Maven (from the local ~/.m2 cache if it has them)');
    if ((await copyDependencies(staging, 'offline')).code !== 0) {
      log('not all in ~/.m2: downloading from Maven Central');
      const online = await copyDependencies(staging, 'online');
      if (online.code !== 0)
        throw new Error(`Maven could not fetch the Kafka jars from Maven Central:\n${lastLines(online.output)}`);
    }
    writeFileSync(join(staging, 'fetched.json'), JSON.stringify({ pom: pomDigest(), jars: jarNames(staging) }));
    if (jarsAreComplete()) return; // another launcher finished first: keep its set
    rmSync(LIBS, { recursive: true, force: true });
    renameSync(staging, LIBS);
    log(`Kafka jars ready in ${relative(REPO_ROOT, LIBS)}`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function copyDependencies(into: string, network: 'offline' | 'online'): Promise<{ code: number; output: string }> {
  return runCommand('mvn', [
    ...(network === 'offline' ? ['-o'] : []),
    '-q',
    '-B',
    '-f',
    POM,
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${into}`,
  ]);
}

/** `cancel` (the CLI's Ctrl-C) abandons a start-up and stops the half-started broker. */
async function ensure(setup: Setup, mode: OutputMode, cancel?: AbortSignal): Promise<RunningKafka> {
  if (await brokerAnswers(setup.port)) return alreadyRunning(setup);
  // Started by another launcher and still coming up: wait for it rather than start a second JVM.
  const recorded = recordedBrokerPid(setup);
  if (recorded !== undefined) {
    setup.log(`a broker (pid ${recorded}) is starting on ${setup.dataDir}; waiting for it`);
    await waitUntilReady(
      setup,
      () => isRunning(recorded),
      () => `see ${setup.outputFile}`,
      cancel,
    );
    return alreadyRunning(setup);
  }
  let child = await startBroker(setup, mode, cancel);
  return {
    brokers: setup.brokers,
    startedByUs: true,
    stop: async () => void (await stopBroker(setup, child)),
    restart: async () => {
      await stopBroker(setup, child);
      child = await startBroker(setup, mode);
    },
  };
}

/** A broker someone else started: ours to use, not to stop; restartable only if this launcher started it. */
function alreadyRunning(setup: Setup): RunningKafka {
  return {
    brokers: setup.brokers,
    startedByUs: false,
    stop: async () => undefined,
    restart: async () => {
      if (recordedBrokerPid(setup) === undefined)
        throw new Error(`The broker at ${setup.brokers} was not started by this launcher, so it will not restart it.`);
      await stopBroker(setup);
      await startBroker(setup, 'attached');
    },
  };
}

function setupFor(options: KafkaOptions): Setup {
  const port = options.port ?? portFromEnv();
  const dataDir = resolve(
    options.dataDir ?? join(REPO_ROOT, '.data', port === DEFAULT_PORT ? 'kafka' : `kafka-${port}`),
  );
  return {
    port,
    brokers: `127.0.0.1:${port}`,
    dataDir,
    logDir: join(dataDir, 'logs'),
    properties: join(dataDir, 'server.properties'),
    pidFile: join(dataDir, 'broker.pid'),
    outputFile: join(dataDir, 'broker.out'),
    log: options.log ?? (() => undefined),
  };
}

function portFromEnv(): number {
  const raw = process.env.KAFKA_PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_534)
    throw new Error(`KAFKA_PORT must be a port number, not "${raw}".`);
  return port;
}

// ---------------------------------------------------------------------------------------------------------------
// Starting and stopping

async function startBroker(setup: Setup, mode: OutputMode, cancel?: AbortSignal): Promise<ChildProcess> {
  await requirePortsFree(setup);
  await requireJava17();
  await fetchJars(setup.log);
  mkdirSync(setup.dataDir, { recursive: true });
  writeServerProperties(setup);
  await formatStorage(setup);

  cancel?.throwIfAborted();
  const started = Date.now();
  setup.log(`starting Kafka on ${setup.brokers} (data in ${setup.dataDir})`);
  const { child, recentOutput } = launchJvm(setup, mode);
  writeFileSync(setup.pidFile, `${child.pid}\n`);
  try {
    await waitUntilReady(setup, () => child.exitCode === null && child.signalCode === null, recentOutput, cancel);
  } catch (error) {
    await stopBroker(setup, child);
    throw error;
  }
  setup.log(`Kafka ready on ${setup.brokers} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return child;
}

function launchJvm(setup: Setup, mode: OutputMode): { child: ChildProcess; recentOutput: () => string } {
  const args = [
    '-Xmx512m',
    '-Djava.awt.headless=true',
    `-Dlog4j.configuration=file:${LOG4J}`,
    '-cp',
    `${LIBS}/*`,
    'kafka.Kafka',
    setup.properties,
  ];
  // Its own process group: a terminal's Ctrl-C reaches our process only, and we stop the broker in order.
  if (mode === 'background') {
    const output = openSync(setup.outputFile, 'w');
    const child = spawn('java', args, { detached: true, stdio: ['ignore', output, output] });
    closeSync(output);
    child.unref();
    return { child, recentOutput: () => lastLines(readIfExists(setup.outputFile)) };
  }
  const child = spawn('java', args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  return { child, recentOutput: relayOutput(child, setup) };
}

/** Hands each output line to `log`, copies it to broker.out (for when `log` drops it), keeps the last few. */
function relayOutput(child: ChildProcess, setup: Setup): () => string {
  const copy = createWriteStream(setup.outputFile).on('error', () => undefined); // a copy must never crash us
  const recent: string[] = [];
  const streams = [child.stdout, child.stderr].filter((stream) => stream !== null);
  let open = streams.length;
  for (const stream of streams) {
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    lines.on('line', (line) => {
      recent.push(line);
      if (recent.length > KEPT_OUTPUT_LINES) recent.shift();
      copy.write(`${line}\n`);
      setup.log(line);
    });
    lines.once('close', () => {
      open -= 1;
      if (open === 0) copy.end();
    });
  }
  return () => recent.join('\n') || '(no output)';
}

async function waitUntilReady(
  setup: Setup,
  alive: () => boolean,
  recentOutput: () => string,
  cancel?: AbortSignal,
): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await brokerAnswers(setup.port))) {
    cancel?.throwIfAborted();
    if (!alive()) {
      const output = recentOutput();
      throw new Error(
        `Kafka exited while starting on ${setup.brokers}${rootCause(output)}; its last output:\n${output}`,
      );
    }
    if (Date.now() > deadline)
      throw new Error(
        `Kafka did not answer on ${setup.brokers} within ${READY_TIMEOUT_MS / 1000} s; its last output:\n${recentOutput()}`,
      );
    await sleep(250);
  }
}

/** The innermost Java exception, e.g. ": java.net.BindException: Address already in use", or ''. */
function rootCause(output: string): string {
  const cause = output.split('\n').findLast((line) => line.startsWith('Caused by: '));
  return cause === undefined ? '' : `: ${cause.slice('Caused by: '.length)}`;
}

/** Fails in a moment, not after a JVM start, when something that is not a broker holds either port. */
async function requirePortsFree(setup: Setup): Promise<void> {
  for (const port of [setup.port, setup.port + 1]) {
    if (!(await portIsFree(port)))
      throw new Error(
        `Port ${port} on 127.0.0.1 is taken by something that is not a Kafka broker: free it or pick another port with KAFKA_PORT.`,
      );
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const probe = createServer();
    probe.once('error', () => resolveFree(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolveFree(true)));
  });
}

/** Stops the broker recorded for this data directory (and `child`, if given and still running). */
async function stopBroker(setup: Setup, child?: ChildProcess): Promise<boolean> {
  const pids = new Set<number>();
  const recorded = recordedBrokerPid(setup);
  if (recorded !== undefined) pids.add(recorded);
  if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) pids.add(child.pid);
  for (const pid of pids) await terminate(pid);
  rmSync(setup.pidFile, { force: true });
  return pids.size > 0;
}

/** SIGTERM lets Kafka flush and close its logs; SIGKILL only if that takes longer than 30 s. */
async function terminate(pid: number): Promise<void> {
  signal(pid, 'SIGTERM');
  if (await exitsWithin(pid, STOP_TIMEOUT_MS)) return;
  signal(pid, 'SIGKILL');
  await exitsWithin(pid, 5_000);
}

async function exitsWithin(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

/** The pid in the pid file, if that process is still this data directory's broker (pids get reused). */
function recordedBrokerPid(setup: Setup): number | undefined {
  const pid = Number.parseInt(readIfExists(setup.pidFile), 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const commandLine = liveCommandLine(pid);
  return commandLine?.includes('kafka.Kafka') && commandLine.includes(setup.properties) ? pid : undefined;
}

function isRunning(pid: number): boolean {
  return liveCommandLine(pid) !== undefined;
}

/** A live process's command line, or undefined once it is gone (a zombie nobody reaped counts as gone). */
function liveCommandLine(pid: number): string | undefined {
  if (!existsSync('/proc/self')) return liveCommandLineFromPs(pid);
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return undefined;
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return undefined;
  }
}

/** The same where there is no /proc (macOS). */
function liveCommandLineFromPs(pid: number): string | undefined {
  const ps = spawnSync('ps', ['-o', 'stat=,command=', '-p', String(pid)], { encoding: 'utf8' });
  const line = ps.status === 0 ? ps.stdout.trim() : '';
  return line === '' || line.startsWith('Z') ? undefined : line;
}

// ---------------------------------------------------------------------------------------------------------------
// Configuration and storage

function writeServerProperties(setup: Setup): void {
  const controllerPort = setup.port + 1;
  const lines = [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${setup.port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${setup.port}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    `log.dirs=${setup.logDir}`,
    // One node: every internal topic needs replication factor 1, or the group coordinator never comes up.
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'default.replication.factor=1',
    'min.insync.replicas=1',
    // No 3 s wait before each consumer group's first rebalance.
    'group.initial.rebalance.delay.ms=0',
    'auto.create.topics.enable=true',
    'num.partitions=3',
    // Local data: a day or 100 MB per partition, in small segments so retention can act.
    'log.retention.hours=24',
    'log.retention.bytes=104857600',
    'log.segment.bytes=16777216',
    'log.retention.check.interval.ms=60000',
    // Sized for a laptop-class machine and a 512 MB heap (the cleaner takes 128 MB by default).
    'num.network.threads=2',
    'num.io.threads=4',
    'log.cleaner.dedupe.buffer.size=16777216',
  ];
  writeFileSync(setup.properties, `${lines.join('\n')}\n`);
}

/** Formats the data directory once; later starts find meta.properties and skip the extra JVM. */
async function formatStorage(setup: Setup): Promise<void> {
  if (existsSync(join(setup.logDir, 'meta.properties'))) return;
  // Static voters (controller.quorum.voters), so no --standalone.
  const format = await runCommand('java', [
    `-Dlog4j.configuration=file:${LOG4J}`,
    '-cp',
    `${LIBS}/*`,
    'kafka.tools.StorageTool',
    'format',
    '--cluster-id',
    newClusterId(),
    '--config',
    setup.properties,
    '--ignore-formatted',
  ]);
  if (format.code !== 0)
    throw new Error(`Formatting Kafka's storage in ${setup.logDir} failed:\n${lastLines(format.output)}`);
}

/** What `StorageTool random-uuid` prints: 16 random bytes in URL-safe base64, never starting with '-'. */
function newClusterId(): string {
  for (;;) {
    const id = Buffer.from(randomUUID().replaceAll('-', ''), 'hex').toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Jars and tools

function jarsAreComplete(): boolean {
  try {
    const fetched = JSON.parse(readFileSync(FETCHED, 'utf8')) as { pom?: string; jars?: string[] };
    return (
      fetched.pom === pomDigest() &&
      Array.isArray(fetched.jars) &&
      fetched.jars.length > 0 &&
      fetched.jars.every((jar) => existsSync(join(LIBS, jar)))
    );
  } catch {
    return false;
  }
}

function pomDigest(): string {
  return createHash('sha256').update(readFileSync(POM)).digest('hex');
}

function jarNames(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.jar'));
}

async function requireJava17(): Promise<void> {
  const missing = 'Kafka needs Java 17+ (`java`) on PATH: install it with `apt-get install openjdk-17-jre-headless`.';
  requireCommand('java', missing);
  const { output } = await runCommand('java', ['-version']);
  const major = Number(/version "(?:1\.)?(\d+)/.exec(output)?.[1]);
  if (major < 17) throw new Error(`${missing.replace(' on PATH', '')} (found Java ${major})`);
}

function requireCommand(command: string, sentence: string): void {
  const found = (process.env.PATH ?? '').split(delimiter).some((folder) => {
    try {
      accessSync(join(folder, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!found) throw new Error(sentence);
}

/** Runs a command to completion, its stdout and stderr together. */
function runCommand(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', rejectRun);
    child.once('close', (code) => resolveRun({ code: code ?? 1, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

function readIfExists(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

function lastLines(text: string, count = 20): string {
  const lines = text.trimEnd().split('\n').slice(-count).join('\n');
  return lines === '' ? '(no output)' : lines;
}

// ---------------------------------------------------------------------------------------------------------------
// Is a broker there? One Metadata request (v4) over a plain socket, no client library.

const METADATA_API_KEY = 3;
const METADATA_VERSION = 4;
const CORRELATION_ID = 0x4a4b; // any value; the answer must echo it

/** True when a Kafka broker on 127.0.0.1:<port> answers a Metadata request and lists itself. */
export function brokerAnswers(port: number, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolveAnswer) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = Buffer.alloc(0);
    const finish = (answer: boolean) => {
      socket.destroy();
      resolveAnswer(answer);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('close', () => finish(false));
    socket.once('connect', () => socket.write(metadataRequest()));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4 && received.length >= 4 + received.readInt32BE(0)) finish(listsABroker(received));
    });
  });
}

function metadataRequest(): Buffer {
  const clientId = Buffer.from('jaring-kafka-launcher');
  const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length + 4 + 1);
  let at = body.writeInt16BE(METADATA_API_KEY, 0);
  at = body.writeInt16BE(METADATA_VERSION, at);
  at = body.writeInt32BE(CORRELATION_ID, at);
  at = body.writeInt16BE(clientId.length, at);
  at += clientId.copy(body, at);
  at = body.writeInt32BE(0, at); // no topics: only the brokers
  body.writeInt8(0, at); // allow_auto_topic_creation = false
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length);
  return Buffer.concat([size, body]);
}

/** Response v4: size, correlation id, throttle time, then the broker array's length. */
function listsABroker(response: Buffer): boolean {
  return response.length >= 16 && response.readInt32BE(4) === CORRELATION_ID && response.readInt32BE(12) > 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Command line

const USAGE =
  'usage: node deploy/local/kafka/kafka-launcher.ts fetch|start|stop|status|run   (KAFKA_PORT picks the port)';

async function cli(command: string | undefined): Promise<number> {
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const setup = setupFor({ log: print });
  switch (command) {
    case 'fetch':
      await fetchJars(print);
      print(`Kafka jars are in ${relative(REPO_ROOT, LIBS)}`);
      return 0;
    case 'start':
      return startInBackground(setup);
    case 'stop':
      return stopFromCli(setup);
    case 'status':
      return statusFromCli(setup);
    case 'run':
      return runInForeground(setup);
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

async function startInBackground(setup: Setup): Promise<number> {
  const kafka = await ensure(setup, 'background');
  if (!kafka.startedByUs) {
    setup.log(`Kafka is already running at ${kafka.brokers}`);
    return 0;
  }
  setup.log(`Kafka runs in the background at ${kafka.brokers} (pid ${readIfExists(setup.pidFile).trim()})`);
  setup.log(`its output: ${setup.outputFile}; stop it with: npm run kafka -- stop`);
  return 0;
}

async function stopFromCli(setup: Setup): Promise<number> {
  const pid = recordedBrokerPid(setup);
  if (await stopBroker(setup)) setup.log(`Kafka (pid ${pid}) stopped`);
  else setup.log(`no Kafka broker recorded in ${setup.pidFile}: nothing to stop`);
  if (await brokerAnswers(setup.port))
    setup.log(`a broker still answers at ${setup.brokers}: this launcher did not start it for ${setup.dataDir}`);
  return 0;
}

async function statusFromCli(setup: Setup): Promise<number> {
  if (await brokerAnswers(setup.port)) {
    const pid = recordedBrokerPid(setup);
    setup.log(`Kafka answers at ${setup.brokers}${pid === undefined ? '' : ` (pid ${pid}, data in ${setup.dataDir})`}`);
    return 0;
  }
  setup.log(`no Kafka broker answers at ${setup.brokers}`);
  return 1;
}

/** Keeps a broker up until SIGINT or SIGTERM; stops it then if this process started it. */
async function runInForeground(setup: Setup): Promise<number> {
  const cancel = new AbortController();
  const stopRequested = new Promise<void>((resolveSignal) => {
    process.once('SIGINT', () => resolveSignal());
    process.once('SIGTERM', () => resolveSignal());
  });
  void stopRequested.then(() => cancel.abort());
  let kafka: RunningKafka;
  try {
    kafka = await ensure(setup, 'attached', cancel.signal);
  } catch (error) {
    if (cancel.signal.aborted) return 130; // stopped during start-up; the broker is already down again
    throw error;
  }
  setup.log(
    kafka.startedByUs
      ? `Kafka running at ${kafka.brokers}; Ctrl-C stops it`
      : `Kafka is already running at ${kafka.brokers}; leaving it running when this stops`,
  );
  const outcome = await Promise.race([stopRequested.then(() => 'signal' as const), untilGone(setup, kafka)]);
  if (outcome === 'gone') {
    setup.log(`Kafka at ${kafka.brokers} went away on its own`);
    return 1;
  }
  await kafka.stop();
  if (kafka.startedByUs) setup.log('Kafka stopped');
  return 0;
}

/** Resolves when the broker stops: our own by its process, someone else's by its answers. */
async function untilGone(setup: Setup, kafka: RunningKafka): Promise<'gone'> {
  const stillThere = async () =>
    kafka.startedByUs ? recordedBrokerPid(setup) !== undefined : brokerAnswers(setup.port);
  while (await stillThere()) await sleep(kafka.startedByUs ? 1_000 : 5_000);
  return 'gone';
}

if (import.meta.main) {
  cli(process.argv[2]).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
