import { DomainError } from '@jaring/kernel';
import { isBefore, type LocalDate } from '../shared/local-date.util';
import type { BenefitRuleSet } from './benefit-rule-set.types';

/**
 * The rule set in force on the incident date: the latest one whose `effectiveFrom` is on or before
 * it. Choosing by incident date (never by today) keeps a claim assessed late under the law that
 * applied when the worker was hurt or died.
 */
export function selectRuleSet(incidentDate: LocalDate, ruleSets: readonly BenefitRuleSet[]): BenefitRuleSet {
  const applicable = ruleSets
    .filter((ruleSet) => !isBefore(incidentDate, ruleSet.effectiveFrom))
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  const chosen = applicable[0];
  if (!chosen) {
    throw new DomainError(
      'NO_RULE_SET_FOR_INCIDENT_DATE',
      `No benefit rules are loaded for an incident on ${incidentDate}; the earliest start ${earliestStart(ruleSets)}`,
      'incidentDate',
    );
  }
  return chosen;
}

function earliestStart(ruleSets: readonly BenefitRuleSet[]): string {
  return ruleSets.map((ruleSet) => ruleSet.effectiveFrom).sort()[0] ?? '(none loaded)';
}
