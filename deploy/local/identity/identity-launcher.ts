// Starts the local OpenID provider (identity-provider.ts) as a child process and waits until its
// discovery document answers. `npm start` runs it on :3010; the tests start their own on a free port.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const READY_TIMEOUT_MS = 60_000;

export interface IdentityProviderLaunch {
  /** 0 picks a free port. */
  port: number;
  /** Keeps the signing keys between restarts (npm start); tests use a fresh key each run. */
  keysFile?: string;
  accessTokenSeconds?: number;
  /** Origins of the officer console allowed as redirect targets; the provider's default is :3000. */
  consoleOrigins?: readonly string[];
  log?: (line: string) => void;
}

export interface RunningIdentityProvider {
  issuer: string;
  startedByUs: boolean;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function answers(issuer: string): Promise<boolean> {
  try {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

export async function ensureIdentityProvider(launch: IdentityProviderLaunch): Promise<RunningIdentityProvider> {
  const log = launch.log ?? (() => undefined);
  const port = launch.port === 0 ? await freePort() : launch.port;
  const issuer = `http://127.0.0.1:${port}`;
  if (launch.port !== 0 && (await answers(issuer))) {
    return { issuer, startedByUs: false, stop: async () => undefined };
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [require.resolve('tsx/cli'), join(__dirname, 'identity-provider.ts')],
    {
      env: {
        ...process.env,
        IDP_PORT: String(port),
        ...(launch.keysFile ? { IDP_KEYS_FILE: launch.keysFile } : {}),
        ...(launch.accessTokenSeconds ? { IDP_ACCESS_TOKEN_SECONDS: String(launch.accessTokenSeconds) } : {}),
        ...(launch.consoleOrigins ? { IDP_CONSOLE_ORIGINS: launch.consoleOrigins.join(',') } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      output.push(line);
      if (!line.includes('WARNING')) log(line);
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(killer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await answers(issuer))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the local OpenID provider did not start on ${issuer}:\n${output.slice(-20).join('\n')}`);
    }
    await sleep(200);
  }
  return { issuer, startedByUs: true, stop };
}
