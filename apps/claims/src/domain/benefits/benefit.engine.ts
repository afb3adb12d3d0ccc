import { DomainError, type Rupiah } from '@jaring/kernel';
import { bracketTableFor, incomeBasis, type IncomeBracketTable } from '@jaring/income-basis';
import { sumRupiah } from '../shared/integer-math.util';
import { assertLocalDate, isBefore } from '../shared/local-date.util';
import { DEFAULT_BENEFIT_POLICY, type BenefitPolicy } from './benefit.policy';
import type { BenefitRuleSet } from './benefit-rule-set.types';
import {
  OUTCOME_TYPES,
  type BenefitAssessment,
  type BenefitExclusion,
  type BenefitLine,
  type BenefitRequest,
  type OutcomeInput,
} from './benefit.types';
import { jkkDeathLines, partialDisabilityLine, totalDisabilityLines } from './jkk-benefits.calculator';
import { isShortMembershipDeath, jkmDeathLines, jkmShortMembershipLines } from './jkm-benefits.calculator';
import { BENEFIT_RULE_SETS } from './pp82-2019.rule-set';
import {
  glassesLine,
  homeCareLine,
  nonPartnerCareLine,
  partnerCareLines,
  transportLines,
} from './reimbursement.calculator';
import { selectRuleSet } from './rule-set.selector';
import { scholarshipLines } from './scholarship.calculator';
import { temporaryInabilityLines } from './temporary-inability.calculator';

export interface BenefitEngineOptions {
  /** Defaults to every loaded rule set (BENEFIT_RULE_SETS). */
  ruleSets?: readonly BenefitRuleSet[];
  /** Defaults to DEFAULT_BENEFIT_POLICY. */
  policy?: BenefitPolicy;
  /** PP 44/2015 Lampiran II bracket tables the operator loaded, the same as billing's (RULES.md §1); none by default. */
  incomeBrackets?: readonly IncomeBracketTable[];
}

interface BenefitPart {
  lines: BenefitLine[];
  exclusions: BenefitExclusion[];
}

/**
 * Computes the cash benefits of a JKK or JKM claim: one line per component, each citing its rule,
 * and the total. Income-based amounts use the basis the incident's month is billed at (RULES.md §1):
 * the declared income's bracket, or the declared income clamped to the minimum and maximum. Pure: same request, rule sets and policy → same answer. The rule set is chosen by
 * the incident date. Amounts are whole rupiah, each line rounded down once.
 *
 * Throws DomainError (code + field) for a request the rules cannot assess. Components asked for but
 * not payable (an ineligible child, children on a partial-disability claim) come back as
 * `exclusions`, so the officer sees why.
 */
export function calculateBenefits(request: BenefitRequest, options: BenefitEngineOptions = {}): BenefitAssessment {
  const policy = options.policy ?? DEFAULT_BENEFIT_POLICY;
  assertLocalDate(request.incidentDate, 'incidentDate');
  const ruleSet = selectRuleSet(request.incidentDate, options.ruleSets ?? BENEFIT_RULE_SETS);
  assertCommonFields(request, ruleSet);
  const basis = incomeBasis(
    request.declaredMonthlyIncome,
    { minimum: ruleSet.minimumDeclaredIncome.amount, maximum: ruleSet.maximumDeclaredIncome.amount },
    bracketTableFor(request.incidentDate.slice(0, 7), options.incomeBrackets ?? []),
  );

  const parts =
    request.programme === 'JKK' ? jkkParts(request, basis.basis, ruleSet, policy) : jkmParts(request, ruleSet, policy);
  const lines = parts.flatMap((part) => part.lines);
  return {
    ruleSetId: ruleSet.id,
    incomeBasis: basis,
    lines,
    total: sumRupiah(lines.map((line) => line.amount)),
    exclusions: parts.flatMap((part) => part.exclusions),
  };
}

