/**
 * The supplementary pass of a sponsor (docs/adr/0009): bills, on a supplementary invoice, the
 * workers who became billable for an open month after its main run. Requested whenever such a
 * worker may have arrived; it runs once the configured delay has passed, so workers arriving
 * meanwhile (a bulk import) join the same pass and the same invoice.
 */
export abstract class SupplementaryBillingPass {
  /** Schedules the sponsors' passes; a pass of a sponsor already waiting to run makes it a no-op. */
  abstract request(sponsorIds: readonly string[]): Promise<void>;
}
