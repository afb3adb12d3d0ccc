import { ConflictError, DomainError, type Rupiah } from '@jaring/kernel';
import { calculateBenefits, type BenefitEngineOptions } from '../benefits/benefit.engine';
import { scholarshipCode } from '../benefits/benefit.codes';
import { BENEFIT_RULE_SETS } from '../benefits/pp82-2019.rule-set';
import { selectRuleSet } from '../benefits/rule-set.selector';
import { SCHOOL_LEVELS, type SchoolLevel } from '../benefits/benefit.types';
import type { ClaimSnapshot } from '../claim/claim.types';
import type { LocalDate } from '../shared/local-date.util';
import { assertSchoolYear, schoolYearOf, schoolYearStart, type SchoolYear } from './school-year';

/** One school year of one child already paid (or approved, or awaiting approval) on a death claim. */
export interface ScholarshipYearUsed {
  childId: string;
  schoolYear: SchoolYear;
  level: SchoolLevel;
  amount: Rupiah;
}

/** The child as claims' family projection knows it. */
export interface ScholarshipChildFacts {
  id: string;
  birthDate: LocalDate;
  married: boolean;
  working: boolean;
}

export interface ScholarshipYearQuery {
  claim: ClaimSnapshot;
  /** From the projections, as at the death claim's assessment. */
  basis: { declaredMonthlyIncome: Rupiah; contributionMonths: number; membershipStartDate?: LocalDate };
  child: ScholarshipChildFacts;
  schoolYear: SchoolYear;
  level: SchoolLevel;
  /** Every school year already used on this claim, including the death claim's own lines. */
  history: readonly ScholarshipYearUsed[];
}

export interface ScholarshipYearLine {
  code: string;
  amount: Rupiah;
  rule: string;
}

/**
 * A paid claim that opens scholarships (RULES.md §2, §4): a death (JKK or JKM) or a JKK total
 * permanent disability. Only once it was paid are later school years owed.
 */
function isPaidScholarshipClaim(claim: ClaimSnapshot): boolean {
  const outcome = claim.outcome?.details.type;
  const opens = claim.programme === 'JKM' || outcome === 'death' || outcome === 'total-disability';
  return opens && (claim.status === 'paid' || (claim.status === 'closed' && claim.resolution === 'paid'));
}

/**
 * The school years the death claim itself paid: its scholarship lines, each for the school year of
 * the day the children's ages were judged. A line without its child (assessed before lines named
 * the child) cannot be counted, so nothing more is paid on that claim until an officer sorts it out.
 */
export function scholarshipYearsPaidByClaim(claim: ClaimSnapshot): ScholarshipYearUsed[] {
  if (claim.resolution !== 'paid' || !claim.assessment) return [];
  const schoolYear = schoolYearOf(claim.assessment.scholarshipAssessmentDate ?? claim.incidentDate);
  return claim.assessment.payable
    .filter((line) => line.code.startsWith('SCHOLARSHIP_'))
    .map((line) => {
      if (!line.subject) {
        throw new DomainError(
          'SCHOLARSHIP_HISTORY_UNKNOWN',
          `The claim's line ${line.code} does not name its child; the years already paid cannot be counted`,
        );
      }
      return {
        childId: line.subject,
        schoolYear,
        level: line.code.split('_').at(-1) as SchoolLevel,
        amount: line.amount,
      };
    });
}

/**
 * One more school year for one child of a paid death or total-disability claim (RULES.md §4,
 * claimed per school year).
 * The benefit engine judges eligibility exactly as at the death claim (programme, 36 contribution
 * months for JKM, age on the school year's first day, school age, unmarried, not working, years of
 * the level left, taken from the history); on top: one payment per child and school year
 * (ConflictError), at most `maxChildren` children over the claim's life, and the per-child maximum
 * (the sum of every level's years: Rp87 jt under PP 82/2019).
 */
export function assessScholarshipYear(
  query: ScholarshipYearQuery,
  options: BenefitEngineOptions = {},
): ScholarshipYearLine {
  const { claim, child, history } = query;
  const schoolYear = assertSchoolYear(query.schoolYear);
  if (!SCHOOL_LEVELS.includes(query.level)) {
    throw new DomainError(
      'SCHOOL_LEVEL_INVALID',
      `'${String(query.level)}' is not one of ${SCHOOL_LEVELS.join(', ')}`,
      'level',
    );
  }
  if (!isPaidScholarshipClaim(claim)) {
    throw new DomainError(
      'SCHOLARSHIP_NEEDS_PAID_DEATH_CLAIM',
      'Later school years are requested on a death or total permanent disability claim once it was paid (RULES.md §4)',
    );
  }
  const ofChild = history.filter((used) => used.childId === child.id);
  if (ofChild.some((used) => used.schoolYear === schoolYear)) {
    throw new ConflictError(
      'SCHOLARSHIP_YEAR_ALREADY_CLAIMED',
      `School year ${schoolYear} of this child is already claimed`,
      'schoolYear',
    );
  }
  const ruleSet = selectRuleSet(claim.incidentDate, options.ruleSets ?? BENEFIT_RULE_SETS);
  const children = [...new Set(history.map((used) => used.childId))];
  if (!children.includes(child.id) && children.length >= ruleSet.scholarship.maxChildren) {
    throw new DomainError(
      'SCHOLARSHIP_CHILD_LIMIT',
      `Scholarships are paid for at most ${ruleSet.scholarship.maxChildren} children`,
      'childMemberId',
    );
  }
  const result = calculateBenefits(
    {
      programme: claim.programme,
      incidentDate: claim.incidentDate,
      declaredMonthlyIncome: query.basis.declaredMonthlyIncome,
      contributionMonths: query.basis.contributionMonths,
      ...(query.basis.membershipStartDate ? { membershipStartDate: query.basis.membershipStartDate } : {}),
      outcome: claim.programme === 'JKK' ? claim.outcome?.details : undefined,
      children: [
        {
          ...child,
          schoolLevel: query.level,
          yearsAlreadyPaidAtLevel: ofChild.filter((used) => used.level === query.level).length,
        },
      ],
      scholarshipAssessmentDate: schoolYearStart(schoolYear),
    },
    options,
  );
  const line = result.lines.find((candidate) => candidate.subject === child.id);
  if (!line) {
    const exclusion = result.exclusions.find((candidate) => candidate.code.startsWith('SCHOLARSHIP_'));
    throw new DomainError(
      exclusion?.code ?? 'SCHOLARSHIP_NOT_APPLICABLE',
      exclusion?.reason ?? 'No scholarship is due',
      'childMemberId',
    );
  }
  const perChildMaximum = Object.values(ruleSet.scholarship.levels).reduce(
    (sum, level) => sum + level.amountPerYear * level.maxYears,
    0,
  );
  const paid = ofChild.reduce((sum, used) => sum + used.amount, 0);
  if (paid + line.amount > perChildMaximum) {
    throw new DomainError(
      'SCHOLARSHIP_CHILD_MAXIMUM_REACHED',
      `Rp${paid.toLocaleString('en-US')} is already paid for this child; the maximum is Rp${perChildMaximum.toLocaleString('en-US')}`,
      'childMemberId',
    );
  }
  // The child keeps the place (1 or 2) it took first, so its lines read the same year after year.
  const place = children.includes(child.id) ? children.indexOf(child.id) + 1 : children.length + 1;
  return { code: scholarshipCode(place, query.level), amount: line.amount, rule: line.rule };
}
