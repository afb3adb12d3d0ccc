import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(__dirname, '..', '..');

/**
 * The node flags a service runs with in production (the Dockerfile's ENTRYPOINT, scripts/start-all.ts):
 * a 2 MB young-generation semi-space keeps an idle service ~45 MB smaller, and a 192 MB old space
 * makes V8 collect instead of growing to ~470 MB through a 100,000-row import (bench/memory).
 */
export const SERVICE_NODE_FLAGS = [
  '--enable-source-maps',
  '--max-semi-space-size=2',
  '--max-old-space-size=192',
  '--disable-warning=TimeoutNegativeWarning',
];

/**
 * glibc's allocator settings of the production image (the Dockerfile's GLIBC_TUNABLES): allocations
 * from 128 KiB up are always their own mappings, handed back to the system when freed (by default
 * glibc raises that threshold up to 32 MB after large frees and keeps later ones in its heap), and
 * two arenas instead of one per thread keep less freed memory. Worth ~70 MB of RSS at the peak of a
 * 100,000-row import (bench/README.md). bench:memory applies it; other test processes keep glibc's defaults.
 */
export const SERVICE_GLIBC_TUNABLES = 'glibc.malloc.mmap_threshold=131072:glibc.malloc.arena_max=2';

/**
 * Builds dist/ (the services as they run in production) unless it is newer than every source
 * file's last commit: a test that kills a real process needs a real process to kill.
 */
export function buildServices(): void {
  const main = join(ROOT, 'dist/apps/enrolment/src/main.js');
  const built = existsSync(main) ? statSync(main).mtimeMs : 0;
  const changed = execFileSync('git', ['ls-files', '-m', '-o', '--exclude-standard', 'apps', 'libs'], { cwd: ROOT })
    .toString()
    .trim();
  const lastCommit = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT }).toString()) * 1000;
  if (built > lastCommit && changed === '') return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsc-alias/dist/bin/index.js'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** One service running as its own operating-system process from dist/, with its JSON log kept. */
export class ServiceProcess {
  readonly lines: string[] = [];
  readonly url: string;
  private child?: ChildProcess;
  private exit?: Promise<void>;

  constructor(
    readonly app: 'enrolment' | 'billing' | 'claims' | 'sandbox-bank',
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process and waits until GET /health/live answers. */
  async start(timeoutMs = 60_000): Promise<this> {
    const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, join(ROOT, `dist/apps/${this.app}/src/main.js`)], {
      cwd: ROOT,
      // METRICS_PORT 0: several processes on one machine (two replicas, a developer's services).
      env: { ...process.env, METRICS_PORT: '0', ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    // 'close': the process ended and its output was read to the end.
    this.exit = new Promise((resolve) => child.once('close', () => resolve()));
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => this.lines.push(line));
    }
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.running) {
        await this.exit;
        throw new Error(`${this.app} exited at start:\n${this.lines.slice(-5).join('\n')}`);
      }
      const live = await fetch(`${this.url}/health/live`).then(
        (response) => response.ok,
        () => false,
      );
      if (live) return this;
      if (Date.now() > deadline) throw new Error(`${this.app} did not start within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed — a crash or an OOM kill. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child?.kill('SIGKILL');
    await this.exit;
  }

  /** SIGTERM and wait: the shutdown a rolling deploy gives. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.child?.kill('SIGTERM');
    await this.exit;
  }

  /** The JSON log lines whose msg is `message`. */
  logged(message: string): Record<string, unknown>[] {
    return this.lines.flatMap((line) => {
      if (!line.startsWith('{')) return [];
      const entry = JSON.parse(line) as Record<string, unknown>;
      return entry.msg === message ? [entry] : [];
    });
  }
}