function jkkParts(
  request: BenefitRequest,
  income: Rupiah,
  ruleSet: BenefitRuleSet,
  policy: BenefitPolicy,
): BenefitPart[] {
  const outcome = request.outcome;
  if (outcome) assertOutcome(outcome);
  const parts: BenefitPart[] = [];

  switch (outcome?.type) {
    case 'death':
      parts.push(linesOnly(jkkDeathLines(income, ruleSet)));
      break;
    case 'total-disability':
      parts.push(linesOnly(totalDisabilityLines(income, ruleSet)));
      break;
    case 'partial-disability':
      parts.push(linesOnly([partialDisabilityLine(income, outcome, ruleSet, policy)]));
      break;
    case 'temporary-disability':
      if (outcome.inabilityMonths === undefined && outcome.inabilityDays === undefined) {
        throw new DomainError(
          'INABILITY_PERIOD_REQUIRED',
          'A temporary disability needs outcome.inabilityMonths and/or outcome.inabilityDays',
          'outcome.inabilityMonths',
        );
      }
      break;
    default:
      break;
  }

  if (outcome && (outcome.inabilityMonths !== undefined || outcome.inabilityDays !== undefined)) {
    const startDate = assertLocalDate(outcome.inabilityStartDate ?? request.incidentDate, 'outcome.inabilityStartDate');
    if (isBefore(startDate, request.incidentDate)) {
      throw new DomainError(
        'INABILITY_BEFORE_INCIDENT',
        'Inability cannot start before the incident',
        'outcome.inabilityStartDate',
      );
    }
    const period = { startDate, months: outcome.inabilityMonths ?? 0, days: outcome.inabilityDays ?? 0 };
    parts.push(linesOnly(temporaryInabilityLines(income, period, ruleSet, policy)));
  }

  if (request.transport) parts.push(linesOnly(transportLines(request.transport, ruleSet, policy)));
  if (request.homeCare !== undefined) {
    parts.push(linesOnly(homeCareLine(request.homeCare, request.homeCarePeriod, ruleSet)));
  }
  if (request.nonPartnerCare !== undefined) parts.push(linesOnly(nonPartnerCareLine(request.nonPartnerCare, ruleSet)));
  if (request.partnerCare) parts.push(linesOnly(partnerCareLines(request.partnerCare, ruleSet)));
  if (request.glasses !== undefined) parts.push(linesOnly(glassesLine(request.glasses, policy)));

  if (request.children?.length) {
    const entitled = outcome?.type === 'death' || outcome?.type === 'total-disability';
    parts.push(
      entitled
        ? scholarships(request, ruleSet.jkk.scholarshipRule, ruleSet, policy)
        : excludeAllChildren(
            request,
            'SCHOLARSHIP_NOT_APPLICABLE',
            'JKK scholarships follow only a death or a total permanent disability',
          ),
    );
  }
  return parts;
}

function jkmParts(request: BenefitRequest, ruleSet: BenefitRuleSet, policy: BenefitPolicy): BenefitPart[] {
  if (request.outcome && request.outcome.type !== 'death') {
    throw new DomainError('OUTCOME_NOT_APPLICABLE', 'A JKM claim is always a death', 'outcome.type');
  }
  if (request.outcome?.inabilityMonths !== undefined || request.outcome?.inabilityDays !== undefined) {
    throw new DomainError(
      'OUTCOME_FIELD_NOT_APPLICABLE',
      'Temporary inability (STMB) is a JKK benefit',
      'outcome.inabilityMonths',
    );
  }
  rejectJkkOnlyComponents(request);

  if (isShortMembershipDeath(request.membershipStartDate, request.incidentDate, policy)) {
    const parts: BenefitPart[] = [linesOnly(jkmShortMembershipLines(policy))];
    if (request.children?.length) {
      parts.push(
        excludeAllChildren(request, 'SCHOLARSHIP_NOT_APPLICABLE', 'No scholarship after a short-membership death'),
      );
    }
    return parts;
  }

  const parts: BenefitPart[] = [linesOnly(jkmDeathLines(ruleSet))];
  if (request.children?.length) {
    const minimum = ruleSet.jkm.scholarshipMinimumContributionMonths;
    parts.push(
      request.contributionMonths >= minimum
        ? scholarships(request, ruleSet.jkm.scholarshipRule, ruleSet, policy)
        : excludeAllChildren(
            request,
            'SCHOLARSHIP_CONTRIBUTIONS_TOO_SHORT',
            `JKM scholarships need ${minimum} contribution months; the worker has ${request.contributionMonths}`,
          ),
    );
  }
  return parts;
}

