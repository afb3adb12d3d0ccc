import { join } from 'node:path';
import { bracketTableFor, incomeBasis, type IncomeBracketTable } from './income-basis';
import { IncomeBracketFileError, type LimitsFrom, parseIncomeBracketFile } from './income-bracket-file';
import { readIncomeBracketFile } from './read-income-bracket-file';

const LIMITS = { minimum: 1_000_000, maximum: 20_700_000 };
const IN_FORCE: LimitsFrom[] = [{ effectiveFrom: '2015-07', limits: LIMITS }];

const rows = [
  { from: 0, to: 1_000_000, basis: 1_000_000 },
  { from: 1_000_001, to: 5_000_000, basis: 3_000_000 },
  { from: 5_000_001, basis: 20_700_000 },
];
const TABLE: IncomeBracketTable = { effectiveFrom: '2026-01', source: 'illustrative rows', rows };

describe('incomeBasis (RULES.md §1)', () => {
  it('without a bracket table, clamps the declared income to the minimum and the top bracket', () => {
    expect(incomeBasis(50_000_000, LIMITS).basis).toBe(20_700_000);
    expect(incomeBasis(20_700_001, LIMITS).basis).toBe(20_700_000);
    expect(incomeBasis(3_456_789, LIMITS).basis).toBe(3_456_789);
    expect(incomeBasis(900_000, LIMITS).basis).toBe(1_000_000);
    expect(incomeBasis(50_000_000, LIMITS).rule).toMatch(/^RULES\.md §1, PP 44\/2015 Lampiran II/);
  });

  it('with a table, maps a declared income to the basis of its bracket, the ends included', () => {
    expect(incomeBasis(1_000_000, LIMITS, TABLE).basis).toBe(1_000_000);
    expect(incomeBasis(1_000_001, LIMITS, TABLE).basis).toBe(3_000_000);
    expect(incomeBasis(5_000_000, LIMITS, TABLE).basis).toBe(3_000_000);
    expect(incomeBasis(50_000_000, LIMITS, TABLE)).toEqual({
      declaredMonthlyIncome: 50_000_000,
      basis: 20_700_000,
      rule: expect.stringContaining('illustrative rows'),
    });
  });

  it('refuses an income that is not whole rupiah', () => {
    expect(() => incomeBasis(1_000_000.5, LIMITS)).toThrow(expect.objectContaining({ code: 'RUPIAH_NOT_WHOLE' }));
  });

  it('picks the table by month, never a later one', () => {
    const later = { ...TABLE, effectiveFrom: '2027-04', source: 'later' };
    expect(bracketTableFor('2025-12', [TABLE, later])).toBeUndefined();
    expect(bracketTableFor('2027-03', [later, TABLE])?.source).toBe('illustrative rows');
    expect(bracketTableFor('2027-04', [TABLE, later])?.source).toBe('later');
  });
});

describe('parseIncomeBracketFile', () => {
  const file = (tableRows: unknown[], extra: Record<string, unknown> = {}) => ({
    tables: [{ effectiveFrom: '2026-01', source: 'illustrative rows', rows: tableRows, ...extra }],
  });
  const problemsOf = (json: unknown, limits: LimitsFrom[] = IN_FORCE): readonly string[] => {
    try {
      parseIncomeBracketFile(json, limits);
    } catch (error) {
      if (error instanceof IncomeBracketFileError) return error.problems;
      throw error;
    }
    return [];
  };

  it('accepts contiguous, increasing rows from the minimum to the maximum', () => {
    expect(parseIncomeBracketFile(file(rows), IN_FORCE)).toEqual([TABLE]);
  });

  it('refuses a gap or an overlap between rows', () => {
    expect(problemsOf(file([rows[0], { ...rows[1], from: 1_000_002 }, rows[2]]))).toEqual([
      'tables[0].rows[1].from must be 1000001 (contiguous with the row before)',
    ]);
    expect(problemsOf(file([rows[0], { ...rows[1], from: 900_000 }, rows[2]]))).toContainEqual(
      'tables[0].rows[1].from must be 1000001 (contiguous with the row before)',
    );
  });

  it('refuses a basis that does not increase, and an open row before the top', () => {
    expect(problemsOf(file([rows[0], { ...rows[1], basis: 1_000_000 }, rows[2]]))).toEqual([
      'tables[0].rows[1].basis must be above the row before',
    ]);
    expect(problemsOf(file([rows[0], { from: 1_000_001, basis: 3_000_000 }, rows[2]]))).toContainEqual(
      'tables[0].rows[1].to is required (only the top row is open)',
    );
  });

  it('refuses ends that are not the minimum and maximum of every rule set in force while the table applies', () => {
    expect(problemsOf(file([{ ...rows[0], basis: 900_000 }, rows[1], rows[2]]))).toEqual([
      "table of 2026-01: the first row's basis must be the minimum 1000000 in force from 2015-07, got 900000",
    ]);
    const raisedTop: LimitsFrom[] = [
      ...IN_FORCE,
      { effectiveFrom: '2028-01', limits: { ...LIMITS, maximum: 25_000_000 } },
    ];
    expect(problemsOf(file(rows), raisedTop)).toEqual([
      "table of 2026-01: the last row's basis must be the maximum 25000000 in force from 2028-01, got 20700000",
    ]);
  });

  it('requires a source and a month per table, and whole rupiah', () => {
    expect(problemsOf(file(rows, { source: ' ', effectiveFrom: '2026-13' }))).toEqual([
      'tables[0].effectiveFrom must be a month YYYY-MM',
      'tables[0].source must name where the rows were transcribed from',
    ]);
    expect(problemsOf(file([{ ...rows[0], basis: '1000000' }]))).toEqual([
      'tables[0].rows[0] must have whole-rupiah from and basis',
    ]);
    expect(problemsOf({ rows })).toEqual(['the file must be { "tables": [ … ] }']);
  });

  it('reads nothing when no file is configured, and a file from disk otherwise', () => {
    expect(readIncomeBracketFile('', IN_FORCE)).toEqual([]);
    const tables = readIncomeBracketFile(join(__dirname, '../test/fixtures/illustrative-brackets.json'), IN_FORCE);
    expect(tables.map((table) => table.rows.length)).toEqual([3]);
    expect(() => readIncomeBracketFile('/nonexistent/brackets.json', IN_FORCE)).toThrow(/cannot be read as JSON/);
  });
});
