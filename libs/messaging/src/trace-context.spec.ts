import { context, propagation, ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { currentTraceHeaders, withBatchConsumerSpan, withConsumerSpan } from './trace-context';

describe('trace context across Kafka', () => {
  const producing = {
    traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    spanId: '00f067aa0ba902b7',
    traceFlags: TraceFlags.SAMPLED,
  };

  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  });

  afterAll(() => {
    propagation.disable();
    context.disable();
  });

  it('writes the active span into the message headers and continues it in the consumer', async () => {
    const headers = context.with(trace.setSpanContext(ROOT_CONTEXT, producing), () => currentTraceHeaders());
    expect(headers).toEqual({ traceparent: `00-${producing.traceId}-${producing.spanId}-01` });

    const seenByHandler = await withConsumerSpan('claims handle PayoutRequested.v1', headers, async () =>
      trace.getActiveSpan()?.spanContext(),
    );
    expect(seenByHandler?.traceId).toBe(producing.traceId);
  });

  it('adds no headers when nothing is being traced', () => {
    expect(currentTraceHeaders()).toEqual({});
  });

  it('links a batch span to the trace of each event when tracing is on', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] });
    trace.setGlobalTracerProvider(provider);
    try {
      const other = { ...producing, traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331' };
      const records = [producing, other].map((spanContext) => ({
        headers: context.with(trace.setSpanContext(ROOT_CONTEXT, spanContext), () => currentTraceHeaders()),
      }));

      await withBatchConsumerSpan(
        'billing handle WorkerEnrolled.v1',
        [...records, { headers: {} }],
        async () => 'done',
      );

      await provider.forceFlush();
      const [span] = exporter.getFinishedSpans();
      expect(span.name).toBe('billing handle WorkerEnrolled.v1');
      expect(span.links.map((link) => link.context.traceId)).toEqual([producing.traceId, other.traceId]);
    } finally {
      trace.disable();
    }
  });

  it('does not read the records of a batch span when tracing is off', async () => {
    const record = {
      get headers(): Record<string, string> {
        throw new Error('headers read although nothing is traced');
      },
    };
    await expect(withBatchConsumerSpan('billing handle WorkerEnrolled.v1', [record], async () => 'done')).resolves.toBe(
      'done',
    );
  });
});
