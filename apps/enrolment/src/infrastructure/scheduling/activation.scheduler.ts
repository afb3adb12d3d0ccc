import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { ActivateDueWorkersHandler } from '../../application/activate-due-workers/activate-due-workers.handler';
import { EnrolmentConfig } from '../../enrolment.config';

/**
 * Activates pending workers whose coverage has started: once at boot (so a day missed while the
 * service was down is caught up) and then every ACTIVATION_INTERVAL_MS. Several instances may run
 * it at once: each takes different rows (FOR UPDATE SKIP LOCKED).
 */
@Injectable()
export class ActivationScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('activation');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly activateDueWorkers: ActivateDueWorkersHandler,
    private readonly config: EnrolmentConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.tick();
    if (this.config.ACTIVATION_INTERVAL_MS > 0) {
      this.timer = setInterval(() => this.tick(), this.config.ACTIVATION_INTERVAL_MS);
      this.timer.unref();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One activation pass, unless one is still running. */
  tick(): Promise<void> {
    this.running ??= this.activateDueWorkers
      .execute()
      .then((activated) => {
        if (activated > 0) this.log.log({ activated }, 'pending workers whose coverage started were activated');
      })
      .catch((error: unknown) =>
        this.log.warn({ err: error }, 'activation of due workers failed; retried on the next pass'),
      )
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
