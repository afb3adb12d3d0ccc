import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

/** s3rver's fixed credentials: it checks signatures made with them. */
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * A real S3-protocol server (s3rver) in this test process, on a free loopback port, keeping its
 * objects in a temporary directory removed on stop; one bucket made at start.
 */
export class S3TestStore {
  private readonly directory = mkdtempSync(join(tmpdir(), 'jaring-scans-s3-'));
  private server?: S3rver;
  endpoint = '';
  client!: S3Client;

  constructor(readonly bucket: string) {}

  async start(): Promise<this> {
    this.server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: this.directory,
      configureBuckets: [{ name: this.bucket }],
    });
    const { port } = await this.server.run();
    this.endpoint = `http://127.0.0.1:${port}`;
    this.client = new S3Client({
      endpoint: this.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: CREDENTIALS,
    });
    return this;
  }

  /** The claims settings that point the service at this store. */
  claimsSettings(): Record<string, string> {
    return {
      DOCUMENT_SCAN_STORAGE: 's3',
      DOCUMENT_SCAN_S3_ENDPOINT: this.endpoint,
      DOCUMENT_SCAN_S3_REGION: 'us-east-1',
      DOCUMENT_SCAN_S3_BUCKET: this.bucket,
      DOCUMENT_SCAN_S3_FORCE_PATH_STYLE: 'true',
      DOCUMENT_SCAN_S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      DOCUMENT_SCAN_S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      DOCUMENT_SCAN_S3_TIMEOUT_MS: '2000',
    };
  }

  /** Stops the server (the service's store is then out); the objects stay until remove(). */
  async stop(): Promise<void> {
    await this.server?.close();
    this.server = undefined;
  }

  async remove(): Promise<void> {
    this.client?.destroy();
    await this.stop();
    rmSync(this.directory, { recursive: true, force: true });
  }
}
