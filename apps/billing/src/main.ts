// First: OpenTelemetry (when OTEL_ENABLED=true) must patch http, express and pg before they load.
import '@jaring/tracing';
import { loadConfig } from '@jaring/config';
import { runService } from '@jaring/platform';
import { BillingConfig } from './billing.config';
import { BILLING_PERSISTENCE, BillingModule } from './billing.module';

void runService(
  () => {
    const config = loadConfig(BillingConfig);
    return { module: BillingModule.forRoot(config), config, persistence: BILLING_PERSISTENCE };
  },
  {
    service: 'billing',
    title: 'Jaring billing',
    description: 'Monthly contribution invoices to the sponsoring Pemkab, payments, coverage and arrears.',
  },
);
