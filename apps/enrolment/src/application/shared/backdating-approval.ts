import { DomainError, ForbiddenError } from '@jaring/kernel';

/** The role whose approval lets an enrolment carry a date before the enrolment window. */
export const BACKDATING_APPROVER_ROLE = 'enrolment-supervisor';

const REASON_MAX_LENGTH = 500;

/** Only an enrolment supervisor approves a backdated enrolment (403 otherwise). */
export function assertMayApproveBackdating(roles: readonly string[]): void {
  if (!roles.includes(BACKDATING_APPROVER_ROLE)) {
    throw new ForbiddenError(
      'BACKDATING_APPROVER_REQUIRED',
      `only an ${BACKDATING_APPROVER_ROLE} approves enrolment dates before the enrolment window`,
    );
  }
}

/** The trimmed reason of a backdating request or decision: required, at most 500 characters (400 otherwise). */
export function backdatingReasonOf(reason: unknown, field: string): string {
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (text === '' || text.length > REASON_MAX_LENGTH) {
    throw new DomainError(
      'BACKDATING_REASON_REQUIRED',
      `give the reason for the backdated enrolment (1–${REASON_MAX_LENGTH} characters)`,
      field,
    );
  }
  return text;
}
