import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { auditChainHead } from '@jaring/audit';
import { AuditChainHeadPublished, type AuditedService } from '@jaring/contracts';
import { Outbox } from '@jaring/messaging';
import { PeriodicTask } from '@jaring/scheduling';

/** Every regency's changes are in one chain: the envelope's tenant for a head names none. */
const ALL_REGENCIES = '00.00';

/**
 * Publishes the head of the service's audit chain (AuditChainHeadPublished, through the outbox) at
 * start and then every interval when it moved: kept outside the database, a head published earlier
 * no longer matches a chain rewritten whole afterwards.
 */
@Injectable()
export class AuditHeadPublisher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('audit');
  private readonly task: PeriodicTask;
  private published?: string;

  constructor(
    private readonly service: AuditedService,
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly intervalMs: number,
  ) {
    this.task = new PeriodicTask(() => this.publish(), {
      everyMs: intervalMs,
      runAtStart: true,
      onError: (error) => this.log.warn({ err: error }, 'could not publish the audit chain head; retried next time'),
    });
  }

  onApplicationBootstrap(): void {
    if (this.intervalMs > 0) this.task.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** Publishes the head now unless it was already published as it stands. */
  async publish(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const head = await auditChainHead(manager);
      const key = `${head.seq}:${head.hash}`;
      if (key === this.published) return;
      const id = randomUUID();
      await this.outbox.stage(manager, [
        {
          definition: AuditChainHeadPublished,
          aggregateId: this.service,
          tenant: ALL_REGENCIES,
          payload: { service: this.service, seq: head.seq, hash: head.hash, publishedAt: new Date().toISOString() },
          origin: { correlationId: id, causationId: id },
        },
      ]);
      this.published = key;
    });
  }
}
