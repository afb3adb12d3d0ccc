import { context, type Link, propagation, type Span, SpanKind, trace } from '@opentelemetry/api';

const tracer = trace.getTracer('jaring-messaging');

/**
 * The active trace context as message headers (`traceparent`, `tracestate`). Empty when tracing is
 * off: the API is a no-op until a service starts the SDK (libs/tracing).
 */
export function currentTraceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** Runs `work` in a consumer span that continues the producer's trace carried in `headers`. */
export async function withConsumerSpan<T>(
  name: string,
  headers: Record<string, string>,
  work: () => Promise<T>,
): Promise<T> {
  const parent = propagation.extract(context.active(), headers);
  return tracer.startActiveSpan(name, { kind: SpanKind.CONSUMER }, parent, (span) => finish(span, work));
}

/** One span for a run of events, linked to each event's own trace. */
export async function withBatchConsumerSpan<T>(
  name: string,
  headersOfEach: Record<string, string>[],
  work: () => Promise<T>,
): Promise<T> {
  const links: Link[] = headersOfEach
    .map((headers) => trace.getSpanContext(propagation.extract(context.active(), headers)))
    .filter((spanContext) => spanContext !== undefined)
    .map((spanContext) => ({ context: spanContext }));
  return tracer.startActiveSpan(name, { kind: SpanKind.CONSUMER, links }, (span) => finish(span, work));
}

async function finish<T>(span: Span, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    span.recordException(error as Error);
    throw error;
  } finally {
    span.end();
  }
}
