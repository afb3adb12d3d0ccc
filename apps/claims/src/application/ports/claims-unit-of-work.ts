import type { NewEvent } from '@jaring/messaging';
import type { ClaimStore } from './claim.store';
import type { MemberReads } from './member.reads';
import type { PayoutStore } from './payout.store';
import type { ScholarshipStore } from './scholarship.store';

/** Events to publish, staged in the same transaction as the state they describe (outbox). */
export interface EventOutbox {
  stage(events: readonly NewEvent<object>[]): Promise<void>;
}

/** Everything one transaction can touch. */
export interface ClaimsTransaction {
  readonly claims: ClaimStore;
  readonly members: MemberReads;
  readonly payouts: PayoutStore;
  readonly scholarships: ScholarshipStore;
  readonly outbox: EventOutbox;
}

/** Runs `work` in one database transaction: all of it commits, or none of it. */
export abstract class ClaimsUnitOfWork {
  abstract run<T>(work: (transaction: ClaimsTransaction) => Promise<T>): Promise<T>;
}
