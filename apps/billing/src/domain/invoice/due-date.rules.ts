import {
  dayOfMonth,
  type HolidayCalendar,
  type LocalDate,
  nextWorkingDayOnOrAfter,
  type YearMonth,
} from '@jaring/calendar';
import {
  CONTRIBUTION_RULE_SETS,
  type ContributionRuleSet,
  ruleSetForMonth,
} from '../contribution/contribution-rule-set';

/**
 * The due date of a month's contributions: the rule set's day of that month (the 15th), or the next
 * working day when it is a weekend day or a holiday (RULES.md §1). There is no late fine for BPU.
 */
export function contributionDueDate(
  month: YearMonth,
  calendar: HolidayCalendar,
  ruleSets: readonly ContributionRuleSet[] = CONTRIBUTION_RULE_SETS,
): LocalDate {
  const { dueDayOfMonth } = ruleSetForMonth(month, ruleSets).ruleSet;
  return nextWorkingDayOnOrAfter(dayOfMonth(month, dueDayOfMonth), calendar);
}
