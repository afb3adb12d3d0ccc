import { DomainError, type Rupiah } from '@jaring/kernel';
import { isBefore, type LocalDate } from '../shared/local-date.util';

/**
 * The rules on a BPU worker's declared monthly income (the contribution and benefit basis), as in
 * force from `effectiveFrom`. Chosen by the date that matters (the enrolment date), never by today.
 */
export interface DeclaredIncomeRules {
  readonly effectiveFrom: LocalDate;
  readonly minimumDeclaredIncome: Rupiah;
  readonly source: string;
}

export const DECLARED_INCOME_RULE_SETS: readonly DeclaredIncomeRules[] = [
  {
    effectiveFrom: '2015-07-01',
    // PP 44/2015 Lampiran II: the lowest income bracket for workers outside wage employment (BPU).
    minimumDeclaredIncome: 1_000_000,
    source: 'PP 44/2015 Lampiran II',
  },
];

/** The rules in force on `date`: the latest set whose `effectiveFrom` is on or before it, if any. */
export function findDeclaredIncomeRules(
  date: LocalDate,
  ruleSets: readonly DeclaredIncomeRules[] = DECLARED_INCOME_RULE_SETS,
): DeclaredIncomeRules | undefined {
  return ruleSets
    .filter((rules) => !isBefore(date, rules.effectiveFrom))
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
}

/** As findDeclaredIncomeRules, for dates that must have rules (a sponsor's coverage start). */
export function declaredIncomeRulesOn(
  date: LocalDate,
  ruleSets: readonly DeclaredIncomeRules[] = DECLARED_INCOME_RULE_SETS,
): DeclaredIncomeRules {
  const inForce = findDeclaredIncomeRules(date, ruleSets);
  if (!inForce) {
    throw new DomainError('NO_INCOME_RULES_FOR_DATE', `no declared-income rules are loaded for ${date}`);
  }
  return inForce;
}
