// Import first in every service's main.ts: OpenTelemetry must patch http, express and pg before
// anything loads them. Tracing is off unless OTEL_ENABLED=true; spans go to an OTLP/HTTP collector
// (OTEL_EXPORTER_OTLP_ENDPOINT, default http://127.0.0.1:4318). Trace context crosses Kafka in the
// `traceparent` header that the outbox stores with each event (see libs/messaging).
import { loadConfig } from '@jaring/config';
import { TracingConfig } from './tracing.config';

let flush: () => Promise<void> = async () => undefined;

const config = loadConfig(TracingConfig);
if (config.OTEL_ENABLED) {
  // Loaded only when enabled (synchronously, so the patches precede every other import): the SDK
  // and its instrumentations are a good part of a service's start-up memory when nobody wants them.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTracing } = require('./start-tracing') as typeof import('./start-tracing');
  const sdk = startTracing(config);
  flush = () => sdk.shutdown();
}

/**
 * Exports the spans still buffered and stops tracing. Called from the service's shutdown hook: a
 * SIGTERM (every rolling deploy) never reaches `beforeExit`, so the last seconds of spans were lost.
 */
export function shutdownTracing(): Promise<void> {
  return flush();
}
