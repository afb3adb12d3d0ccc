import { randomUUID } from 'node:crypto';
import {
  declaredIncomeRulesOn,
  isLocalDate,
  valueOrThrow,
  validateSponsor,
  violation,
  ValidationFailedError,
  type Sponsor,
} from '../../domain';
import { ReferenceData } from '../ports/reference-data';
import { SponsorRepository } from '../ports/sponsor.repository';
import type { CreateSponsorCommand } from './create-sponsor.command';

/**
 * Registers a Pemkab (or other government sponsor) with its cooperation agreement. Its regency code
 * becomes the tenant of every worker it pays for, so the regency's desa list must be loaded.
 */
export class CreateSponsorHandler {
  constructor(
    private readonly sponsors: SponsorRepository,
    private readonly reference: ReferenceData,
  ) {}

  async execute(command: CreateSponsorCommand): Promise<Sponsor> {
    const input = command.sponsor;
    const coverageStart = input.agreement.coverageStartDate;
    const sponsor = valueOrThrow(
      validateSponsor(
        {
          ...input,
          id: randomUUID(),
          fundingSource: input.fundingSource ?? 'APBD',
          declaredIncomeBasis:
            input.declaredIncomeBasis ??
            (isLocalDate(coverageStart) ? declaredIncomeRulesOn(coverageStart).minimumDeclaredIncome : Number.NaN),
        },
        this.reference.regencyCodes,
      ),
      'SPONSOR_INVALID',
    );
    if (this.reference.regions.villagesOf(sponsor.tenant).length === 0) {
      throw new ValidationFailedError('SPONSOR_INVALID', [
        violation(
          'tenant',
          'TENANT_WITHOUT_REGIONS',
          `no desa/kelurahan list is loaded for ${sponsor.tenant}; add the regency to the regions seed file first`,
        ),
      ]);
    }
    await this.sponsors.add(sponsor);
    return sponsor;
  }
}
