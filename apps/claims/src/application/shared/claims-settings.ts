import type { ClaimPolicy, CoveragePolicy, PartnerFacility } from '../../domain';

/** The deployment's claim policies, built once by the composition root from ClaimsConfig. */
export abstract class ClaimsSettings {
  abstract readonly policy: ClaimPolicy;
  abstract readonly coverage: CoveragePolicy;
  /** A worker's payout account that enrolment changed this many days or fewer before approval needs a second claims officer. */
  abstract readonly accountChangeHoldDays: number;
  /** The partner-facility register (PARTNER_FACILITIES_FILE), validated at start: where facility care is paid. */
  abstract readonly partnerFacilities: readonly PartnerFacility[];
}

/** How the payout worker paces itself. */
export abstract class PayoutSettings {
  /** How long a claimed instruction is left alone while its bank call is in flight (> the bank timeout). */
  abstract readonly leaseMs: number;
  abstract readonly retryBaseMs: number;
  abstract readonly retryMaxMs: number;
  abstract readonly batchSize: number;
}
