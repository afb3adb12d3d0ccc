import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ReferenceData } from '../../application/ports/reference-data';
import { KEMENDAGRI_REGENCY_CODES, parseRegionCsv, type RegencyCodeLookup, type RegionDirectory } from '../../domain';

/** The region seed file in the service's seed folder (apps/enrolment/seed in the repository and the image). */
export const REGIONS_FILE = 'polewali-mandar-regions.csv';

/**
 * Loads the desa/kelurahan directory once at start from the seed shipped with the service. A
 * missing or malformed file stops the service at boot: validating against a wrong list would
 * reject or misplace real workers.
 */
export class SeedReferenceData extends ReferenceData {
  readonly regencyCodes: RegencyCodeLookup = KEMENDAGRI_REGENCY_CODES;

  constructor(readonly regions: RegionDirectory) {
    super();
  }

  static load(seedDir: string): SeedReferenceData {
    const path = join(resolve(seedDir), REGIONS_FILE);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new Error(`cannot read the region seed ${path}: ${(error as Error).message}`, { cause: error });
    }
    return new SeedReferenceData(parseRegionCsv(text));
  }
}
