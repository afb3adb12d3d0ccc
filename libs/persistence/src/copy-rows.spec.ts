import { copyField } from './copy-rows';

describe('copyField (COPY text format)', () => {
  it('writes NULL as \\N, and a value that reads "\\N" with its backslash escaped', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField('\\N')).toBe('\\\\N');
  });

  it('escapes the separators and the backslash, and leaves everything else as it is', () => {
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyField(`Andi 'Ucok' Ñuñez, "7604"`)).toBe(`Andi 'Ucok' Ñuñez, "7604"`);
    expect(copyField('')).toBe('');
  });

  it('writes numbers and booleans as PostgreSQL reads them', () => {
    expect(copyField(1_000_000)).toBe('1000000');
    expect(copyField(true)).toBe('true');
  });
});
