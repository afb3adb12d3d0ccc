/**
 * A broken business rule. Each error carries a stable machine-readable `code` (part of the API
 * contract, e.g. `NIK_INVALID`) and optionally the input `field` it concerns. The HTTP edge maps
 * these to 4xx responses; consumers send them to the dead-letter topic as permanent failures.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Safe, non-personal facts for the caller, e.g. the id of the existing record on a conflict. */
    readonly details?: Record<string, string | number | boolean>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The thing asked for does not exist (mapped to 404). */
export class NotFoundError extends DomainError {}

/** The request collides with existing state (mapped to 409). */
export class ConflictError extends DomainError {}

/** The caller may not do this (another regency's write, a rule about who may act). Maps to 403. */
export class ForbiddenError extends DomainError {}

/** One bad input field: its path, a stable code and what is wrong with it. */
export interface FieldViolation {
  field: string;
  code: string;
  message: string;
}

/**
 * Several bad input fields at once (mapped to 400 with every violation), so the caller corrects
 * them in one go instead of one per request. Its code and message are the first violation's.
 */
export class InvalidInputError extends DomainError {
  constructor(readonly violations: readonly FieldViolation[]) {
    super(violations[0].code, violations.map((violation) => violation.message).join('; '), violations[0].field);
  }

  /** Throws every violation collected, if there is any. */
  static throwIfAny(violations: readonly FieldViolation[]): void {
    if (violations.length > 0) throw new InvalidInputError(violations);
  }
}

/** The input is larger than a stated limit, which the message names (mapped to 413). */
export class TooLargeError extends DomainError {}

/** The service cannot take this now but will later, e.g. a full queue (mapped to 503 with Retry-After). */
export class BusyError extends DomainError {
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
    field?: string,
  ) {
    super(code, message, field);
  }
}
