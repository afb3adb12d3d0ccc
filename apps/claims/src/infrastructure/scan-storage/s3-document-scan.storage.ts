import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import {
  scanChecksumMismatch,
  scanStorageUnavailable,
  type DocumentScanStorage,
  type ScanContent,
  type ScanKey,
} from '../../application/ports/document-scan.storage';
import { scanContentTypeOf } from '../../domain';
import { scanObjectKey } from './scan-object-key';

export interface S3ScanStoreSettings {
  endpoint: string;
  region: string;
  bucket: string;
  forcePathStyle: boolean;
  accessKeyId: string;
  secretAccessKey: string;
  timeoutMs: number;
  /** DOCUMENT_SCAN_MAX_BYTES: no stored object larger than an upload may be is read into memory. */
  maxBytes: number;
}

interface StoreLog {
  warn(object: object, message: string): void;
}

/** User metadata on each object (x-amz-meta-sha256): the SHA-256 checked on every read. */
const SHA256_METADATA = 'sha256';

/**
 * Scans as objects of an S3-compatible store (docs/adr/0011). The claim keeps each scan's
 * description; the object carries the bytes, their content type and their SHA-256, checked on
 * every read. Whatever the store answers besides "no such key" is a 503 to the officer: its message
 * (which may name the endpoint) goes only to the service log, and never credentials.
 */
export class S3DocumentScanStorage implements DocumentScanStorage {
  private readonly client: S3Client;

  constructor(
    private readonly settings: S3ScanStoreSettings,
    private readonly log: StoreLog,
  ) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      requestHandler: { connectionTimeout: settings.timeoutMs, requestTimeout: settings.timeoutMs },
      // Our own SHA-256 guards the bytes; the SDK's default CRC trailers are not spoken by every S3-compatible store.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: ScanKey, content: ScanContent): Promise<void> {
    const sha256 = createHash('sha256').update(content.bytes).digest();
    await this.call('put', key, () =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.settings.bucket,
          Key: scanObjectKey(key),
          Body: content.bytes,
          ContentType: content.contentType,
          ContentLength: content.bytes.length,
          ChecksumSHA256: sha256.toString('base64'),
          Metadata: { [SHA256_METADATA]: sha256.toString('hex') },
        }),
      ),
    );
  }

  async get(key: ScanKey): Promise<ScanContent | undefined> {
    const object = await this.call('get', key, async () => {
      try {
        const answer = await this.client.send(
          new GetObjectCommand({ Bucket: this.settings.bucket, Key: scanObjectKey(key) }),
        );
        const bytes = await this.readBounded(answer.Body as Readable, answer.ContentLength);
        return { bytes, sha256: answer.Metadata?.[SHA256_METADATA] };
      } catch (error) {
        if (error instanceof NoSuchKey) return undefined;
        throw error;
      }
    });
    if (!object) return undefined;
    if (object.sha256 !== createHash('sha256').update(object.bytes).digest('hex')) {
      this.log.warn({ key: scanObjectKey(key) }, 'a stored scan does not match its SHA-256');
      throw scanChecksumMismatch();
    }
    // The bytes are those judged at upload (their hash says so): judged again, the store's header is not trusted.
    return { contentType: scanContentTypeOf(object.bytes), bytes: object.bytes };
  }

  /** Closes the client's kept-alive connections when the service stops. */
  onModuleDestroy(): void {
    this.client.destroy();
  }

  /** Reads the object's body into memory, refusing one larger than any upload may be. */
  private async readBounded(body: Readable, declaredLength: number | undefined): Promise<Buffer> {
    const tooLarge = () => new Error(`a stored object larger than ${this.settings.maxBytes} bytes`);
    if (declaredLength !== undefined && declaredLength > this.settings.maxBytes) {
      body.destroy();
      throw tooLarge();
    }
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of body) {
      length += (chunk as Buffer).length;
      if (length > this.settings.maxBytes) {
        body.destroy();
        throw tooLarge();
      }
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks, length);
  }

  /** The store's failures as "unavailable", logged with what the operator needs and nothing secret. */
  private async call<T>(operation: 'put' | 'get', key: ScanKey, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      this.log.warn(
        {
          operation,
          key: scanObjectKey(key),
          error: error instanceof Error ? error.name : typeof error,
          status: error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined,
          cause: error instanceof Error && !(error instanceof S3ServiceException) ? error.message : undefined,
        },
        'the document scan store failed',
      );
      throw scanStorageUnavailable();
    }
  }
}
