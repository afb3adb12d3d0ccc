import { csvField, csvRecord } from './csv';

describe('CSV fields', () => {
  it.each([
    ['=HYPERLINK("https://example.test/"&B2,"Fix row")', `"'=HYPERLINK(""https://example.test/""&B2,""Fix row"")"`],
    ['+62 812', "'+62 812"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises %j so no spreadsheet runs it', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('keeps plain text, numbers (negative ones too) and empty values as they are, quoting when needed', () => {
    expect(csvRecord(['Ahmad, S.Pd', 'JRG-7604-202603-01', -16_800, '-16800', 0, null, undefined, 'a "b"'])).toBe(
      '"Ahmad, S.Pd",JRG-7604-202603-01,-16800,-16800,0,,,"a ""b"""',
    );
  });
});
