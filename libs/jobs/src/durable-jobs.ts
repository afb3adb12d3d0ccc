import { Logger } from '@nestjs/common';
import { TenantContext, TenantScope } from '@jaring/auth';
import { PgBoss, type Job } from 'pg-boss';
import { Counter } from 'prom-client';

/** What operators alert on: an import or a billing run that ended failed. */
export const jobsFinished = new Counter({
  name: 'jaring_jobs_finished_total',
  help: 'Durable jobs (imports, billing runs) that ended, by queue and outcome (completed or failed)',
  labelNames: ['queue', 'outcome'] as const,
});

/**
 * A queue of durable jobs and what runs them. A job is a row in the service's own PostgreSQL
 * database (schema `pgboss`), so it outlives the process that queued it and the one running it.
 */
export interface DurableQueue<T extends object> {
  readonly name: string;
  /**
   * Seconds without a heartbeat after which a running job is taken back and given to any replica
   * (the runner refreshes it every half of this while the handler works). Default 20.
   */
  readonly heartbeatSeconds?: number;
  /** Attempts after the first; the handler is told which attempt is the last. */
  readonly retryLimit: number;
  /** Seconds before a failed attempt is tried again. */
  readonly retryDelaySeconds: number;
  /**
   * 'exclusive' (default): one job of a key queued or running, a send meanwhile is a no-op.
   * 'stately': one of a key queued and one running, so a send while one runs queues the next
   * (work that arrived during the run is not lost); still never two running at once.
   */
  readonly policy?: 'exclusive' | 'stately';
  run(data: T, attempt: JobAttempt): Promise<void>;
}

export interface JobAttempt {
  /** Grows by one at every claim of the job: a fencing token newer attempts outrank. */
  readonly number: number;
  readonly isLast: boolean;
  /** Aborted when this process begins to stop: end at a safe point and throw, the job is retried. */
  readonly stopping: AbortSignal;
}

/** How quickly a job of a dead worker is taken back: heartbeat check and polling cadence. */
const MONITOR_SECONDS = 5;
const POLLING_SECONDS = 1;
const DEFAULT_HEARTBEAT_SECONDS = 20;
/** How long stop() waits for running handlers to reach a safe point. */
const STOP_TIMEOUT_MS = 20_000;

/**
 * The service's job runner on pg-boss (ADR 0007). One job of a key runs at a time across every
 * replica (`exclusive` queues with the key as singleton key); a job whose worker died is failed by
 * the heartbeat monitor and retried by whichever replica polls first.
 */
export class DurableJobs {
  private readonly log = new Logger('jobs');
  private readonly stopping = new AbortController();
  private readonly boss: PgBoss;
  private started?: Promise<unknown>;

  constructor(
    databaseUrl: string,
    private readonly applicationName: string,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      application_name: applicationName,
      schema: 'pgboss',
      max: 4,
      monitorIntervalSeconds: MONITOR_SECONDS,
      superviseIntervalSeconds: MONITOR_SECONDS,
    });
    this.boss.on('error', (error: unknown) => this.log.warn({ err: error }, 'job queue error (retried)'));
  }

  /** Installs or migrates the pg-boss schema on first use; safe to call from several places. */
  start(): Promise<unknown> {
    this.started ??= this.boss.start();
    return this.started;
  }

  /** Creates the queue if missing and starts working on it in this process. */
  async work<T extends object>(queue: DurableQueue<T>): Promise<void> {
    await this.start();
    const heartbeatSeconds = queue.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS;
    const options = {
      heartbeatSeconds,
      retryLimit: queue.retryLimit,
      retryDelay: queue.retryDelaySeconds,
      // A job may run long (a 100,000-row import); the heartbeat, not this, detects a dead worker.
      expireInSeconds: 6 * 60 * 60,
    } as const;
    // The policy is fixed at creation; the timings follow the code of the newest deploy.
    if (await this.boss.getQueue(queue.name)) await this.boss.updateQueue(queue.name, options);
    else await this.boss.createQueue(queue.name, { ...options, policy: queue.policy ?? 'exclusive' });
    await this.boss.work<T>(
      queue.name,
      { pollingIntervalSeconds: POLLING_SECONDS, localConcurrency: 1 },
      async ([job]: Job<T>[]) => {
        if (this.stopping.signal.aborted) throw new Error('the service is stopping; another replica takes the job');
        // In the system scope, as the schedulers run: the job was authorised when it was queued,
        // and whichever replica runs it works for that job's regency.
        await TenantContext.run(TenantScope.system(), () =>
          queue.run(job.data, {
            number: job.retryCount,
            isLast: job.retryCount >= queue.retryLimit,
            stopping: this.stopping.signal,
          }),
        );
      },
    );
  }

  /**
   * Queues a job under its key; a job of that key already queued (or, on an exclusive queue,
   * running) makes this a no-op. `startAfterSeconds` defers it: sends meanwhile join that job.
   */
  async send(
    queueName: string,
    key: string,
    data: object,
    options: { startAfterSeconds?: number } = {},
  ): Promise<void> {
    await this.start();
    await this.boss.send(queueName, data, {
      singletonKey: key,
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
    });
  }

  /** Jobs of the queue not finished yet (queued, waiting for a retry or running). */
  async pending(queueName: string): Promise<number> {
    await this.start();
    const { rows } = await this.boss
      .getDb()
      .executeSql(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
        [queueName],
      );
    return Number(rows[0].n);
  }

  /** Resolves when the queue has no unfinished job (tests, benchmarks). */
  async idle(queueName: string, pollMs = 100): Promise<void> {
    while ((await this.pending(queueName)) > 0) await new Promise((resolve) => setTimeout(resolve, pollMs));
  }

  /** Tells running handlers to stop at their next safe point, waits for them, closes the pool. */
  async stop(): Promise<void> {
    this.stopping.abort();
    if (!this.started) return;
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS, close: true });
    this.log.log({ applicationName: this.applicationName }, 'job runner stopped');
  }
}
