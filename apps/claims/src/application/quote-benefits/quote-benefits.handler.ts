import {
  calculateBenefits,
  DEFAULT_BENEFIT_POLICY,
  type BenefitEngineOptions,
  type BenefitLine,
  type BenefitRequest,
} from '../../domain';
import type { ClaimsSettings } from '../shared/claims-settings';

export interface BenefitQuote {
  declaredMonthlyIncome: number;
  /** What the income-based lines were computed on: the basis billing charges for that income (RULES.md §1). */
  benefitBasis: number;
  basisRule: string;
  lines: BenefitLine[];
  total: number;
}

/** An officer's simulation: the benefit engine on a hypothetical case, nothing stored. */
export class QuoteBenefitsHandler {
  constructor(private readonly settings: ClaimsSettings) {}

  execute(request: BenefitRequest): BenefitQuote {
    const assessment = calculateBenefits(request, this.optionsFor(request));
    return {
      declaredMonthlyIncome: assessment.incomeBasis.declaredMonthlyIncome,
      benefitBasis: assessment.incomeBasis.basis,
      basisRule: assessment.incomeBasis.rule,
      lines: assessment.lines.map(({ code, amount, rule }) => ({ code, amount, rule })),
      total: assessment.total,
    };
  }

  /**
   * A claim always knows its membership start; a simulation may leave it out (the quote
   * body has no such field), and then it quotes the regular JKM benefit, not the short-membership one.
   */
  private optionsFor(request: BenefitRequest): BenefitEngineOptions {
    const options = this.settings.policy.benefits;
    if (request.membershipStartDate !== undefined) return options;
    const policy = options.policy ?? DEFAULT_BENEFIT_POLICY;
    return { ...options, policy: { ...policy, jkmShortMembership: { ...policy.jkmShortMembership, enabled: false } } };
  }
}
