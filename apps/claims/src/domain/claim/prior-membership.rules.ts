import { isBefore, type LocalDate } from '../shared/local-date.util';

/** BPJS Ketenagakerjaan membership before Jaring, as enrolment recorded it with its proof. */
export interface PriorMembership {
  bpjsMembershipStart: LocalDate;
  monthsPaid: number;
}

/**
 * RULES.md §3–4: the JKM scholarship's 36 months and the short-membership policy count the worker's
 * BPJS history, not only the months billed here. Contribution months add up; membership starts at
 * the earlier of the two starts.
 */
export function withPriorMembership(
  here: { contributionMonths: number; membershipStartDate: LocalDate },
  prior: PriorMembership | undefined,
): { contributionMonths: number; membershipStartDate: LocalDate } {
  if (!prior) return here;
  return {
    contributionMonths: here.contributionMonths + prior.monthsPaid,
    membershipStartDate: isBefore(prior.bpjsMembershipStart, here.membershipStartDate)
      ? prior.bpjsMembershipStart
      : here.membershipStartDate,
  };
}
