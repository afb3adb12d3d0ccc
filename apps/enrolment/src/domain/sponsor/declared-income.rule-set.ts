import { DomainError, type Rupiah } from '@jaring/kernel';
import {
  bracketTableFor,
  incomeBasis,
  type IncomeBasis,
  type IncomeBracketTable,
  type LimitsFrom,
} from '@jaring/income-basis';
import { isBefore, type LocalDate } from '../shared/local-date.util';

/**
 * The rules on a BPU worker's declared monthly income (the contribution and benefit basis), as in
 * force from `effectiveFrom`. Chosen by the date that matters (the enrolment date), never by today.
 */
export interface DeclaredIncomeRules {
  readonly effectiveFrom: LocalDate;
  readonly minimumDeclaredIncome: Rupiah;
  /** RULES.md §1 [1S]: the top bracket; a higher declared income is billed and assessed at this basis. */
  readonly maximumDeclaredIncome: Rupiah;
  readonly source: string;
}

export const DECLARED_INCOME_RULE_SETS: readonly DeclaredIncomeRules[] = [
  {
    effectiveFrom: '2015-07-01',
    // PP 44/2015 Lampiran II: the lowest income bracket for workers outside wage employment (BPU).
    minimumDeclaredIncome: 1_000_000,
    maximumDeclaredIncome: 20_700_000,
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

/** The basis a declared income is billed and assessed at in the month of `date` (RULES.md §1). */
export function contributionBasisOn(
  declaredMonthlyIncome: Rupiah,
  date: LocalDate,
  incomeBrackets: readonly IncomeBracketTable[],
  ruleSets: readonly DeclaredIncomeRules[] = DECLARED_INCOME_RULE_SETS,
): IncomeBasis {
  const rules = declaredIncomeRulesOn(date, ruleSets);
  return incomeBasis(
    declaredMonthlyIncome,
    { minimum: rules.minimumDeclaredIncome, maximum: rules.maximumDeclaredIncome },
    bracketTableFor(date.slice(0, 7), incomeBrackets),
  );
}

/** Each set's minimum and maximum from its first month: a loaded bracket table must start and end on them. */
export function declaredIncomeLimits(
  ruleSets: readonly DeclaredIncomeRules[] = DECLARED_INCOME_RULE_SETS,
): LimitsFrom[] {
  return ruleSets.map((rules) => ({
    effectiveFrom: rules.effectiveFrom.slice(0, 7),
    limits: { minimum: rules.minimumDeclaredIncome, maximum: rules.maximumDeclaredIncome },
  }));
}
