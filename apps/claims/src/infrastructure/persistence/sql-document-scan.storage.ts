import type { DataSource } from 'typeorm';
import type { DocumentScanStorage, ScanContent, ScanKey } from '../../application/ports/document-scan.storage';
import type { ScanContentType } from '../../domain';

/** Scans in PostgreSQL (bytea): the default storage, with nothing more to run or back up. */
export class SqlDocumentScanStorage implements DocumentScanStorage {
  constructor(private readonly dataSource: DataSource) {}

  async put(key: ScanKey, content: ScanContent): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO document_scan (id, tenant, claim_id, content_type, content) VALUES ($1, $2, $3, $4, $5)`,
      [key.scanId, key.tenant, key.claimId, content.contentType, content.bytes],
    );
  }

  async get(key: ScanKey): Promise<ScanContent | undefined> {
    const [row]: Array<{ content_type: ScanContentType; content: Buffer }> = await this.dataSource.query(
      `SELECT content_type, content FROM document_scan WHERE id = $1 AND claim_id = $2 AND tenant = $3`,
      [key.scanId, key.claimId, key.tenant],
    );
    return row && { contentType: row.content_type, bytes: row.content };
  }
}
