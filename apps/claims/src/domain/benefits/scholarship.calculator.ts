import { DomainError } from '@jaring/kernel';
import { ageInYears, assertLocalDate, isAfter, type LocalDate } from '../shared/local-date.util';
import { scholarshipCode } from './benefit.codes';
import type { BenefitPolicy } from './benefit.policy';
import type { BenefitRuleSet } from './benefit-rule-set.types';
import { SCHOOL_LEVELS, type BenefitExclusion, type BenefitLine, type ChildInput } from './benefit.types';

export interface ScholarshipResult {
  lines: BenefitLine[];
  exclusions: BenefitExclusion[];
}

/**
 * One school year's scholarship per eligible child, at most `maxChildren` children. Children are
 * taken in the order given (the family's nomination); an ineligible child does not use a place.
 * A child is eligible when younger than the age limit, of school age for the declared level,
 * unmarried, not working, and with years of that level left to pay.
 */
export function scholarshipLines(
  children: readonly ChildInput[],
  assessmentDate: LocalDate,
  rule: string,
  ruleSet: BenefitRuleSet,
  policy: BenefitPolicy,
): ScholarshipResult {
  const lines: BenefitLine[] = [];
  const exclusions: BenefitExclusion[] = [];
  children.forEach((child, index) => {
    const subject = child.id ?? `children[${index}]`;
    const ineligibility = ineligibilityOf(child, index, assessmentDate, ruleSet, policy);
    if (ineligibility) {
      exclusions.push({ subject, ...ineligibility });
    } else if (lines.length >= ruleSet.scholarship.maxChildren) {
      exclusions.push({
        subject,
        code: 'SCHOLARSHIP_CHILD_LIMIT',
        reason: `Scholarships are paid for at most ${ruleSet.scholarship.maxChildren} children`,
      });
    } else {
      const level = ruleSet.scholarship.levels[child.schoolLevel];
      lines.push({
        code: scholarshipCode(lines.length + 1, child.schoolLevel),
        amount: level.amountPerYear,
        rule: `${rule}: ${child.schoolLevel} Rp${level.amountPerYear.toLocaleString('en-US')} per school year, max ${level.maxYears} years`,
        ...(child.id ? { subject: child.id } : {}),
      });
    }
  });
  return { lines, exclusions };
}

function ineligibilityOf(
  child: ChildInput,
  index: number,
  assessmentDate: LocalDate,
  ruleSet: BenefitRuleSet,
  policy: BenefitPolicy,
): { code: string; reason: string } | undefined {
  assertChild(child, index, assessmentDate);
  const age = ageInYears(child.birthDate, assessmentDate);
  const level = ruleSet.scholarship.levels[child.schoolLevel];
  if (age >= ruleSet.scholarship.ageLimitYears) {
    return {
      code: 'SCHOLARSHIP_CHILD_TOO_OLD',
      reason: `The child is ${age}; scholarships end at ${ruleSet.scholarship.ageLimitYears}`,
    };
  }
  if (age < policy.scholarshipMinimumAge[child.schoolLevel]) {
    return {
      code: 'SCHOLARSHIP_CHILD_NOT_SCHOOL_AGE',
      reason: `The child is ${age}, younger than the school age for ${child.schoolLevel} (${policy.scholarshipMinimumAge[child.schoolLevel]})`,
    };
  }
  if (child.married) return { code: 'SCHOLARSHIP_CHILD_MARRIED', reason: 'The child is married' };
  if (child.working) return { code: 'SCHOLARSHIP_CHILD_WORKING', reason: 'The child is working' };
  if ((child.yearsAlreadyPaidAtLevel ?? 0) >= level.maxYears) {
    return {
      code: 'SCHOLARSHIP_LEVEL_EXHAUSTED',
      reason: `All ${level.maxYears} school years of ${child.schoolLevel} have been paid`,
    };
  }
  return undefined;
}

function assertChild(child: ChildInput, index: number, assessmentDate: LocalDate): void {
  const field = `children[${index}]`;
  assertLocalDate(child.birthDate, `${field}.birthDate`);
  if (isAfter(child.birthDate, assessmentDate)) {
    throw new DomainError(
      'CHILD_NOT_YET_BORN',
      'The child is born after the assessment date; pass the school year being claimed as scholarshipAssessmentDate',
      `${field}.birthDate`,
    );
  }
  if (!SCHOOL_LEVELS.includes(child.schoolLevel)) {
    throw new DomainError(
      'SCHOOL_LEVEL_INVALID',
      `'${String(child.schoolLevel)}' is not one of ${SCHOOL_LEVELS.join(', ')}`,
      `${field}.schoolLevel`,
    );
  }
  const paid = child.yearsAlreadyPaidAtLevel ?? 0;
  if (!Number.isSafeInteger(paid) || paid < 0) {
    throw new DomainError(
      'SCHOLARSHIP_YEARS_INVALID',
      'yearsAlreadyPaidAtLevel must be a whole number ≥ 0',
      `${field}.yearsAlreadyPaidAtLevel`,
    );
  }
}
