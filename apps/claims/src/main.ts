// First: OpenTelemetry (when OTEL_ENABLED=true) must patch http, express and pg before they load.
import '@jaring/tracing';
import { loadConfig } from '@jaring/config';
import { runService } from '@jaring/platform';
import { ClaimsConfig } from './claims.config';
import { CLAIMS_PERSISTENCE, ClaimsModule } from './claims.module';

void runService(
  () => {
    const config = loadConfig(ClaimsConfig);
    return { module: ClaimsModule.forRoot(config), config, persistence: CLAIMS_PERSISTENCE };
  },
  {
    service: 'claims',
    title: 'Jaring claims',
    description: 'JKK and JKM claims from report to payout, to the worker or the right heir, exactly once.',
  },
);
