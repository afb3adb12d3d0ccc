import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedRows, sectionRows } from './claims-guide';
import { CLAIMS_ERROR_CATALOGUE } from './error-catalogue';

const ROOT = join(__dirname, '../../../../..');
const STATUS_OF_CLASS: Record<string, number> = {
  DomainError: 400,
  ConflictError: 409,
  ForbiddenError: 403,
  NotFoundError: 404,
  BusyError: 503,
};

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every code the claims service (and the calendar it uses) throws, with the statuses it is thrown with. */
function thrownCodes(): Map<string, Set<number | 'field'>> {
  const codes = new Map<string, Set<number | 'field'>>();
  const add = (code: string, status: number | 'field') => codes.set(code, (codes.get(code) ?? new Set()).add(status));
  for (const file of [...sourceFiles(join(ROOT, 'apps/claims/src')), ...sourceFiles(join(ROOT, 'libs/calendar/src'))]) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /new (DomainError|ConflictError|ForbiddenError|NotFoundError|BusyError)\(\s*'([A-Z0-9_]+)'/g,
    )) {
      add(match[2], STATUS_OF_CLASS[match[1]]);
    }
    // Violations collected before throwing (InvalidInputError) and eligibility reasons.
    for (const match of text.matchAll(/code: '([A-Z0-9_]+)',\s*message/g)) add(match[1], 'field');
  }
  return codes;
}

describe('the claims error catalogue', () => {
  const thrown = thrownCodes();

  it('names every code the source throws, with the status it is thrown with', () => {
    expect([...thrown.keys()].filter((code) => !(code in CLAIMS_ERROR_CATALOGUE)).sort()).toEqual([]);
    const wrongStatus = [...thrown].filter(([code, statuses]) => {
      const { status } = CLAIMS_ERROR_CATALOGUE[code];
      return [...statuses].some((thrownAs) =>
        thrownAs === 'field' ? status !== 400 && status !== 'reason' : thrownAs !== status,
      );
    });
    expect(wrongStatus.map(([code]) => code)).toEqual([]);
  });

  it('names no code the source no longer throws', () => {
    expect(Object.keys(CLAIMS_ERROR_CATALOGUE).filter((code) => !thrown.has(code))).toEqual([]);
  });

  it('is the table of apps/claims/README.md, and so are the roles of every endpoint (npm run docs:claims-errors)', () => {
    const readme = readFileSync(join(ROOT, 'apps/claims/README.md'), 'utf8');
    expect(sectionRows(readme, 'error-catalogue')).toEqual(expectedRows('error-catalogue'));
    expect(sectionRows(readme, 'roles')).toEqual(expectedRows('roles'));
    expect(expectedRows('roles')).toContainEqual([
      'POST',
      '`/v1/claims/:id/approval`',
      'claims-officer, claims-supervisor',
    ]);
  });
});
