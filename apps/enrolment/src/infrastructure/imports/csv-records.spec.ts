import { parse } from 'csv-parse/sync';
import { countCsvRecords, csvRecords, detectDelimiter } from './csv-records';

const records = (text: string, delimiter: ',' | ';' = ',') => [...csvRecords(text, delimiter)];

describe('csvRecords (the import fast path)', () => {
  it('reads quoted cells holding commas, doubled quotes and line breaks, with the line each record starts on', () => {
    expect(records('a,"b, c","say ""hi""","two\nlines"\nd,e,f,g\n')).toEqual([
      { lineNumber: 1, cells: ['a', 'b, c', 'say "hi"', 'two\nlines'] },
      { lineNumber: 3, cells: ['d', 'e', 'f', 'g'] },
    ]);
  });

  it('accepts CRLF, a byte-order mark, a last line without line end, and skips blank lines', () => {
    expect(records('\uFEFFcode,name\r\n1,One\r\n\r\n,,\r\n2,"Two"')).toEqual([
      { lineNumber: 1, cells: ['code', 'name'] },
      { lineNumber: 2, cells: ['1', 'One'] },
      { lineNumber: 5, cells: ['2', 'Two'] },
    ]);
  });

  it('uses semicolons when the header has them and no commas (Excel in an Indonesian locale)', () => {
    const text = 'nik;declared_income\n7604011205900001;1.000.000,00\n';
    expect(detectDelimiter(text)).toBe(';');
    expect(records(text, ';')[1].cells).toEqual(['7604011205900001', '1.000.000,00']);
  });

  it('names the line of a quote that is never closed', () => {
    expect(() => records('a,b\n1,"open\n2,3\n')).toThrow(
      expect.objectContaining({ code: 'CSV_MALFORMED', message: expect.stringContaining('line 2') }),
    );
  });

  it('agrees with csv-parse on randomly generated files, and the count agrees with the records', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const pieces = ['a', 'Budi', ' ', ',', '"', '\n', '\r\n', 'é', '1.000', ''];
    const cell = () => {
      const text = Array.from(
        { length: Math.floor(random() * 4) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join('');
      return /[",\r\n]/.test(text) || random() < 0.2 ? `"${text.replace(/"/g, '""')}"` : text;
    };
    for (let file = 0; file < 200; file += 1) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 4) }, cell).join(','),
      );
      const text = lines.join(random() < 0.5 ? '\n' : '\r\n') + (random() < 0.5 ? '\n' : '');
      const expected = (
        parse(text, {
          relax_column_count: true,
          skip_empty_lines: false,
          record_delimiter: ['\r\n', '\n'],
        }) as string[][]
      ).filter((cells) => !cells.every((value) => value.trim() === ''));
      const ours = records(text);
      expect(ours.map((record) => record.cells)).toEqual(expected);
      expect(countCsvRecords(text, ',')).toBeGreaterThanOrEqual(ours.length);
    }
  });

  it('counts records without building them, quoted line breaks included', () => {
    expect(countCsvRecords('h1,h2\n1,"a\nb"\n\n2,x\n', ',')).toBe(3);
    expect(countCsvRecords('h1,h2\r\n1,2', ',')).toBe(2);
  });
});
