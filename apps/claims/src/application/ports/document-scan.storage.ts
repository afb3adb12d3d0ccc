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
 * PostgreSQL by default, an S3-compatible object store in production (docs/operations.md).
 */
export abstract class DocumentScanStorage {
  abstract put(key: ScanKey, content: ScanContent): Promise<void>;
  /** Undefined when nothing is stored under the key (another regency's key included). */
  abstract get(key: ScanKey): Promise<ScanContent | undefined>;
}
