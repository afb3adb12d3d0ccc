import { createServer, type Server } from 'node:http';
import { buildServices, freePort, ServiceProcess } from '../../../test/support/service-process';
import { testDatabaseUrl, testKafkaBrokers, uniqueTopicPrefix, waitFor } from '../../../test/support/test-environment';
import { bearer, testIssuer } from '../../../test/support/tokens';

/** An OTLP/HTTP collector that keeps the trace ids it receives. */
class FakeCollector {
  readonly traceIds = new Set<string>();
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        if (request.url === '/v1/traces') {
          for (const match of Buffer.concat(chunks)
            .toString()
            .matchAll(/"traceId":"([0-9a-f]{32})"/g)) {
            this.traceIds.add(match[1]);
          }
        }
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
      });
    });
    const port = await freePort();
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

describe('tracing on a real service process (real PostgreSQL and Kafka)', () => {
  const collector = new FakeCollector();
  let service: ServiceProcess;
  let officer: string;

  beforeAll(async () => {
    officer = await bearer('officer-tracing', 'enrolment-officer');
    buildServices();
    const topicPrefix = uniqueTopicPrefix();
    service = await new ServiceProcess('enrolment', await freePort(), {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: testDatabaseUrl('enrolment_tracing'),
      KAFKA_BROKERS: testKafkaBrokers(),
      KAFKA_TOPIC_PREFIX: topicPrefix,
      KAFKA_GROUP_ID: `${topicPrefix}enrolment`,
      ACTIVATION_INTERVAL_MS: '0',
      OIDC_ISSUER: testIssuer(),
      OTEL_ENABLED: 'true',
      OTEL_SERVICE_NAME: 'jaring-enrolment',
      OTEL_EXPORTER_OTLP_ENDPOINT: await collector.start(),
      // The SDK's own setting: spans wait a minute in the batch, so only the shutdown's flush sends them.
      OTEL_BSP_SCHEDULE_DELAY: '60000',
    }).start();
  });

  afterAll(async () => {
    await service?.kill();
    await collector.stop();
  });

  it('writes the trace id on the request log line, and exports the last spans on SIGTERM', async () => {
    const response = await fetch(`${service.url}/v1/sponsors`, { headers: { Authorization: officer } });
    expect(response.status).toBe(200);
    const line = await waitFor(
      async () => service.logged('request completed').find((entry) => entry.trace_id !== undefined),
      { what: 'the request log line' },
    );
    expect(line.trace_id).toMatch(/^[0-9a-f]{32}$/);
    expect(collector.traceIds.has(line.trace_id as string)).toBe(false);

    const stopping = Date.now();
    await service.stop();
    expect(Date.now() - stopping).toBeLessThan(60_000);
    expect(collector.traceIds.has(line.trace_id as string)).toBe(true);
  });
});
