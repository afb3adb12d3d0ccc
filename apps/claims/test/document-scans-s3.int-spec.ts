import { createHash, randomBytes } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { aMember, ClaimsTestApp, localDate, OFFICERS } from './support/claims-test-app';
import { S3TestStore } from './support/s3-test-store';

// A PNG header and random bytes: no two uploads alike, so the object read back proves which one it is.
const aPng = (length = 3_000) =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(length)]);
const SCAN_LIMIT = 8_192;

describe('document scans in an S3-compatible store (s3rver in-process; real PostgreSQL, Kafka)', () => {
  const store = new S3TestStore('jaring-scans');
  let claims: ClaimsTestApp;

  beforeAll(async () => {
    await store.start();
    claims = await new ClaimsTestApp('claims_scans_s3', {
      ...store.claimsSettings(),
      DOCUMENT_SCAN_MAX_BYTES: String(SCAN_LIMIT),
    }).start();
  });
  afterAll(async () => {
    await claims?.stop();
    await store.remove();
  });

  const aClaim = async () => {
    const worker = await claims.seed(aMember().withFamilyMember('spouse', 'Hasnah', '1987-02-01'));
    return claims.reportDeath(worker, localDate(-3));
  };
  const upload = (claimId: string, content: Buffer) =>
    claims
      .http()
      .post(`/v1/claims/${claimId}/documents/FAMILY_CARD/scans`)
      .set('Authorization', OFFICERS.maker)
      .attach('file', content, 'kk.png');
  const view = (claimId: string, scanId: string) =>
    claims
      .http()
      .get(`/v1/claims/${claimId}/documents/scans/${scanId}`)
      .set('Authorization', OFFICERS.checker)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const objectKey = (claimId: string, scanId: string) => `scans/76.04/${claimId}/${scanId}`;
  const storedObject = (key: string) => store.client.send(new GetObjectCommand({ Bucket: store.bucket, Key: key }));

  it('keeps the bytes in the bucket under scans/{regency}/{claim}/{scan} and the description on the claim', async () => {
    const claimId = await aClaim();
    const scan = aPng();
    const uploaded = await upload(claimId, scan).expect(201);

    const object = await storedObject(objectKey(claimId, uploaded.body.id));
    expect(Buffer.compare(Buffer.from(await object.Body!.transformToByteArray()), scan)).toBe(0);
    expect(object.ContentType).toBe('image/png');
    expect(object.Metadata).toEqual({ sha256: uploaded.body.sha256 });

    const [described] = (await claims.claim(claimId)).details.documentScans;
    expect(described).toMatchObject({ id: uploaded.body.id, sizeBytes: scan.length, uploadedBy: 'officer-andi' });
    const inDatabase = await claims.query('SELECT count(*)::int AS count FROM document_scan WHERE claim_id = $1', [
      claimId,
    ]);
    expect(inDatabase).toEqual([{ count: 0 }]);
  });

  it('serves the scan back byte for byte, audited', async () => {
    const claimId = await aClaim();
    const scan = aPng();
    const uploaded = await upload(claimId, scan).expect(201);

    const viewed = await view(claimId, uploaded.body.id).expect(200);
    expect(viewed.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(viewed.body as Buffer, scan)).toBe(0);
    expect((await claims.audit(claimId)).map((row) => row.action)).toContain('view-document-scan');
  });

  it('answers 404 SCAN_NOT_FOUND for a scan whose object is not in the bucket', async () => {
    const claimId = await aClaim();
    const uploaded = await upload(claimId, aPng()).expect(201);
    await store.client.send(
      new DeleteObjectCommand({ Bucket: store.bucket, Key: objectKey(claimId, uploaded.body.id) }),
    );

    const missing = await view(claimId, uploaded.body.id).expect(404);
    expect(JSON.parse((missing.body as Buffer).toString())).toMatchObject({ error: 'SCAN_NOT_FOUND' });
  });

  it('refuses to serve an object whose bytes are no longer those uploaded (503 SCAN_CHECKSUM_MISMATCH)', async () => {
    const claimId = await aClaim();
    const uploaded = await upload(claimId, aPng()).expect(201);
    const key = objectKey(claimId, uploaded.body.id);
    // Replaced in the bucket behind the service's back, with the original's metadata.
    await store.client.send(
      new PutObjectCommand({
        Bucket: store.bucket,
        Key: key,
        Body: aPng(),
        ContentType: 'image/png',
        Metadata: (await storedObject(key)).Metadata,
      }),
    );

    const refused = await view(claimId, uploaded.body.id).expect(503);
    expect(JSON.parse((refused.body as Buffer).toString())).toMatchObject({ error: 'SCAN_CHECKSUM_MISMATCH' });
  });

  it('reads no stored object larger than DOCUMENT_SCAN_MAX_BYTES into memory (503), even with a matching SHA-256', async () => {
    const claimId = await aClaim();
    const uploaded = await upload(claimId, aPng()).expect(201);
    const oversized = aPng(SCAN_LIMIT);
    await store.client.send(
      new PutObjectCommand({
        Bucket: store.bucket,
        Key: objectKey(claimId, uploaded.body.id),
        Body: oversized,
        Metadata: { sha256: createHash('sha256').update(oversized).digest('hex') },
      }),
    );

    const refused = await view(claimId, uploaded.body.id).expect(503);
    expect(JSON.parse((refused.body as Buffer).toString())).toMatchObject({ error: 'SCAN_STORAGE_UNAVAILABLE' });
  });

  it('answers 503 SCAN_STORAGE_UNAVAILABLE when the store is out, naming neither its address nor its keys', async () => {
    const claimId = await aClaim();
    const uploaded = await upload(claimId, aPng()).expect(201);
    await store.stop();

    const refusedUpload = await upload(claimId, aPng()).expect(503);
    expect(refusedUpload.body).toMatchObject({ error: 'SCAN_STORAGE_UNAVAILABLE' });
    expect(refusedUpload.headers['retry-after']).toBe('30');
    const refusedView = await view(claimId, uploaded.body.id).expect(503);
    const body = (refusedView.body as Buffer).toString();
    expect(JSON.parse(body)).toMatchObject({ error: 'SCAN_STORAGE_UNAVAILABLE' });
    for (const secret of [store.endpoint, '127.0.0.1', 'S3RVER']) {
      expect(body).not.toContain(secret);
      expect(JSON.stringify(refusedUpload.body)).not.toContain(secret);
    }
    // Nothing half-done: the refused upload left the claim with its one scan.
    expect((await claims.claim(claimId)).details.documentScans).toHaveLength(1);
  });
});
