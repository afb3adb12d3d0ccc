import { context, propagation, ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { currentTraceHeaders, withConsumerSpan } from './trace-context';

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
});
