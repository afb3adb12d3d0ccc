import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ReferenceData } from '../../application/ports/reference-data';
import {
  type BankDirectory,
  KEMENDAGRI_REGENCY_CODES,
  parseBankCsv,
  parseRegionCsv,
  type RegencyCodeLookup,
  type RegionDirectory,
} from '../../domain';

/** The region seed file in the service's seed folder (apps/enrolment/seed in the repository and the image). */
export const REGIONS_FILE = 'polewali-mandar-regions.csv';
/** The bank table in the same folder. */
export const BANKS_FILE = 'banks.csv';

/**
 * Loads the desa/kelurahan directory once at start from the seed shipped with the service. A
 * missing or malformed file stops the service at boot: validating against a wrong list would
 * reject or misplace real workers.
 */
export class SeedReferenceData extends ReferenceData {
  readonly regencyCodes: RegencyCodeLookup = KEMENDAGRI_REGENCY_CODES;

  constructor(
    readonly regions: RegionDirectory,
    readonly banks: BankDirectory,
  ) {
    super();
  }

  static load(seedDir: string): SeedReferenceData {
    return new SeedReferenceData(
      parseRegionCsv(readSeed(seedDir, REGIONS_FILE, 'region')),
      parseBankCsv(readSeed(seedDir, BANKS_FILE, 'bank')),
    );
  }
}

function readSeed(seedDir: string, file: string, what: string): string {
  const path = join(resolve(seedDir), file);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the ${what} seed ${path}: ${(error as Error).message}`, { cause: error });
  }
}
