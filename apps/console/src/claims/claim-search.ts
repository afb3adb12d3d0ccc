import type { paths } from '../api/generated/claims';

type ClaimSearch = Pick<
  NonNullable<paths['/v1/claims']['get']['parameters']['query']>,
  'nik' | 'claimNumber' | 'workerName'
>;

/**
 * What the officer typed in the work queue's search box, as the claims API's search parameters
 * (`GET /v1/claims`): a 16-digit NIK, a claim number (the id or its first 8+ characters, as on bank
 * references), or part of the worker's name (3+ characters). Anything shorter searches nothing yet.
 */
export function claimSearchParams(text: string): ClaimSearch | undefined {
  const needle = text.trim();
  if (/^\d{16}$/.test(needle)) return { nik: needle };
  if (/^[0-9a-f-]{8,36}$/i.test(needle) && /\d/.test(needle)) return { claimNumber: needle.toLowerCase() };
  if (needle.length >= 3) return { workerName: needle.slice(0, 100) };
  return undefined;
}
