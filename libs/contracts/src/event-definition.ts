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
}

export function defineEvent<P extends object>(definition: EventDefinition<P>): EventDefinition<P> {
  return definition;
}

/** The pattern a consumer subscribes with, e.g. `WorkerRegistered.v1`. */
export function eventPattern(definition: Pick<EventDefinition, 'type' | 'version'>): string {
  return `${definition.type}.v${definition.version}`;
}
