import { DomainError, InvalidInputError, type FieldViolation } from '@jaring/kernel';
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

/**
 * The incident's date and, when given, its instant: the date is not after the report, and the
 * instant read in the business time zone falls on that date (a disagreement picks the wrong
 * coverage month at a month's end). Every disagreement is returned, each with its field.
 */
export function incidentDateViolations(
  incidentDate: LocalDate,
  incidentAt: string | undefined,
  context: TransitionContext,
  utcOffsetMinutes: number,
  field = 'incidentDate',
): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (isBefore(localDateOf(context.at, utcOffsetMinutes), incidentDate)) {
    violations.push({ field, code: 'INCIDENT_IN_FUTURE', message: `${field} ${incidentDate} is after the report` });
  }
  if (incidentAt !== undefined) {
    const localDay = localDateOf(incidentAt, utcOffsetMinutes);
    if (localDay !== incidentDate) {
      violations.push({
        field: 'incidentAt',
        code: 'INCIDENT_AT_NOT_ON_INCIDENT_DATE',
        message: `incidentAt ${incidentAt} is ${localDay} in the business time zone, not incidentDate ${incidentDate}: correct one of them`,
      });
    }
  }
  return violations;
}

export function requireReason(reason: string): string {
  const trimmed = (reason ?? '').trim();
  if (trimmed.length === 0) throw new DomainError('REASON_REQUIRED', 'A reason is required', 'reason');
  return trimmed;
}

export function assertBankAccount(account: BankAccount | undefined): BankAccount {
  InvalidInputError.throwIfAny(
    (['bankCode', 'accountNumber', 'holderName'] as const)
      .filter((field) => !account?.[field]?.trim())
      .map((field) => ({
        field: `bankAccount.${field}`,
        code: 'BANK_ACCOUNT_INVALID',
        message: `bankAccount.${field} is required`,
      })),
  );
  return account!;
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
