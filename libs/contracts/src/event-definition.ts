import type { TopicSpec } from './topics';

/** One event type at one version: its topic, payload class and a checked-in example (fixture). */
export interface EventDefinition<P extends object = object> {
  type: string;
  version: number;
  topic: TopicSpec;
  payload: new () => P;
  summary: string;
  /** File name under libs/contracts/src/fixtures: a full envelope both producer and consumer tests check. */
  fixture: string;
  /**
   * The payload field that carries personal data sealed to the event (docs/adr/0008) and the class
   * of what it seals. The producer hands the outbox the plain object; the outbox seals it.
   */
  sealed?: { field: string; contents: new () => object };
}

export function defineEvent<P extends object>(definition: EventDefinition<P>): EventDefinition<P> {
  return definition;
}

/** An event whose payload carries personal data sealed to it: its consumers can name what it seals. */
export interface SealedEventDefinition<P extends object, C extends object> extends EventDefinition<P> {
  sealed: { field: keyof P & string; contents: new () => C };
}

export function defineSealedEvent<P extends object, C extends object>(
  definition: SealedEventDefinition<P, C>,
): SealedEventDefinition<P, C> {
  return definition;
}

/** The pattern a consumer subscribes with, e.g. `WorkerRegistered.v1`. */
export function eventPattern(definition: Pick<EventDefinition, 'type' | 'version'>): string {
  return `${definition.type}.v${definition.version}`;
}
