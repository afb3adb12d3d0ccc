import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ROLES } from '@jaring/auth';
import { startService } from '@jaring/platform';
import { ENROLMENT_API } from '../../src/api/http/enrolment.api';
import { EnrolmentConfig } from '../../src/enrolment.config';
import { EnrolmentModule } from '../../src/enrolment.module';
import { DurableImportQueue } from '../../src/infrastructure/imports/durable-import.queue';
import { testConfig, uniqueTopicPrefix } from '../../../../test/support/test-environment';
import { issueRoleTokens, roleBearer as bearer } from '../../../../test/support/tokens';

/** The enrolment service started in-process against this run's PostgreSQL and Kafka. */
export class EnrolmentTestApp {
  readonly topicPrefix = uniqueTopicPrefix();
  app!: INestApplication;
  config!: EnrolmentConfig;

  constructor(
    private readonly database: string,
    private readonly extra: Record<string, string> = {},
  ) {}

  async start(): Promise<this> {
    await issueRoleTokens(ROLES);
    this.config = testConfig(EnrolmentConfig, {
      database: this.database,
      topicPrefix: this.topicPrefix,
      groupId: `${this.topicPrefix}enrolment`,
      extra: this.extra,
    });
    this.app = await startService(EnrolmentModule.forRoot(this.config), this.config, ENROLMENT_API);
    return this;
  }

  async stop(): Promise<void> {
    await this.app?.close();
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  /** Resolves when every import queued so far has finished. */
  importsIdle(): Promise<void> {
    return this.app.get(DurableImportQueue).idle();
  }

  query<T = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.dataSource.query(sql, parameters);
  }
}

/** A Polewali Mandar officer of `role` (tokens from the run's OpenID provider, issued at start). */
export { bearer };
