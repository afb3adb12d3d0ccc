import { calculateBenefits } from '../benefits/benefit.engine';
import { withPriorMembership } from './prior-membership.rules';

describe('BPJS membership before Jaring (RULES.md §3–4)', () => {
  const here = { contributionMonths: 14, membershipStartDate: '2025-10-06' };

  it('adds the months paid before Jaring and starts membership at the earlier start', () => {
    expect(withPriorMembership(here, { bpjsMembershipStart: '2021-04-01', monthsPaid: 30 })).toEqual({
      contributionMonths: 44,
      membershipStartDate: '2021-04-01',
    });
    expect(withPriorMembership(here, undefined)).toEqual(here);
  });

  it('lets a JKM death reach the scholarship’s 36 months and escape the short-membership policy', () => {
    const child = { id: 'andi', birthDate: '2012-03-01', schoolLevel: 'SMP' as const, married: false, working: false };
    const jkm = (basis: { contributionMonths: number; membershipStartDate: string }) =>
      calculateBenefits({
        programme: 'JKM',
        incidentDate: '2025-11-20',
        declaredMonthlyIncome: 1_000_000,
        ...basis,
        children: [child],
      });
    const joinedHere = { contributionMonths: 2, membershipStartDate: '2025-10-06' };
    expect(jkm(joinedHere).total).toBe(10_000_000);
    const withHistory = withPriorMembership(joinedHere, { bpjsMembershipStart: '2021-04-01', monthsPaid: 40 });
    expect(jkm(withHistory).total).toBe(42_000_000 + 2_000_000);
  });
});
