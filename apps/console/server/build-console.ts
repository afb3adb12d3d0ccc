import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** Builds the console with Vite into dist/console (a few seconds); rejects with Vite's output when it fails. */
export function buildConsole(): Promise<void> {
  const root = resolve(__dirname, '../../..');
  return new Promise((done, fail) => {
    const vite = spawn(
      process.execPath,
      [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', 'apps/console', '--logLevel', 'warn'],
      {
        cwd: root,
        env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const output: Buffer[] = [];
    vite.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    vite.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    vite.on('error', fail);
    vite.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`vite build failed (${code}):\n${Buffer.concat(output).toString()}`)),
    );
  });
}