function scholarships(
  request: BenefitRequest,
  rule: string,
  ruleSet: BenefitRuleSet,
  policy: BenefitPolicy,
): BenefitPart {
  const assessmentDate = assertLocalDate(
    request.scholarshipAssessmentDate ?? request.incidentDate,
    'scholarshipAssessmentDate',
  );
  return scholarshipLines(request.children ?? [], assessmentDate, rule, ruleSet, policy);
}

function excludeAllChildren(request: BenefitRequest, code: string, reason: string): BenefitPart {
  return {
    lines: [],
    exclusions: (request.children ?? []).map((child, index) => ({
      subject: child.id ?? `children[${index}]`,
      code,
      reason,
    })),
  };
}

function linesOnly(lines: BenefitLine[]): BenefitPart {
  return { lines, exclusions: [] };
}

function assertCommonFields(request: BenefitRequest, ruleSet: BenefitRuleSet): void {
  if (request.programme !== 'JKK' && request.programme !== 'JKM') {
    throw new DomainError('PROGRAMME_INVALID', `'${String(request.programme)}' is not JKK or JKM`, 'programme');
  }
  assertIncome(request.declaredMonthlyIncome, ruleSet);
  if (!Number.isSafeInteger(request.contributionMonths) || request.contributionMonths < 0) {
    throw new DomainError(
      'CONTRIBUTION_MONTHS_INVALID',
      'contributionMonths must be a whole number ≥ 0',
      'contributionMonths',
    );
  }
  if (request.membershipStartDate !== undefined) assertLocalDate(request.membershipStartDate, 'membershipStartDate');
}

function assertIncome(income: Rupiah, ruleSet: BenefitRuleSet): void {
  if (!Number.isSafeInteger(income) || income < ruleSet.minimumDeclaredIncome.amount) {
    throw new DomainError(
      'DECLARED_INCOME_INVALID',
      `declaredMonthlyIncome must be whole rupiah of at least ${ruleSet.minimumDeclaredIncome.amount} (${ruleSet.minimumDeclaredIncome.rule})`,
      'declaredMonthlyIncome',
    );
  }
}

function assertOutcome(outcome: OutcomeInput): void {
  if (!OUTCOME_TYPES.includes(outcome.type)) {
    throw new DomainError(
      'OUTCOME_INVALID',
      `'${String(outcome.type)}' is not one of ${OUTCOME_TYPES.join(', ')}`,
      'outcome.type',
    );
  }
  if (outcome.type !== 'partial-disability') {
    for (const field of ['tablePercent', 'tableItems', 'functionLossPercent'] as const) {
      if (outcome[field] !== undefined) {
        throw new DomainError(
          'OUTCOME_FIELD_NOT_APPLICABLE',
          `outcome.${field} applies only to a partial disability`,
          `outcome.${field}`,
        );
      }
    }
  }
}

function rejectJkkOnlyComponents(request: BenefitRequest): void {
  for (const field of ['transport', 'homeCare', 'nonPartnerCare', 'partnerCare', 'glasses'] as const) {
    if (request[field] !== undefined) {
      throw new DomainError('COMPONENT_NOT_APPLICABLE', `${field} is a JKK benefit; JKM pays no ${field}`, field);
    }
  }
}
