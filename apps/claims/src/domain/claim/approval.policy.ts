import { ConflictError, ForbiddenError, type Rupiah } from '@jaring/kernel';
import type { AuditEntry, ClaimActor } from './claim.types';

/**
 * Maker-checker for approvals. The approver is none of the officers who made the claim (reported
 * it, chose the payee, verified, assessed, entered or confirmed the payout account); above
 * `supervisorApprovalAbove` the approver needs `supervisorRole`. The threshold is a deployment
 * choice, not a regulation; the default puts a JKK death (Rp70 jt at the minimum income) with a
 * supervisor and a JKM death (Rp42 jt) with any other officer.
 */
export interface ApprovalPolicy {
  supervisorApprovalAbove: Rupiah;
  supervisorRole: string;
}

export const DEFAULT_APPROVAL_POLICY: ApprovalPolicy = {
  supervisorApprovalAbove: 50_000_000,
  supervisorRole: 'claims-supervisor',
};

/** Wire values (API `details.conflictingRole`, the claim's `steps`): never rename. */
export type ClaimRole =
  | 'reporter'
  | 'payee-chooser'
  | 'verifier'
  | 'assessor'
  | 'account-enterer'
  | 'account-confirmer'
  | 'approver'
  | 'scholarship-requester';

/** One officer's part in a claim: who (the token's subject) did which step, and when. */
export interface ClaimStep {
  role: ClaimRole;
  by: string;
  at: string;
}

/** The roles whose officer never approves the claim (a later scholarship year names its own requester). */
export const MAKER_ROLES: readonly ClaimRole[] = [
  'reporter',
  'payee-chooser',
  'verifier',
  'assessor',
  'account-enterer',
  'account-confirmer',
];

const ROLE_OF_ACTION: Partial<Record<string, ClaimRole>> = {
  report: 'reporter',
  recordHeirs: 'payee-chooser',
  verify: 'verifier',
  assess: 'assessor',
  approve: 'approver',
};

/** The steps the claim's own audit trail records: every officer who ever took one, not only the latest. */
export function stepsFromAudit(audit: readonly AuditEntry[]): ClaimStep[] {
  return audit.flatMap((entry) => {
    const role = ROLE_OF_ACTION[entry.action];
    return role ? [{ role, by: entry.actorId, at: entry.at }] : [];
  });
}

/**
 * The four-eyes rule: `actor` may not act as `acting` when they already took one of `conflicting`.
 * A 409 naming the conflicting role, never the other officer.
 */
export function assertOtherOfficer(
  actor: ClaimActor,
  acting: ClaimRole,
  steps: readonly ClaimStep[],
  conflicting: readonly ClaimRole[],
): void {
  const own = steps.find((step) => step.by === actor.id && conflicting.includes(step.role));
  if (own) {
    throw new ConflictError(
      'MAKER_CHECKER_VIOLATION',
      `The ${own.role} of this claim cannot also be its ${acting}; ask an officer who did not work on it`,
      undefined,
      { rule: 'four-eyes', actingRole: acting, conflictingRole: own.role },
    );
  }
}

export function assertMayApprove(
  approver: ClaimActor,
  steps: readonly ClaimStep[],
  payableTotal: Rupiah,
  policy: ApprovalPolicy,
  makers: readonly ClaimRole[] = MAKER_ROLES,
): void {
  assertOtherOfficer(approver, 'approver', steps, makers);
  if (payableTotal > policy.supervisorApprovalAbove && !approver.roles.includes(policy.supervisorRole)) {
    throw new ForbiddenError(
      'SUPERVISOR_APPROVAL_REQUIRED',
      `Claims above Rp${policy.supervisorApprovalAbove.toLocaleString('en-US')} need the role ${policy.supervisorRole}: ask a supervisor to approve it`,
    );
  }
}
