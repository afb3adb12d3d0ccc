// First: OpenTelemetry (when OTEL_ENABLED=true) must patch http, express and pg before they load.
import '@jaring/tracing';
import { BILLING_API } from './api/http/billing.api';
import { loadConfig } from '@jaring/config';
import { runService } from '@jaring/platform';
import { BillingConfig } from './billing.config';
import { BILLING_PERSISTENCE, BillingModule } from './billing.module';

void runService(() => {
  const config = loadConfig(BillingConfig);
  return { module: BillingModule.forRoot(config), config, persistence: BILLING_PERSISTENCE };
}, BILLING_API);
