import type { EventOrigin } from '@jaring/messaging';

/** The lifecycle commands an officer can give (lapses and deaths arrive as events instead). */
export const STATUS_ACTIONS = ['activate', 'suspend', 'reactivate', 'terminate'] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

export interface ChangeWorkerStatusCommand {
  readonly workerId: string;
  readonly action: StatusAction;
  readonly reason: string;
  /** The day the new status takes effect; defaults to today. */
  readonly effectiveDate?: string;
  readonly actor: string;
  readonly origin: EventOrigin;
}
