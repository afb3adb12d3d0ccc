import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { runWithAuditContext, systemActor } from '@jaring/audit';
import { PeriodicTask } from '@jaring/scheduling';
import { ActivateDueWorkersHandler } from '../../application/activate-due-workers/activate-due-workers.handler';
import { EnrolmentConfig } from '../../enrolment.config';

/**
 * Activates pending workers whose coverage has started: once at boot (so a day missed while the
 * service was down is caught up) and then every ACTIVATION_INTERVAL_MS. Several instances may run
 * it at once: each takes different rows (FOR UPDATE SKIP LOCKED).
 */
@Injectable()
export class ActivationScheduler extends PeriodicTask implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(activateDueWorkers: ActivateDueWorkersHandler, config: EnrolmentConfig) {
    const log = new Logger('activation');
    super(
      async () => {
        const activated = await runWithAuditContext({ actor: systemActor('activation') }, () =>
          activateDueWorkers.execute(),
        );
        if (activated > 0) log.log({ activated }, 'pending workers whose coverage started were activated');
      },
      {
        everyMs: config.ACTIVATION_INTERVAL_MS,
        runAtStart: true,
        onError: (error) => log.warn({ err: error }, 'activation of due workers failed; retried on the next pass'),
      },
    );
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
