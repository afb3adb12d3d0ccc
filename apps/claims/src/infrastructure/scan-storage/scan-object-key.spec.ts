import { scanObjectKey } from './scan-object-key';

describe('the object key of a scan', () => {
  const key = {
    tenant: '76.04',
    claimId: 'a1b2c3d4-0000-4000-8000-000000000001',
    scanId: 'f0e1d2c3-0000-4000-8000-000000000002',
  };

  it('is scans/{regency}/{claim}/{scan}, the regency first so one prefix holds a regency', () => {
    expect(scanObjectKey(key)).toBe(
      'scans/76.04/a1b2c3d4-0000-4000-8000-000000000001/f0e1d2c3-0000-4000-8000-000000000002',
    );
  });

  it.each([
    ['a slash', { tenant: '76.04/../76.01' }],
    ['a parent segment', { claimId: '..' }],
    ['an empty segment', { scanId: '' }],
    ['a space', { tenant: '76 04' }],
  ])('refuses a segment with %s, which would land outside its prefix', (_, change) => {
    expect(() => scanObjectKey({ ...key, ...change })).toThrow(/scan key segment/);
  });
});
