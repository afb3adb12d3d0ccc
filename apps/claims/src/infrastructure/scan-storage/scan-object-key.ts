import type { ScanKey } from '../../application/ports/document-scan.storage';

/** One path segment: a regency code (76.04) or a UUID; never empty, never "." or "..", never a "/". */
const SEGMENT = /^(?!\.{1,2}$)[A-Za-z0-9._-]+$/;

/**
 * The object key of a scan: `scans/{tenant}/{claimId}/{scanId}`. The regency comes first so the
 * store's access policy (and a regency's export) can be one prefix; a segment that could climb out
 * of its prefix is refused rather than stored somewhere else.
 */
export function scanObjectKey({ tenant, claimId, scanId }: ScanKey): string {
  for (const segment of [tenant, claimId, scanId]) {
    if (!SEGMENT.test(segment)) throw new Error(`a scan key segment may not be ${JSON.stringify(segment)}`);
  }
  return `scans/${tenant}/${claimId}/${scanId}`;
}
