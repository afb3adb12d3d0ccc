// First: OpenTelemetry (when OTEL_ENABLED=true) must patch http, express and pg before they load.
import '@jaring/tracing';
import { CLAIMS_API } from './api/http/claims.api';
import { loadConfig } from '@jaring/config';
import { runService } from '@jaring/platform';
import { ClaimsConfig } from './claims.config';
import { CLAIMS_PERSISTENCE, ClaimsModule } from './claims.module';

void runService(() => {
  const config = loadConfig(ClaimsConfig);
  return { module: ClaimsModule.forRoot(config), config, persistence: CLAIMS_PERSISTENCE };
}, CLAIMS_API);
