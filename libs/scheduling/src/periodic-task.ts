import { TenantContext, TenantScope } from '@jaring/auth';

export interface PeriodicTaskOptions {
  /** Time between runs; 0 for no repeats. */
  everyMs: number;
  /** Also run once at start, so what fell due while the process was down is caught up. */
  runAtStart: boolean;
  /** Told of a failed run; the task still runs at the next interval. */
  onError(error: unknown): void;
}

/**
 * Background work repeated on an interval inside one process. A run still going when the next is
 * due is not doubled, and stop() waits for the run in progress, so whatever it uses (a database
 * connection) can be closed right after. It works for every regency (the system tenant scope).
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private started = false;
  private running?: Promise<void>;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly options: PeriodicTaskOptions,
  ) {}

  start(): void {
    if (this.started) return;
    this.started = true;
    if (this.options.runAtStart) void this.runNow();
    if (this.options.everyMs > 0) {
      this.timer = setInterval(() => void this.runNow(), this.options.everyMs);
      this.timer.unref(); // the server, not a timer, keeps the process alive
    }
  }

  /** Runs the work now unless a run is in progress; resolves when that run ends, never rejects. */
  runNow(): Promise<void> {
    this.running ??= TenantContext.run(TenantScope.system(), this.work)
      .catch((error: unknown) => this.options.onError(error))
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.started = false;
    await this.running;
  }
}
