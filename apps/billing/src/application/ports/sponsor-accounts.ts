import type { SponsorType } from '../../domain';
import type { SponsorAccount } from './billing-records';

/** Billing's own record of each sponsor: who it is and what kind of payer (decides the PP 50/2025 discount). */
export abstract class SponsorAccounts {
  abstract update(
    sponsorId: string,
    change: { sponsorType?: SponsorType; name?: string },
  ): Promise<SponsorAccount | undefined>;
}
