import { calculateBenefits, type BenefitLine, type BenefitRequest } from '../../domain';
import type { ClaimsSettings } from '../shared/claims-settings';

export interface BenefitQuote {
  lines: BenefitLine[];
  total: number;
}

/** An officer's simulation: the benefit engine on a hypothetical case, nothing stored. */
export class QuoteBenefitsHandler {
  constructor(private readonly settings: ClaimsSettings) {}

  execute(request: BenefitRequest): BenefitQuote {
    const assessment = calculateBenefits(request, this.settings.policy.benefits);
    return {
      lines: assessment.lines.map(({ code, amount, rule }) => ({ code, amount, rule })),
      total: assessment.total,
    };
  }
}
