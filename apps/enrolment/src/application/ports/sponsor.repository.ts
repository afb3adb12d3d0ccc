import type { Sponsor } from '../../domain';

export abstract class SponsorRepository {
  abstract findById(id: string): Promise<Sponsor | null>;
  /** The sponsor of a regency (tenant); a regency has at most one. */
  abstract findByTenant(tenant: string): Promise<Sponsor | null>;
  abstract list(): Promise<Sponsor[]>;
  /** Stores a new sponsor; a ConflictError (SPONSOR_TENANT_TAKEN) when the regency already has one. */
  abstract add(sponsor: Sponsor): Promise<void>;
}
