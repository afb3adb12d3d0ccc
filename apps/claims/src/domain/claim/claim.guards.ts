import { DomainError } from '@jaring/kernel';
import { assertInstant, isBefore, localDateOf, type LocalDate } from '../shared/local-date.util';
import type { Person } from '../heirs/heir.types';
import type { AccidentCategory, AccidentCircumstances, BankAccount, TransitionContext } from './claim.types';

/* Input checks shared by the Claim transitions: who acts, when, about whom and with what reason. */

export const ACCIDENT_CATEGORIES: readonly AccidentCategory[] = [
  'at-work',
  'commuting',
  'duty-travel',
  'occupational-disease',
  'sudden-death-at-work',
  'violence-at-work',
];

export function assertContext(context: TransitionContext): void {
  if (!context.actor?.id) throw new DomainError('ACTOR_REQUIRED', 'Every transition needs the acting user');
  assertInstant(context.at, 'at');
}

export function assertReportedAfter(
  incidentDate: LocalDate,
  context: TransitionContext,
  utcOffsetMinutes: number,
): void {
  if (isBefore(localDateOf(context.at, utcOffsetMinutes), incidentDate)) {
    throw new DomainError('INCIDENT_IN_FUTURE', 'The incident date is after the report', 'incidentDate');
  }
}

export function requireReason(reason: string): string {
  const trimmed = (reason ?? '').trim();
  if (trimmed.length === 0) throw new DomainError('REASON_REQUIRED', 'A reason is required', 'reason');
  return trimmed;
}

export function assertBankAccount(account: BankAccount): BankAccount {
  for (const field of ['bankCode', 'accountNumber', 'holderName'] as const) {
    if (!account?.[field]?.trim())
      throw new DomainError('BANK_ACCOUNT_INVALID', `bankAccount.${field} is required`, `bankAccount.${field}`);
  }
  return account;
}

export function assertNewClaim(command: { claimId: string; tenant: string; worker: Person }): void {
  if (!command.claimId?.trim()) throw new DomainError('CLAIM_ID_REQUIRED', 'claimId is required', 'claimId');
  if (!command.tenant?.trim())
    throw new DomainError('TENANT_REQUIRED', 'tenant (the sponsoring regency) is required', 'tenant');
  if (!command.worker?.id?.trim() || !command.worker.name?.trim()) {
    throw new DomainError('WORKER_REQUIRED', 'worker.id and worker.name are required', 'worker');
  }
}

export function assertCircumstances(circumstances: AccidentCircumstances | undefined): AccidentCircumstances {
  if (!circumstances || !ACCIDENT_CATEGORIES.includes(circumstances.category)) {
    throw new DomainError(
      'CIRCUMSTANCES_INVALID',
      `circumstances.category must be one of ${ACCIDENT_CATEGORIES.join(', ')}`,
      'circumstances.category',
    );
  }
  return circumstances;
}
