import { ForbiddenError, type Rupiah } from '@jaring/kernel';
import type { ClaimActor } from './claim.types';

/**
 * Maker-checker for approvals. The officer who verified a claim never approves it; above
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

export function assertMayApprove(
  approver: ClaimActor,
  verifiedBy: string | undefined,
  payableTotal: Rupiah,
  policy: ApprovalPolicy,
): void {
  if (verifiedBy !== undefined && approver.id === verifiedBy) {
    throw new ForbiddenError(
      'MAKER_CHECKER_VIOLATION',
      'The officer who verified this claim cannot also approve it: another claims officer approves it',
    );
  }
  if (payableTotal > policy.supervisorApprovalAbove && !approver.roles.includes(policy.supervisorRole)) {
    throw new ForbiddenError(
      'SUPERVISOR_APPROVAL_REQUIRED',
      `Claims above Rp${policy.supervisorApprovalAbove.toLocaleString('en-US')} need the role ${policy.supervisorRole}: ask a supervisor to approve it`,
    );
  }
}
