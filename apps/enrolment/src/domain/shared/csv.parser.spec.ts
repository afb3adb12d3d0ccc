import { parseCsv, splitCsv } from './csv.parser';

describe('CSV parsing', () => {
  it('reads quoted cells holding commas, doubled quotes and line breaks', () => {
    const rows = splitCsv('a,"b, c","say ""hi""","two\nlines"\nd,e,f,g\n');
    expect(rows).toEqual([
      { lineNumber: 1, cells: ['a', 'b, c', 'say "hi"', 'two\nlines'] },
      { lineNumber: 3, cells: ['d', 'e', 'f', 'g'] },
    ]);
  });

  it('accepts CRLF line ends, a byte-order mark and skips blank lines', () => {
    const table = parseCsv('\uFEFFcode,name\r\n1,One\r\n\r\n2,Two\r\n');
    expect(table.header).toEqual(['code', 'name']);
    expect(table.rows).toEqual([
      { lineNumber: 2, record: { code: '1', name: 'One' } },
      { lineNumber: 4, record: { code: '2', name: 'Two' } },
    ]);
  });

  it('uses semicolons when the header is separated by them (Excel in an Indonesian locale)', () => {
    const table = parseCsv('nik;declared_income\n7604011205900001;1.000.000,00\n');
    expect(table.rows[0]?.record).toEqual({ nik: '7604011205900001', declared_income: '1.000.000,00' });
  });

  it('reads missing trailing cells as empty', () => {
    expect(parseCsv('a,b,c\n1\n').rows[0]?.record).toEqual({ a: '1', b: '', c: '' });
  });

  it('rejects a quote that is never closed, naming its line', () => {
    expect(() => splitCsv('a,b\n"open,c\n')).toThrow(
      expect.objectContaining({ code: 'CSV_MALFORMED', message: expect.stringContaining('line 2') }),
    );
  });
});
