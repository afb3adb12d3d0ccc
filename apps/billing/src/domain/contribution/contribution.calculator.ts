import { DomainError, type Rupiah } from '@jaring/kernel';
import { assertYearMonth, type YearMonth } from '@jaring/calendar';
import { bracketTableFor, incomeBasis, type IncomeBracketTable } from '@jaring/income-basis';
import { BP_PER_WHOLE, floorDiv } from '../shared/integer-money';
import { CONTRIBUTION_RULE_SETS, type ContributionRuleSet, ruleSetForMonth } from './contribution-rule-set';
import { isSponsorType, SPONSOR_TYPES, type SponsorType } from './sponsor-type';

export interface ContributionRequest {
  readonly declaredMonthlyIncome: Rupiah;
  readonly month: YearMonth;
  readonly sponsorType: SponsorType;
}

export interface DiscountOutcome {
  readonly applied: boolean;
  readonly rateBp: number;
  readonly reason: string;
}

/** One worker's contribution for one month, with everything needed to explain it. */
export interface Contribution {
  readonly month: YearMonth;
  readonly sponsorType: SponsorType;
  readonly declaredMonthlyIncome: Rupiah;
  /** The income the rates apply to: its bracket's basis, or the declared income within the minimum and the top bracket. */
  readonly contributionBasis: Rupiah;
  /** How the basis was found (RULES.md §1): the bracket and its source, or the clamp. */
  readonly basisRule: string;
  readonly jkk: Rupiah;
  readonly jkm: Rupiah;
  readonly total: Rupiah;
  readonly ruleSet: {
    readonly id: string;
    readonly effectiveFrom: YearMonth;
    readonly effectiveUntil?: YearMonth;
    readonly sources: readonly string[];
  };
  readonly discount: DiscountOutcome;
}

/**
 * The contribution of a worker with this declared income, for this billed month and payer.
 * Rounding: each amount is computed as one exact fraction and rounded down once to a whole rupiah
 * (JKK = floor(basis × rate × (1 − discount))); the total is the sum of JKK and JKM.
 * `incomeBrackets` are the operator's PP 44/2015 Lampiran II tables (none loaded by default).
 */
export function calculateContribution(
  request: ContributionRequest,
  ruleSets: readonly ContributionRuleSet[] = CONTRIBUTION_RULE_SETS,
  incomeBrackets: readonly IncomeBracketTable[] = [],
): Contribution {
  const month = assertYearMonth(request.month, 'month');
  if (!isSponsorType(request.sponsorType)) {
    throw new DomainError(
      'SPONSOR_TYPE_UNKNOWN',
      `sponsorType must be one of ${SPONSOR_TYPES.join(', ')}`,
      'sponsorType',
    );
  }
  const income = request.declaredMonthlyIncome;
  const { ruleSet, effectiveUntil } = ruleSetForMonth(month, ruleSets);
  const { basis, rule: basisRule } = incomeBasis(
    income,
    { minimum: ruleSet.minimumDeclaredIncome, maximum: ruleSet.maximumDeclaredIncome },
    bracketTableFor(month, incomeBrackets),
  );
  const discount = discountFor(ruleSet, request.sponsorType);
  const payableBp = BP_PER_WHOLE - (discount.applied ? discount.rateBp : 0);
  const jkk = floorDiv(basis * ruleSet.jkkRateBp * payableBp, BP_PER_WHOLE * BP_PER_WHOLE);
  const jkm = floorDiv(ruleSet.jkmMonthly * payableBp, BP_PER_WHOLE);
  return {
    month,
    sponsorType: request.sponsorType,
    declaredMonthlyIncome: income,
    contributionBasis: basis,
    basisRule,
    jkk,
    jkm,
    total: jkk + jkm,
    ruleSet: {
      id: ruleSet.id,
      effectiveFrom: ruleSet.effectiveFrom,
      ...(effectiveUntil ? { effectiveUntil } : {}),
      sources: ruleSet.sources,
    },
    discount,
  };
}

function discountFor(ruleSet: ContributionRuleSet, sponsorType: SponsorType): DiscountOutcome {
  const discount = ruleSet.discount;
  if (!discount) return { applied: false, rateBp: 0, reason: 'no discount in force for this month' };
  if (discount.excludedSponsorTypes.includes(sponsorType)) {
    return {
      applied: false,
      rateBp: 0,
      reason: `${discount.source}; a ${sponsorType}-funded worker pays the full amount`,
    };
  }
  return { applied: true, rateBp: discount.rateBp, reason: discount.source };
}
