import { maskNik } from '@jaring/kernel';
import type { ClaimListItem, ClaimView, OverdueClaim } from '../../application/read-claims/read-claims.handler';
import type { StoredAuditRow } from '../../application/ports/claim.reads';
import type { ClaimRecord } from '../../application/ports/claim.store';
import { claimSteps } from '../../application/shared/claim-steps';
import type { PayoutInstruction } from '../../application/ports/payout.store';
import type { ClaimFlags } from '../../domain';
import type {
  ClaimAuditRowResponse,
  ClaimListItemResponse,
  ClaimResponse,
  ClaimViewResponse,
  PayoutResponse,
} from './claims.response-schemas';

/**
 * A claim as the API shows it: the aggregate's state, the office's details, version and flags, and
 * who (token subjects) did which step.
 */
export function claimResponse(record: ClaimRecord, flags?: ClaimFlags): ClaimResponse {
  const { audit: _audit, ...snapshot } = record.snapshot;
  return {
    ...snapshot,
    details: record.details,
    steps: claimSteps(record),
    version: record.version,
    slaBreachedAt: record.slaBreachedAt ?? null,
    assignedTo: record.details.assignment?.officerId ?? null,
    ...(flags ? { flags } : {}),
  };
}

/**
 * A claim in a list: as claimResponse, with every NIK masked as enrolment's lists do. Someone
 * outside the family card (a funeral arranger, a will beneficiary, a payee among them) is known by
 * their NIK, which reappears as payee and payout ids across the claim; a list needs none of them
 * in full, GET /v1/claims/:id shows them to the officer working the claim.
 */
export function claimListItemResponse(item: ClaimListItem | OverdueClaim): ClaimListItemResponse {
  return withNiksMasked({
    ...claimResponse(item.record, item.flags),
    eligibility: item.eligibility ?? null,
    blockedBy: item.blockedBy ?? null,
    ...('daysOverdue' in item ? { daysOverdue: item.daysOverdue } : {}),
  });
}

/** Any value of exactly 16 digits is taken for a NIK: a list needs no such number in full. */
const NIK = /^\d{16}$/;

function withNiksMasked<T>(value: T): T {
  if (typeof value === 'string') return (NIK.test(value) ? maskNik(value) : value) as T;
  if (Array.isArray(value)) return value.map(withNiksMasked) as T;
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, withNiksMasked(child)])) as T;
}

export function auditResponse(row: StoredAuditRow): ClaimAuditRowResponse {
  return {
    id: row.id,
    action: row.action,
    actorId: row.actorId,
    actorRoles: row.actorRoles,
    at: row.at,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    reason: row.reason ?? null,
    requestId: row.requestId ?? null,
    before: row.before ?? null,
    after: row.after ?? null,
    hash: row.hash,
  };
}

export function payoutResponse(instruction: PayoutInstruction): PayoutResponse {
  return {
    idempotencyKey: instruction.idempotencyKey,
    purpose: instruction.purpose,
    componentCode: instruction.componentCode,
    amount: instruction.amount,
    rule: instruction.rule,
    payeeId: instruction.payeeId,
    payeeName: instruction.payeeName,
    bankAccount: instruction.bankAccount,
    status: instruction.status,
    attempts: instruction.attempts,
    nextAttemptAt: instruction.nextAttemptAt?.toISOString() ?? null,
    lastError: instruction.lastError ?? null,
    bankReference: instruction.bankReference ?? null,
    completedAt: instruction.completedAt ?? null,
    failureReason: instruction.failureReason ?? null,
  };
}

export function claimViewResponse(view: ClaimView): ClaimViewResponse {
  return {
    ...claimListItemResponse(view),
    checklist: view.checklist,
    payouts: view.payouts.map(payoutResponse),
    audit: view.audit.map(auditResponse),
  };
}
