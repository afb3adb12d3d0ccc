import { ConfigurationError, loadConfig } from '@jaring/config';
import { ClaimsConfig } from './claims.config';

const S3_SETTINGS = {
  DOCUMENT_SCAN_STORAGE: 's3',
  DOCUMENT_SCAN_S3_ENDPOINT: 'https://objects.example.go.id',
  DOCUMENT_SCAN_S3_REGION: 'id-polman-1',
  DOCUMENT_SCAN_S3_BUCKET: 'jaring-claims-scans',
  DOCUMENT_SCAN_S3_ACCESS_KEY_ID: 'scans-user',
  DOCUMENT_SCAN_S3_SECRET_ACCESS_KEY: 'not-a-real-secret',
};

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(ClaimsConfig, env);
    return [];
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
};

describe('the document scan storage settings', () => {
  it('keep scans in PostgreSQL unless told otherwise, with no S3 setting needed', () => {
    const config = loadConfig(ClaimsConfig, {});
    expect(config.DOCUMENT_SCAN_STORAGE).toBe('postgres');
    expect(config.DOCUMENT_SCAN_S3_FORCE_PATH_STYLE).toBe(true);
  });

  it('take an S3-compatible store with all its settings', () => {
    const config = loadConfig(ClaimsConfig, { ...S3_SETTINGS, DOCUMENT_SCAN_S3_FORCE_PATH_STYLE: 'false' });
    expect(config).toMatchObject({ DOCUMENT_SCAN_STORAGE: 's3', DOCUMENT_SCAN_S3_FORCE_PATH_STYLE: false });
  });

  it('refuse to start with s3 and a setting missing, naming every missing one', () => {
    expect(problemsOf({ DOCUMENT_SCAN_STORAGE: 's3' })).toEqual([
      'DOCUMENT_SCAN_S3_ENDPOINT must be an http(s) URL when DOCUMENT_SCAN_STORAGE is s3',
      'DOCUMENT_SCAN_S3_REGION must be the region the store signs for when DOCUMENT_SCAN_STORAGE is s3',
      'DOCUMENT_SCAN_S3_BUCKET must be a bucket name (3–63 lower-case letters, digits, dots, hyphens) when DOCUMENT_SCAN_STORAGE is s3',
      'DOCUMENT_SCAN_S3_ACCESS_KEY_ID must be the access key of the scans user when DOCUMENT_SCAN_STORAGE is s3',
      'DOCUMENT_SCAN_S3_SECRET_ACCESS_KEY must be the secret key of the scans user when DOCUMENT_SCAN_STORAGE is s3',
    ]);
    const { DOCUMENT_SCAN_S3_SECRET_ACCESS_KEY: _, ...withoutSecret } = S3_SETTINGS;
    expect(problemsOf(withoutSecret)).toEqual([
      'DOCUMENT_SCAN_S3_SECRET_ACCESS_KEY must be the secret key of the scans user when DOCUMENT_SCAN_STORAGE is s3',
    ]);
  });

  it('refuse a malformed endpoint or bucket, and an unknown storage, without echoing the values', () => {
    const problems = problemsOf({
      ...S3_SETTINGS,
      DOCUMENT_SCAN_S3_ENDPOINT: 'objects.example.go.id',
      DOCUMENT_SCAN_S3_BUCKET: 'Scans_Bucket',
    });
    expect(problems).toHaveLength(2);
    expect(problems.join()).not.toMatch(/objects\.example|Scans_Bucket|not-a-real-secret/);
    expect(problemsOf({ DOCUMENT_SCAN_STORAGE: 'gcs' })).toEqual([
      expect.stringMatching(/^DOCUMENT_SCAN_STORAGE must be one of the following values: postgres, s3/),
    ]);
  });
});
