import { randomUUID } from 'node:crypto';
import { changedFields } from '@jaring/audit';
import { NotFoundError } from '@jaring/kernel';
import type { EventOrigin, NewEvent } from '@jaring/messaging';
import { Claim, type ClaimActor, type ClaimEvent, type LocalDate, type TransitionContext } from '../../domain';
import type { Clock } from '../ports/clock';
import type { AuditRow, ClaimRecord } from '../ports/claim.store';
import type { ClaimsTransaction, ClaimsUnitOfWork } from '../ports/claims-unit-of-work';
import type { ClaimDetails } from './claim-record';
import { toContractEvents } from './claim-events.mapper';
import type { ClaimsSettings } from './claims-settings';
import { localDateAt } from './local-time';

/** What a use case may do to one claim inside its transaction. */
export interface ChangeScope {
  readonly claim: Claim;
  /** A draft of the claim's details: change it in place. */
  readonly details: ClaimDetails;
  readonly transaction: ClaimsTransaction;
  readonly context: TransitionContext;
  readonly settings: ClaimsSettings;
  /** Runs one transition of the aggregate, recording its audit rows (with before/after) and its events. */
  transition(run: (context: TransitionContext) => ClaimEvent[]): ClaimEvent[];
  /** An audit row for a change outside the state machine (documents received, payout account...). */
  note(
    action: string,
    change: { reason?: string; before?: Record<string, unknown>; after?: Record<string, unknown> },
  ): void;
  /** Runs once the transaction has committed (e.g. wake the payout worker). */
  afterCommit(effect: () => void): void;
  slaBreachedAt?: string;
}

/**
 * The one path every change of a claim takes: load it locked, apply the use case, store the new
 * snapshot, its audit rows and its events (outbox) in the same transaction. A failed rule leaves
 * nothing behind.
 */
export class ClaimWorkflow {
  constructor(
    private readonly unitOfWork: ClaimsUnitOfWork,
    private readonly clock: Clock,
    private readonly settings: ClaimsSettings,
  ) {}

  contextFor(actor: ClaimActor): TransitionContext {
    return { actor, at: this.clock.now().toISOString() };
  }

  now(): Date {
    return this.clock.now();
  }

  today(): LocalDate {
    return localDateAt(this.clock.now(), this.settings.policy.utcOffsetMinutes);
  }

  /** Opens a claim built by `build`; its report's audit row and events are stored with it. */
  async open(
    actor: ClaimActor,
    build: (
      transaction: ClaimsTransaction,
      context: TransitionContext,
    ) => Promise<{ claim: Claim; events: ClaimEvent[]; details: ClaimDetails }>,
  ): Promise<ClaimRecord> {
    const context = this.contextFor(actor);
    const origin = newOrigin();
    return this.unitOfWork.run(async (transaction) => {
      const { claim, events, details } = await build(transaction, context);
      const snapshot = claim.toSnapshot();
      const record: ClaimRecord = { snapshot, details, version: 1 };
      await transaction.claims.insert(record);
      const { after } = changedFields(undefined, snapshot, ['audit']);
      await transaction.claims.appendAudit(
        snapshot.audit.map((entry) => ({
          claimId: snapshot.id,
          ...entry,
          actorRoles: actor.roles,
          before: undefined,
          after: { ...after, details },
        })),
      );
      await transaction.outbox.stage(toContractEvents(snapshot, snapshot.audit, events, origin));
      return record;
    });
  }

  /** Applies `work` to the claim, locked for the length of the transaction. NotFoundError if there is none. */
  async change<T = void>(
    claimId: string,
    actor: ClaimActor,
    work: (scope: ChangeScope) => Promise<T> | T,
    origin: EventOrigin = newOrigin(),
  ): Promise<{ record: ClaimRecord; result: T }> {
    const effects: Array<() => void> = [];
    const outcome = await this.unitOfWork.run(async (transaction) => {
      const stored = await transaction.claims.get(claimId, true);
      if (!stored) throw new NotFoundError('CLAIM_NOT_FOUND', `There is no claim ${claimId}`, 'claimId');
      const claim = Claim.rehydrate(stored.snapshot, this.settings.policy);
      const details = structuredClone(stored.details);
      const context = this.contextFor(actor);
      const auditRows: AuditRow[] = [];
      const outbound: NewEvent<object>[] = [];
      const scope: ChangeScope = {
        claim,
        details,
        transaction,
        context,
        settings: this.settings,
        slaBreachedAt: stored.slaBreachedAt,
        transition: (run) => {
          const before = claim.toSnapshot();
          const events = run(context);
          const after = claim.toSnapshot();
          const newEntries = after.audit.slice(before.audit.length);
          // The audit list only grows: the rows themselves say what it gained.
          const diff = changedFields(before, after, ['audit']);
          for (const entry of newEntries) {
            auditRows.push({ claimId, ...entry, actorRoles: actor.roles, before: diff.before, after: diff.after });
          }
          outbound.push(...toContractEvents(after, newEntries, events, origin));
          return events;
        },
        note: (action, change) => {
          auditRows.push({
            claimId,
            action,
            actorId: actor.id,
            actorRoles: actor.roles,
            at: context.at,
            fromStatus: claim.status,
            toStatus: claim.status,
            ...change,
          });
        },
        afterCommit: (effect) => effects.push(effect),
      };
      const result = await work(scope);
      const record: ClaimRecord = {
        snapshot: claim.toSnapshot(),
        details,
        version: stored.version + 1,
        slaBreachedAt: scope.slaBreachedAt,
      };
      await transaction.claims.update(record);
      await transaction.claims.appendAudit(auditRows);
      await transaction.outbox.stage(outbound);
      return { record, result };
    });
    for (const effect of effects) effect();
    return outcome;
  }
}

export function newOrigin(): EventOrigin {
  const id = randomUUID();
  return { correlationId: id, causationId: id };
}
