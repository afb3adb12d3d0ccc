import { context, type Link, propagation, ROOT_CONTEXT, type Span, SpanKind, trace } from '@opentelemetry/api';

// Looked up on each use, so a tracer provider registered (or removed) after import is followed.
const tracer = () => trace.getTracer('jaring-messaging');

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
  return tracer().startActiveSpan(name, { kind: SpanKind.CONSUMER }, parent, (span) => finish(span, work));
}

/**
 * One span for a run of events, linked to each event's own trace. The records' headers are read
 * only when the span records (they are decoded on first read, a cost worth skipping when tracing
 * is off); links added after the start are not seen by a sampler, which decides on the name.
 */
export async function withBatchConsumerSpan<T>(
  name: string,
  records: readonly { headers: Record<string, string> }[],
  work: () => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(name, { kind: SpanKind.CONSUMER }, (span) => {
    if (span.isRecording()) span.addLinks(linksTo(records));
    return finish(span, work);
  });
}

function linksTo(records: readonly { headers: Record<string, string> }[]): Link[] {
  const links: Link[] = [];
  for (const { headers } of records) {
    // ROOT_CONTEXT, not the active one: that holds the batch span itself, which a record without
    // trace headers would otherwise link to.
    const spanContext = trace.getSpanContext(propagation.extract(ROOT_CONTEXT, headers));
    if (spanContext) links.push({ context: spanContext });
  }
  return links;
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
