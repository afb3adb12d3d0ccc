import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { ServiceConfig } from '@jaring/config';
import { startService } from '@jaring/platform';
import { BillingConfig } from '../../apps/billing/src/billing.config';
import { BillingModule } from '../../apps/billing/src/billing.module';
import { ClaimsConfig } from '../../apps/claims/src/claims.config';
import { ClaimsModule } from '../../apps/claims/src/claims.module';
import { EnrolmentConfig } from '../../apps/enrolment/src/enrolment.config';
import { EnrolmentModule } from '../../apps/enrolment/src/enrolment.module';
import { testConfig, uniqueTopicPrefix } from './test-environment';

export type ServiceName = 'enrolment' | 'billing' | 'claims';

const SERVICES: Record<ServiceName, { config: new () => ServiceConfig; module: (config: never) => DynamicModule }> = {
  enrolment: { config: EnrolmentConfig, module: EnrolmentModule.forRoot },
  billing: { config: BillingConfig, module: BillingModule.forRoot },
  claims: { config: ClaimsConfig, module: ClaimsModule.forRoot },
};

export interface RunningServices {
  topicPrefix: string;
  apps: Partial<Record<ServiceName, INestApplication>>;
  get(name: ServiceName): INestApplication;
  stop(): Promise<void>;
}

/**
 * Starts real services in this process, each with its own throwaway database, on the run's broker
 * and on topics no other test file shares. `extra` sets service-specific variables.
 */
export async function startServices(
  names: ServiceName[],
  options: { label: string; extra?: Partial<Record<ServiceName, Record<string, string>>> },
): Promise<RunningServices> {
  const topicPrefix = uniqueTopicPrefix();
  const apps: Partial<Record<ServiceName, INestApplication>> = {};
  const running: RunningServices = {
    topicPrefix,
    apps,
    get: (name) => {
      const app = apps[name];
      if (!app) throw new Error(`${name} was not started`);
      return app;
    },
    stop: async () => {
      for (const name of [...names].reverse()) await apps[name]?.close();
    },
  };
  try {
    for (const name of names) {
      const { config: configClass, module } = SERVICES[name];
      const config = testConfig(configClass, {
        // `e2e` keeps these apart from the integration tests' databases of the same run.
        database: `${name}_e2e_${options.label}`,
        topicPrefix,
        groupId: `${topicPrefix}${name}`,
        extra: options.extra?.[name],
      });
      apps[name] = await startService(module(config as never), config, {
        service: name,
        title: name,
        description: name,
      });
    }
  } catch (error) {
    await running.stop();
    throw error;
  }
  return running;
}
