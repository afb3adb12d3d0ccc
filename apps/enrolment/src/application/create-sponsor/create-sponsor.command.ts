import type { SponsorInput } from '../../domain';

export interface CreateSponsorCommand {
  readonly sponsor: Omit<SponsorInput, 'id' | 'declaredIncomeBasis' | 'fundingSource'> & {
    /** Defaults to APBD (a regency's budget). */
    readonly fundingSource?: string;
    /** Defaults to the legal minimum in force on the coverage start (Rp1,000,000 under PP 44/2015). */
    readonly declaredIncomeBasis?: number;
  };
}
