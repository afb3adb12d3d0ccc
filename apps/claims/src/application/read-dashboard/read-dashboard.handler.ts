import {
  addMonths,
  BENEFIT_RULE_SETS,
  selectRuleSet,
  type ClaimStatus,
  type LocalDate,
  type Programme,
} from '../../domain';
import type { ClaimReads, DeadlineStanding, PayoutMonth } from '../ports/claim.reads';
import type { ClaimWorkflow } from '../shared/claim-workflow';
import type { ClaimsSettings } from '../shared/claims-settings';

/** Months of payouts a dashboard shows, this month included. */
export const DASHBOARD_PAYOUT_MONTHS = 12;

export interface ClaimsDashboard {
  asOf: LocalDate;
  byState: Array<{ programme: Programme; status: ClaimStatus; count: number }>;
  /** Each programme's claims against its payment deadline, with the rule (working days and citation) of today. */
  deadlines: Array<DeadlineStanding & { paymentWorkingDays: number; rule: string }>;
  payoutsPerMonth: PayoutMonth[];
}

/** The claims supervisor's overview of the caller's regencies. */
export class ReadDashboardHandler {
  constructor(
    private readonly reads: ClaimReads,
    private readonly workflow: ClaimWorkflow,
    private readonly settings: ClaimsSettings,
  ) {}

  async execute(): Promise<ClaimsDashboard> {
    const asOf = this.workflow.today();
    const fromMonth = addMonths(`${asOf.slice(0, 7)}-01`, 1 - DASHBOARD_PAYOUT_MONTHS).slice(0, 7);
    const [byState, standing, payoutsPerMonth] = await Promise.all([
      this.reads.countsByState(true),
      this.reads.deadlineStanding(asOf),
      this.reads.payoutsPerMonth(fromMonth, this.settings.policy.utcOffsetMinutes),
    ]);
    const { deadlines } = selectRuleSet(asOf, this.settings.policy.benefits.ruleSets ?? BENEFIT_RULE_SETS);
    const programmes: Programme[] = ['JKK', 'JKM'];
    return {
      asOf,
      byState,
      deadlines: programmes.map((programme) => ({
        programme,
        openOnTime: 0,
        openOverdue: 0,
        paidOnTime: 0,
        paidLate: 0,
        ...standing.find((row) => row.programme === programme),
        paymentWorkingDays: deadlines.paymentWorkingDays[programme].value,
        rule: deadlines.paymentWorkingDays[programme].rule,
      })),
      payoutsPerMonth,
    };
  }
}
