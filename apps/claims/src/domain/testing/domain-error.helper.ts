import { DomainError } from '@jaring/kernel';

/** Runs `action` and returns the DomainError it throws (undefined if none); other errors propagate. */
export function domainErrorOf(action: () => unknown): DomainError | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  return undefined;
}

export function errorCodeOf(action: () => unknown): string | undefined {
  return domainErrorOf(action)?.code;
}
