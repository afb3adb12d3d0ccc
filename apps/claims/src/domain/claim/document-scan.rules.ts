import { DomainError } from '@jaring/kernel';

/** The file types a scanned claim document may have (RULES.md §6: paper documents, scanned or photographed). */
export type ScanContentType = 'application/pdf' | 'image/jpeg' | 'image/png';

/** Each type by the bytes its files start with: a name or a declared type proves nothing. */
const SIGNATURES: ReadonlyArray<{ type: ScanContentType; magic: readonly number[] }> = [
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The type of a scan judged by its first bytes; SCAN_TYPE_NOT_ALLOWED for anything but PDF, JPEG or PNG. */
export function scanContentTypeOf(content: Uint8Array): ScanContentType {
  const match = SIGNATURES.find(({ magic }) => magic.every((byte, index) => content[index] === byte));
  if (!match) {
    throw new DomainError(
      'SCAN_TYPE_NOT_ALLOWED',
      'the file is not a PDF, JPEG or PNG (judged by its content, not its name)',
      'file',
    );
  }
  return match.type;
}
