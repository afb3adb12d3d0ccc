import { DomainError } from '@jaring/kernel';
import { addMonths, isBefore, type LocalDate } from '../shared/local-date.util';
import { BENEFIT_CODES } from './benefit.codes';
import type { BenefitPolicy } from './benefit.policy';
import type { BenefitRuleSet } from './benefit-rule-set.types';
import type { BenefitLine } from './benefit.types';

/**
 * True when the short-membership policy applies: death before `withinMonths` whole months after
 * joining (joined 10 Jan, died 9 Apr → short; died 10 Apr → full benefit).
 */
export function isShortMembershipDeath(
  membershipStartDate: LocalDate | undefined,
  dateOfDeath: LocalDate,
  policy: BenefitPolicy,
): boolean {
  if (!policy.jkmShortMembership.enabled) return false;
  if (membershipStartDate === undefined) {
    throw new DomainError(
      'MEMBERSHIP_START_REQUIRED',
      'A JKM claim needs membershipStartDate while the short-membership policy is on',
      'membershipStartDate',
    );
  }
  if (isBefore(dateOfDeath, membershipStartDate)) {
    throw new DomainError('DEATH_BEFORE_MEMBERSHIP', 'The death is before the membership started', 'incidentDate');
  }
  return isBefore(dateOfDeath, addMonths(membershipStartDate, policy.jkmShortMembership.withinMonths));
}

/**
 * A simulation may leave out the membership start. With at least `withinMonths` contribution months
 * it is quoted as a regular JKM death; with fewer, the short-membership policy may apply and only
 * the start can tell (RULES.md §3), so it is asked for instead of quoting the full Rp42,000,000.
 */
export function assertQuotableWithoutMembershipStart(contributionMonths: number, policy: BenefitPolicy): void {
  const { enabled, withinMonths } = policy.jkmShortMembership;
  if (!enabled || contributionMonths >= withinMonths) return;
  throw new DomainError(
    'MEMBERSHIP_START_REQUIRED',
    `With fewer than ${withinMonths} contribution months, give membershipStartDate: a death within ${withinMonths} months of joining is paid the reduced JKM (RULES.md §3)`,
    'membershipStartDate',
  );
}

/** JKM for a death not caused by work: lump sum + periodic benefit paid at once + funeral costs. */
export function jkmDeathLines(ruleSet: BenefitRuleSet): BenefitLine[] {
  const { lumpSum, periodicBenefit, funeral } = ruleSet.jkm;
  return [
    { code: BENEFIT_CODES.jkmLumpSum, amount: lumpSum.amount, rule: lumpSum.rule },
    {
      code: BENEFIT_CODES.jkmPeriodicBenefit,
      amount: periodicBenefit.instalment * periodicBenefit.instalments,
      rule: periodicBenefit.rule,
    },
    { code: BENEFIT_CODES.jkmFuneral, amount: funeral.amount, rule: funeral.rule },
  ];
}

/** [1S] The reduced JKM of a death shortly after joining (RULES.md §3, configurable policy). */
export function jkmShortMembershipLines(policy: BenefitPolicy): BenefitLine[] {
  const { withinMonths, lumpSum, funeral } = policy.jkmShortMembership;
  const rule = `Policy [1S] (RULES.md §3): death within ${withinMonths} months of joining`;
  return [
    { code: BENEFIT_CODES.jkmShortMembershipLumpSum, amount: lumpSum, rule: `${rule}, reduced lump sum` },
    { code: BENEFIT_CODES.jkmShortMembershipFuneral, amount: funeral, rule: `${rule}, reduced funeral costs` },
  ];
}
