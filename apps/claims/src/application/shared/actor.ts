import type { ClaimActor } from '../../domain';

/** The payout worker and other automatic steps act under these ids in the audit trail. */
export const SYSTEM_ACTORS = {
  payoutWorker: { id: 'system:payout-worker', roles: ['system'] } satisfies ClaimActor,
};
