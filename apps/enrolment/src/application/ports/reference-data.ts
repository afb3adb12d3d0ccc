import type { BankDirectory, RegencyCodeLookup, RegionDirectory } from '../../domain';

/**
 * Region codes the rules check against: the desa/kelurahan of the served regencies (loaded once at
 * start from the seed CSV shipped with the service) and the Kemendagri province and regency codes.
 */
export abstract class ReferenceData {
  abstract readonly regions: RegionDirectory;
  abstract readonly regencyCodes: RegencyCodeLookup;
  /** The bank table (seed/banks.csv): bank names as officers write them, with their codes. */
  abstract readonly banks: BankDirectory;
}
