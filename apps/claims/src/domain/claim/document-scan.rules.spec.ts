import { errorCodeOf } from '../testing/domain-error.helper';
import { scanContentTypeOf } from './document-scan.rules';

const bytes = (...values: number[]) => Uint8Array.from([...values, 0x00, 0x01, 0x02]);

describe('the type of a document scan', () => {
  it.each([
    ['application/pdf', bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37)],
    ['image/jpeg', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['image/png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
  ])('is %s when the file starts with its signature', (type, content) => {
    expect(scanContentTypeOf(content)).toBe(type);
  });

  it.each([
    ['an empty file', new Uint8Array()],
    ['a GIF', bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61)],
    ['a Word document named .pdf', bytes(0x50, 0x4b, 0x03, 0x04)],
    ['a truncated PNG signature', Uint8Array.from([0x89, 0x50, 0x4e])],
  ])('refuses %s', (_name, content) => {
    expect(errorCodeOf(() => scanContentTypeOf(content))).toBe('SCAN_TYPE_NOT_ALLOWED');
  });
});
