import { BusyError } from '@jaring/kernel';
import type { ScanContentType } from '../../domain';

/** Where one scan lives: the regency and claim it belongs to, and its id. */
export interface ScanKey {
  tenant: string;
  claimId: string;
  scanId: string;
}

export interface ScanContent {
  contentType: ScanContentType;
  bytes: Buffer;
}

/**
 * The bytes of document scans, kept apart from the claim (which holds each scan's description):
 * PostgreSQL by default, an S3-compatible object store in production (docs/adr/0011, docs/operations.md).
 */
export abstract class DocumentScanStorage {
  /** Throws scanStorageUnavailable() when the store cannot take the scan now. */
  abstract put(key: ScanKey, content: ScanContent): Promise<void>;
  /**
   * Undefined when nothing is stored under the key (another regency's key included). Throws
   * scanStorageUnavailable() when the store cannot answer, scanChecksumMismatch() when the bytes it
   * returns are not those stored.
   */
  abstract get(key: ScanKey): Promise<ScanContent | undefined>;
}

/** Seconds an officer is told to wait before trying a scan again while the store is out. */
const STORE_RETRY_AFTER_SECONDS = 30;

/** The store did not answer or refused: the officer tries again later (503); the cause is in the service log. */
export function scanStorageUnavailable(): BusyError {
  return new BusyError(
    'SCAN_STORAGE_UNAVAILABLE',
    'The document store cannot be reached; try again shortly',
    STORE_RETRY_AFTER_SECONDS,
  );
}

/** The store returned bytes whose SHA-256 is not the one stored with them (503; the operator restores the object). */
export function scanChecksumMismatch(): BusyError {
  return new BusyError(
    'SCAN_CHECKSUM_MISMATCH',
    'The stored scan does not match its checksum; ask the operator to restore it',
    STORE_RETRY_AFTER_SECONDS,
  );
}
