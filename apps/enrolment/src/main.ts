// First: OpenTelemetry (when OTEL_ENABLED=true) must patch http, express and pg before they load.
import '@jaring/tracing';
import { ENROLMENT_API } from './api/http/enrolment.api';
import { loadConfig } from '@jaring/config';
import { runService } from '@jaring/platform';
import { EnrolmentConfig } from './enrolment.config';
import { ENROLMENT_PERSISTENCE, EnrolmentModule } from './enrolment.module';

void runService(() => {
  const config = loadConfig(EnrolmentConfig);
  return { module: EnrolmentModule.forRoot(config), config, persistence: ENROLMENT_PERSISTENCE };
}, ENROLMENT_API);
