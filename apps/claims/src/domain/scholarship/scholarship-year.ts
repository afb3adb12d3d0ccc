import { ConflictError, DomainError, type Rupiah } from '@jaring/kernel';
import type { SchoolLevel } from '../benefits/benefit.types';
import { assertMayApprove, type ApprovalPolicy } from '../claim/approval.policy';
import type { BankAccount, TransitionContext } from '../claim/claim.types';
import type { Person } from '../heirs/heir.types';
import { payoutIdempotencyKey } from '../payout/payout-idempotency.rules';
import type { ScholarshipYearLine, ScholarshipYearUsed } from './scholarship-year.rules';
import type { SchoolYear } from './school-year';

/** requested → payout-requested (approved by a second officer) → paid, or refused by the bank. */
export type ScholarshipYearStatus = 'requested' | 'payout-requested' | 'paid' | 'refused';

/** What the school (or university) certified for the year claimed. */
export interface ScholarshipEvidence {
  schoolCertificateNumber: string;
  schoolName?: string;
}

/** One school year of one child of a paid death claim: requested, approved and paid on its own. */
export interface ScholarshipYear {
  id: string;
  claimId: string;
  childId: string;
  schoolYear: SchoolYear;
  level: SchoolLevel;
  code: string;
  amount: Rupiah;
  rule: string;
  evidence: ScholarshipEvidence;
  status: ScholarshipYearStatus;
  requestedBy: string;
  requestedAt: string;
  approvedBy?: string;
  approvedAt?: string;
  /** The transfer: to the claim's payee, keyed by claim, payee, line and school year. */
  payout?: { payee: Person; bankAccount: BankAccount; idempotencyKey: string };
  paidAt?: string;
  refusal?: { reason: string; at: string };
}

export function requestScholarshipYear(
  command: {
    id: string;
    claimId: string;
    childId: string;
    schoolYear: SchoolYear;
    level: SchoolLevel;
    evidence: ScholarshipEvidence;
  },
  line: ScholarshipYearLine,
  context: TransitionContext,
): ScholarshipYear {
  if (!command.evidence?.schoolCertificateNumber?.trim()) {
    throw new DomainError(
      'SCHOOL_CERTIFICATE_REQUIRED',
      'A scholarship year needs the school certificate number',
      'evidence.schoolCertificateNumber',
    );
  }
  return {
    ...command,
    ...line,
    status: 'requested',
    requestedBy: context.actor.id,
    requestedAt: context.at,
  };
}

/**
 * Maker-checker as for the claim: the officer who requested the year never approves it, and above
 * the approval threshold only a supervisor does. The payout key carries the school year as its
 * period, so the same year can never be ordered twice under two keys.
 */
export function approveScholarshipYear(
  year: ScholarshipYear,
  /** `attempt`: 1, or 2, 3... when the bank refused the same child's year before (its key is spent). */
  payout: { payee: Person; bankAccount: BankAccount; attempt: number },
  context: TransitionContext,
  policy: ApprovalPolicy,
): ScholarshipYear {
  if (year.status !== 'requested') {
    throw new ConflictError('SCHOLARSHIP_NOT_AWAITING_APPROVAL', `This scholarship year is ${year.status}`);
  }
  const requester = { role: 'scholarship-requester' as const, by: year.requestedBy, at: year.requestedAt };
  assertMayApprove(context.actor, [requester], year.amount, policy, ['scholarship-requester']);
  const idempotencyKey = payoutIdempotencyKey({
    claimId: year.claimId,
    payeeId: payout.payee.id,
    componentCode: year.code,
    period: year.schoolYear,
    ...(payout.attempt > 1 ? { attempt: payout.attempt } : {}),
  });
  return {
    ...year,
    status: 'payout-requested',
    approvedBy: context.actor.id,
    approvedAt: context.at,
    payout: { payee: payout.payee, bankAccount: payout.bankAccount, idempotencyKey },
  };
}

/** The bank's final word on the year's transfer. */
export function settleScholarshipYear(
  year: ScholarshipYear,
  outcome: { confirmed: true; at: string } | { confirmed: false; reason: string; at: string },
): ScholarshipYear {
  if (year.status !== 'payout-requested') return year;
  return outcome.confirmed
    ? { ...year, status: 'paid', paidAt: outcome.at }
    : { ...year, status: 'refused', refusal: { reason: outcome.reason, at: outcome.at } };
}

/** A year counts against the limits unless the bank refused it. */
export function usedYear(year: ScholarshipYear): ScholarshipYearUsed | undefined {
  return year.status === 'refused'
    ? undefined
    : { childId: year.childId, schoolYear: year.schoolYear, level: year.level, amount: year.amount };
}
