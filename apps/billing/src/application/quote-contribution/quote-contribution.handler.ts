import { type Contribution, calculateContribution, type ContributionRequest } from '../../domain';
import { BillingSettings } from '../ports/billing-settings';

/** POST /v1/contributions/quote: what a worker's month costs, and by which rule set. Pure. */
export class QuoteContributionHandler {
  constructor(private readonly settings: BillingSettings) {}

  execute(request: ContributionRequest): Contribution {
    return calculateContribution(request, this.settings.ruleSets, this.settings.incomeBrackets);
  }
}
