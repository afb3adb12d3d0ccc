import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A PostgreSQL cluster of the chaos run's own (initdb into a throwaway folder, its own port), so
 * the run can crash and restart PostgreSQL without breaking the tests of everyone else on the
 * machine's shared cluster. Uses the machine's PostgreSQL binaries; as root, they run as the
 * `postgres` user (initdb refuses root).
 */
export class PrivatePostgres {
  private readonly bin: string;
  private readonly asRoot = process.getuid?.() === 0;

  constructor(
    readonly port: number,
    private readonly dataDir: string,
  ) {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    if (versions.length === 0) throw new Error('no PostgreSQL binaries under /usr/lib/postgresql');
    this.bin = join('/usr/lib/postgresql', versions[0], 'bin');
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}`;
  }

  start(): void {
    mkdirSync(this.dataDir, { recursive: true });
    if (this.asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      chownSync(this.dataDir, uid, gid);
    }
    this.run('initdb', ['-D', this.dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    this.pgCtl('start');
  }

  /**
   * Immediate shutdown (no checkpoint, clients cut off as in a crash), then crash recovery at start.
   * fsync stays off: the operating system keeps what PostgreSQL wrote, only the process dies.
   */
  restart(): void {
    this.run('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']);
    this.pgCtl('start');
  }

  stop(): void {
    this.run('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']);
  }

  /** Deletes the cluster's folder (stopped first). */
  remove(): void {
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private pgCtl(action: 'start'): void {
    const options = [
      `-p ${this.port}`,
      "-c listen_addresses='127.0.0.1'",
      `-c unix_socket_directories='${this.dataDir}'`,
      '-c fsync=off',
      '-c max_connections=200',
    ].join(' ');
    this.run('pg_ctl', ['-D', this.dataDir, '-o', options, '-l', join(this.dataDir, 'server.log'), '-w', action]);
  }

  private run(tool: string, args: string[]): void {
    const command = join(this.bin, tool);
    if (this.asRoot) {
      execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'ignore' });
    } else {
      execFileSync(command, args, { stdio: 'ignore' });
    }
  }
}
