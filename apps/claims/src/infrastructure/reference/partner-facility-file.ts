import { readFileSync } from 'node:fs';
import { DomainError } from '@jaring/kernel';
import { parsePartnerFacilityRegister, type PartnerFacility } from '../../domain';

/**
 * The partner-facility register of PARTNER_FACILITIES_FILE, validated at start: a bad file stops the
 * service with every problem listed. Empty path: no facility is registered, so care at a partner
 * facility cannot be assessed until an operator loads the register.
 */
export function readPartnerFacilityFile(path: string): PartnerFacility[] {
  if (path === '') return [];
  let csv: string;
  try {
    csv = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DomainError(
      'PARTNER_FACILITY_REGISTER_INVALID',
      `PARTNER_FACILITIES_FILE ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return parsePartnerFacilityRegister(csv);
}
