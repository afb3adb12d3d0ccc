// Import first in every service's main.ts: OpenTelemetry must patch http, express and pg before
// anything loads them. Tracing is off unless OTEL_ENABLED=true; spans go to an OTLP/HTTP collector
// (OTEL_EXPORTER_OTLP_ENDPOINT, default http://127.0.0.1:4318). Trace context crosses Kafka in the
// `traceparent` header that the outbox stores with each event (see libs/messaging).
import { loadConfig } from '@jaring/config';
import { TracingConfig } from './tracing.config';
import { startTracing } from './start-tracing';

const config = loadConfig(TracingConfig);
if (config.OTEL_ENABLED) startTracing(config);
