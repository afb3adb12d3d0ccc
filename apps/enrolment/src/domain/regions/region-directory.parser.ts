import { DomainError } from '@jaring/kernel';
import { parseCsv } from '../shared/csv.parser';
import type { RegencyCode } from './regency-codes.lookup';

/** A desa/kelurahan code 'PP.RR.DD.NNNN', e.g. '76.04.01.2002' (Karama, Tinambung). */
export type VillageCode = string;

export const VILLAGE_CODE_PATTERN = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** Desa (village) or kelurahan (urban village): both are the lowest tier a worker lives in. */
export type VillageLevel = 'desa' | 'kelurahan';

export interface District {
  /** 'PP.RR.DD' */
  readonly code: string;
  readonly name: string;
}

export interface Village {
  readonly code: VillageCode;
  readonly name: string;
  readonly level: VillageLevel;
  readonly district: District;
  readonly regencyCode: RegencyCode;
}

export interface Regency {
  readonly code: RegencyCode;
  readonly name: string;
}

/**
 * The desa and kelurahan of the regencies a deployment serves. The tenant is the sponsoring
 * regency's code, so a code from a neighbouring regency is "unknown" for this tenant even when
 * it exists in the file.
 */
export interface RegionDirectory {
  readonly regencies: readonly Regency[];
  findVillage(tenant: RegencyCode, villageCode: VillageCode): Village | undefined;
  hasVillage(tenant: RegencyCode, villageCode: VillageCode): boolean;
  villagesOf(tenant: RegencyCode): readonly Village[];
  districtsOf(tenant: RegencyCode): readonly District[];
}

type Level = 'kabupaten' | 'kota' | 'kecamatan' | VillageLevel;

/** The code shape of each level, and the first digit Kemendagri gives kelurahan (1) and desa (2). */
const CODE_RULES: Record<Level, { pattern: RegExp; describe: string }> = {
  kabupaten: { pattern: /^\d{2}\.\d{2}$/, describe: 'PP.RR' },
  kota: { pattern: /^\d{2}\.\d{2}$/, describe: 'PP.RR' },
  kecamatan: { pattern: /^\d{2}\.\d{2}\.\d{2}$/, describe: 'PP.RR.DD' },
  kelurahan: { pattern: /^\d{2}\.\d{2}\.\d{2}\.1\d{3}$/, describe: 'PP.RR.DD.1NNN' },
  desa: { pattern: /^\d{2}\.\d{2}\.\d{2}\.2\d{3}$/, describe: 'PP.RR.DD.2NNN' },
};

interface RegionLine {
  readonly lineNumber: number;
  readonly code: string;
  readonly level: Level;
  readonly name: string;
}

/**
 * Parses the region seed (`code,level,name`, one row per kabupaten/kota, kecamatan, desa and
 * kelurahan, as in apps/enrolment/seed/polewali-mandar-regions.csv) into a RegionDirectory.
 * Pure: the caller reads the file. Throws REGION_CSV_INVALID naming the line on any bad row, a
 * duplicate code, or a village or district without its parent, because a silently wrong
 * directory would reject or misplace real workers.
 */
export function parseRegionCsv(text: string): RegionDirectory {
  const table = parseCsv(text);
  const expectedHeader = ['code', 'level', 'name'];
  if (table.header.join(',') !== expectedHeader.join(',')) {
    throw invalid(1, `the header must be ${expectedHeader.join(',')}, found ${table.header.join(',')}`);
  }
  const lines = table.rows.map(({ lineNumber, record }) => readLine(lineNumber, record));
  assertUniqueCodes(lines);

  const regencies = new Map<string, Regency>();
  const districts = new Map<string, District>();
  for (const line of lines) {
    if (line.level === 'kabupaten' || line.level === 'kota')
      regencies.set(line.code, { code: line.code, name: line.name });
  }
  for (const line of lines.filter((l) => l.level === 'kecamatan')) {
    requireParent(line, regencies, regencyOf(line.code));
    districts.set(line.code, { code: line.code, name: line.name });
  }
  const villages = new Map<string, Village>();
  for (const line of lines.filter((l): l is RegionLine & { level: VillageLevel } => isVillageLevel(l.level))) {
    const district = requireParent(line, districts, districtOf(line.code));
    villages.set(line.code, {
      code: line.code,
      name: line.name,
      level: line.level,
      district,
      regencyCode: regencyOf(line.code),
    });
  }
  return directoryOf([...regencies.values()], [...districts.values()], villages);
}

function directoryOf(
  regencies: readonly Regency[],
  districts: readonly District[],
  villages: ReadonlyMap<string, Village>,
): RegionDirectory {
  const findVillage = (tenant: RegencyCode, villageCode: VillageCode) => {
    const village = villages.get(villageCode);
    return village?.regencyCode === tenant ? village : undefined;
  };
  return {
    regencies,
    findVillage,
    hasVillage: (tenant, villageCode) => findVillage(tenant, villageCode) !== undefined,
    villagesOf: (tenant) => [...villages.values()].filter((village) => village.regencyCode === tenant),
    districtsOf: (tenant) => districts.filter((district) => regencyOf(district.code) === tenant),
  };
}

function readLine(lineNumber: number, record: Readonly<Record<string, string>>): RegionLine {
  const code = (record.code ?? '').trim();
  const level = (record.level ?? '').trim();
  const name = (record.name ?? '').trim();
  if (!isLevel(level)) {
    throw invalid(lineNumber, `level '${level}' is not one of ${Object.keys(CODE_RULES).join(', ')}`);
  }
  const rule = CODE_RULES[level];
  if (!rule.pattern.test(code))
    throw invalid(lineNumber, `a ${level} code must look like ${rule.describe}, found '${code}'`);
  if (name === '') throw invalid(lineNumber, `${level} ${code} has no name`);
  return { lineNumber, code, level, name };
}

function assertUniqueCodes(lines: readonly RegionLine[]): void {
  const firstSeen = new Map<string, number>();
  for (const line of lines) {
    const earlier = firstSeen.get(line.code);
    if (earlier !== undefined) throw invalid(line.lineNumber, `code ${line.code} already appears on line ${earlier}`);
    firstSeen.set(line.code, line.lineNumber);
  }
}

function requireParent<T>(line: RegionLine, parents: ReadonlyMap<string, T>, parentCode: string): T {
  const parent = parents.get(parentCode);
  if (parent === undefined)
    throw invalid(line.lineNumber, `${line.level} ${line.code} has no parent ${parentCode} in the file`);
  return parent;
}

function regencyOf(code: string): RegencyCode {
  return code.slice(0, 5);
}

function districtOf(code: string): string {
  return code.slice(0, 8);
}

function isLevel(level: string): level is Level {
  return Object.hasOwn(CODE_RULES, level);
}

function isVillageLevel(level: Level): level is VillageLevel {
  return level === 'desa' || level === 'kelurahan';
}

function invalid(lineNumber: number, message: string): DomainError {
  return new DomainError('REGION_CSV_INVALID', `region CSV line ${lineNumber}: ${message}`);
}
