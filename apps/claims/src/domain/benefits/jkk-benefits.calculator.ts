import { DomainError, type Rupiah } from '@jaring/kernel';
import {
  FULL_BASIS_POINTS,
  multiplyThenDivideFloor,
  percentToBasisPoints,
  type BasisPoints,
} from '../shared/integer-math.util';
import { BENEFIT_CODES } from './benefit.codes';
import type { BenefitPolicy } from './benefit.policy';
import type { BenefitRuleSet, IncomeMultiple } from './benefit-rule-set.types';
import type { BenefitLine, OutcomeInput } from './benefit.types';
import { resolveDisabilityPercent } from './disability-percent.calculator';

/** percent × months × income, rounded down to a whole rupiah. */
export function incomeMultiple(income: Rupiah, multiple: Pick<IncomeMultiple, 'percentBp' | 'incomeMonths'>): Rupiah {
  return multiplyThenDivideFloor([income, multiple.incomeMonths, multiple.percentBp], FULL_BASIS_POINTS);
}

function periodicBenefitLine(ruleSet: BenefitRuleSet): BenefitLine {
  const { instalment, instalments, rule } = ruleSet.jkk.periodicBenefit;
  return { code: BENEFIT_CODES.jkkPeriodicBenefit, amount: instalment * instalments, rule };
}

/**
 * Death from a work accident: 48 × income (never below the JKM lump sum of the same rule set),
 * funeral costs and the periodic benefit paid at once.
 */
export function jkkDeathLines(income: Rupiah, ruleSet: BenefitRuleSet): BenefitLine[] {
  const { deathLumpSum } = ruleSet.jkk;
  const computed = incomeMultiple(income, deathLumpSum);
  const floor = ruleSet.jkm.lumpSum.amount;
  const lumpSum: BenefitLine =
    computed >= floor
      ? { code: BENEFIT_CODES.jkkDeathLumpSum, amount: computed, rule: deathLumpSum.rule }
      : { code: BENEFIT_CODES.jkkDeathLumpSum, amount: floor, rule: deathLumpSum.floorRule };
  return [
    lumpSum,
    { code: BENEFIT_CODES.jkkFuneral, amount: ruleSet.jkk.funeral.amount, rule: ruleSet.jkk.funeral.rule },
    periodicBenefitLine(ruleSet),
  ];
}

/** Total permanent disability: 56 × income plus the periodic benefit paid at once. */
export function totalDisabilityLines(income: Rupiah, ruleSet: BenefitRuleSet): BenefitLine[] {
  const { totalDisability } = ruleSet.jkk;
  return [
    {
      code: BENEFIT_CODES.jkkTotalDisability,
      amount: incomeMultiple(income, totalDisability),
      rule: totalDisability.rule,
    },
    periodicBenefitLine(ruleSet),
  ];
}

/**
 * Partial permanent disability: table % × 80 × income, or for a loss of function
 * loss % × table % × 80 × income. The table percentage comes either from the listed table entries
 * or from `tablePercent`; when both are given they must agree.
 */
export function partialDisabilityLine(
  income: Rupiah,
  outcome: OutcomeInput,
  ruleSet: BenefitRuleSet,
  policy: BenefitPolicy,
): BenefitLine {
  const { tableBp, unchecked } = tablePercentOf(outcome, ruleSet, policy);
  const { incomeMonths, anatomicalRule, functionalRule } = ruleSet.jkk.partialDisability;
  // The officer sees on the line itself that a figure still awaits its check against the Lampiran.
  const flag = unchecked.length
    ? ` [table row ${unchecked.join(', ')} not yet checked against the Lampiran text (RULES.md §2)]`
    : '';
  if (outcome.functionLossPercent === undefined) {
    return {
      code: BENEFIT_CODES.jkkPartialDisability,
      amount: incomeMultiple(income, { percentBp: tableBp, incomeMonths }),
      rule: anatomicalRule + flag,
    };
  }
  const lossBp = functionLossOf(outcome.functionLossPercent);
  return {
    code: BENEFIT_CODES.jkkPartialDisability,
    amount: multiplyThenDivideFloor([income, incomeMonths, tableBp, lossBp], FULL_BASIS_POINTS * FULL_BASIS_POINTS),
    rule: functionalRule + flag,
  };
}

function tablePercentOf(
  outcome: OutcomeInput,
  ruleSet: BenefitRuleSet,
  policy: BenefitPolicy,
): { tableBp: BasisPoints; unchecked: string[] } {
  const statedBp = outcome.tablePercent === undefined ? undefined : statedTablePercent(outcome.tablePercent, policy);
  if (!outcome.tableItems) {
    if (statedBp === undefined) {
      throw new DomainError(
        'DISABILITY_PERCENT_REQUIRED',
        'A partial disability needs outcome.tablePercent or outcome.tableItems',
        'outcome.tablePercent',
      );
    }
    return { tableBp: statedBp, unchecked: [] };
  }
  const resolved = resolveDisabilityPercent(outcome.tableItems, ruleSet.disabilityTable, {
    dominantHand: outcome.dominantHand ?? 'right',
    combinedCapBp: policy.partialDisabilityCombinedCapBp,
  });
  const fromItems = resolved.payableBp;
  if (statedBp !== undefined && statedBp !== fromItems) {
    throw new DomainError(
      'DISABILITY_PERCENT_MISMATCH',
      `outcome.tablePercent ${outcome.tablePercent}% does not match the table entries (${fromItems / 100}%)`,
      'outcome.tablePercent',
    );
  }
  const unchecked = resolved.items.filter((item) => !item.checkedAgainstRegulation).map((item) => item.code);
  return { tableBp: fromItems, unchecked: [...new Set(unchecked)] };
}

function statedTablePercent(percent: number, policy: BenefitPolicy): BasisPoints {
  const percentBp = percentToBasisPoints(percent, 'outcome.tablePercent');
  if (percentBp <= 0 || percentBp > policy.partialDisabilityCombinedCapBp) {
    throw new DomainError(
      'DISABILITY_PERCENT_OUT_OF_RANGE',
      `A partial disability is above 0% and at most ${policy.partialDisabilityCombinedCapBp / 100}%, got ${percent}%`,
      'outcome.tablePercent',
    );
  }
  return percentBp;
}

function functionLossOf(percent: number): BasisPoints {
  const lossBp = percentToBasisPoints(percent, 'outcome.functionLossPercent');
  if (lossBp <= 0 || lossBp > FULL_BASIS_POINTS) {
    throw new DomainError(
      'FUNCTION_LOSS_OUT_OF_RANGE',
      `Loss of function is above 0% and at most 100%, got ${percent}%`,
      'outcome.functionLossPercent',
    );
  }
  return lossBp;
}
