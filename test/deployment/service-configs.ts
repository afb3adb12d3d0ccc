import type { ServiceConfig } from '@jaring/config';
import { BillingConfig } from '../../apps/billing/src/billing.config';
import { ClaimsConfig } from '../../apps/claims/src/claims.config';
import { EnrolmentConfig } from '../../apps/enrolment/src/enrolment.config';
import { TracingConfig } from '../../libs/tracing/src/tracing.config';

/** Each deployable service and its config class: the single source of the variables it needs. */
export const SERVICE_CONFIGS: Record<string, new () => ServiceConfig> = {
  enrolment: EnrolmentConfig,
  billing: BillingConfig,
  claims: ClaimsConfig,
};

/** Every variable a service process reads: its own config and the tracing bootstrap's (libs/tracing). */
export function knownVariables(configClass: new () => ServiceConfig): string[] {
  return [...Object.keys(new configClass()), ...Object.keys(new TracingConfig())];
}
