import { DomainError } from '@jaring/kernel';

/**
 * One broken rule on one input field. `field` is the input's property path ('nik', 'kk.since',
 * 'payoutAccount.bankCode'); `code` is stable and part of the API contract; `message` is for
 * people and never repeats the field name, so the edge can print `${field}: ${message}`.
 * Messages never contain a full NIK, KK number, phone or account number: they reach logs.
 */
export interface FieldViolation {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** The outcome of validating untrusted input: the clean value, or every violation found. */
export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly violations: readonly FieldViolation[] };

export function violation(field: string, code: string, message: string): FieldViolation {
  return { field, code, message };
}

export function passed<T>(value: T): Checked<T> {
  return { ok: true, value };
}

export function failed<T>(violations: readonly FieldViolation[]): Checked<T> {
  return { ok: false, violations };
}

/**
 * Thrown when an aggregate is given input that does not pass its validation; carries all
 * violations so the edge can answer 400 with the full list rather than the first problem.
 */
export class ValidationFailedError extends DomainError {
  constructor(
    code: string,
    readonly violations: readonly FieldViolation[],
  ) {
    super(code, violations.map((v) => `${v.field}: ${v.message}`).join('; '), violations[0]?.field);
  }
}

/** The value of a passed check, or a ValidationFailedError with `code` listing every violation. */
export function valueOrThrow<T>(checked: Checked<T>, code: string): T {
  if (!checked.ok) throw new ValidationFailedError(code, checked.violations);
  return checked.value;
}
