import type { EventOrigin } from '@jaring/messaging';
import { contributionDueDate, decideArrears, type ArrearsDecision } from '../../domain';
import { monthRange, type LocalDate } from '@jaring/calendar';
import type { UnpaidRunGroup } from '../ports/billing-records';
import { BillingSettings } from '../ports/billing-settings';
import { BillingStore } from '../ports/billing-store';
import { Clock } from '../ports/clock';
import { arrearsWarning, membershipLapsed } from '../shared/billing-events';

/** Lapses recorded and staged per transaction: a regency-wide lapse is many thousands of events. */
const LAPSES_PER_TRANSACTION = 5_000;

export interface ArrearsAssessment {
  readonly sponsorId: string;
  readonly asOf: LocalDate;
  readonly warningsIssued: number;
  readonly lapsesRecorded: number;
}

/**
 * Checks one sponsor's arrears as of today (RULES.md §1, policy in BillingSettings.arrears): months
 * whose due date passed unpaid, counted per worker after their last paid month. From the warning
 * threshold the sponsor gets one ArrearsWarning per run of unpaid months and count (the finance
 * system's cue to pay before memberships lapse); beyond the lapse limit each still-active worker
 * gets one MembershipLapsed (enrolment suspends them). Both are recorded, so re-running the
 * assessment the same day, or every day, publishes nothing twice.
 */
export class AssessArrearsHandler {
  constructor(
    private readonly store: BillingStore,
    private readonly settings: BillingSettings,
    private readonly clock: Clock,
  ) {}

  async execute(sponsorId: string, origin: EventOrigin): Promise<ArrearsAssessment> {
    const asOf = this.clock.today();
    const policy = this.settings.arrears;
    const minimum = Math.min(policy.warnAtConsecutiveUnpaidMonths, policy.lapseAfterConsecutiveUnpaidMonths + 1);
    const { sponsor, groups } = await this.store.transaction(async (tx) => ({
      sponsor: await tx.sponsor(sponsorId),
      groups: await tx.unpaidRuns(sponsorId, asOf, minimum),
    }));
    if (!sponsor) return { sponsorId, asOf, warningsIssued: 0, lapsesRecorded: 0 };

    let lapsesRecorded = 0;
    let warningsIssued = 0;
    for (const group of groups) {
      const decision = decideArrears(group, policy);
      if (decision.kind === 'lapse') {
        lapsesRecorded += await this.lapse(sponsor.sponsorId, sponsor.tenant, group, decision, origin);
      } else if (decision.kind === 'warn') {
        if (await this.warn(sponsor.sponsorId, sponsor.tenant, asOf, group, decision, origin)) warningsIssued += 1;
      }
    }
    return { sponsorId, asOf, warningsIssued, lapsesRecorded };
  }

  private async lapse(
    sponsorId: string,
    tenant: string,
    group: UnpaidRunGroup,
    decision: Extract<ArrearsDecision, { kind: 'lapse' }>,
    origin: EventOrigin,
  ): Promise<number> {
    let recorded = 0;
    for (let start = 0; start < group.workerIds.length; start += LAPSES_PER_TRANSACTION) {
      const workerIds = group.workerIds.slice(start, start + LAPSES_PER_TRANSACTION);
      recorded += await this.store.transaction(async (tx) => {
        const now = this.clock.now();
        const fresh = await tx.recordLapses(
          sponsorId,
          decision.lapsedFromMonth,
          decision.consecutiveUnpaidMonths,
          workerIds,
          now,
        );
        await tx.stage(
          fresh.map((workerId) =>
            membershipLapsed(
              tenant,
              {
                workerId,
                sponsorId,
                lapsedFromMonth: decision.lapsedFromMonth,
                consecutiveUnpaidMonths: decision.consecutiveUnpaidMonths,
              },
              origin,
            ),
          ),
        );
        return fresh.length;
      });
    }
    return recorded;
  }

  private async warn(
    sponsorId: string,
    tenant: string,
    asOf: LocalDate,
    group: UnpaidRunGroup,
    decision: Extract<ArrearsDecision, { kind: 'warn' }>,
    origin: EventOrigin,
  ): Promise<boolean> {
    return this.store.transaction(async (tx) => {
      const fresh = await tx.recordArrearsWarning({
        sponsorId,
        firstUnpaidMonth: group.firstUnpaidMonth,
        consecutiveUnpaidMonths: decision.consecutiveUnpaidMonths,
        workersAtRisk: group.workerIds.length,
        at: this.clock.now(),
      });
      if (!fresh) return false;
      const overdue = (await tx.openInvoices(sponsorId)).filter(
        (invoice) =>
          invoice.month >= group.firstUnpaidMonth && invoice.month <= group.lastUnpaidMonth && invoice.dueDate < asOf,
      );
      await tx.stage([
        arrearsWarning(
          tenant,
          {
            sponsorId,
            asOf,
            consecutiveUnpaidMonths: decision.consecutiveUnpaidMonths,
            unpaidMonths: monthRange(group.firstUnpaidMonth, group.lastUnpaidMonth),
            lapseMonth: decision.lapseMonth,
            lapsesAfter: contributionDueDate(decision.lapseMonth, this.settings.calendar),
            workersAtRisk: group.workerIds.length,
            outstandingAmount: overdue.reduce((sum, invoice) => sum + invoice.total - invoice.paidAmount, 0),
          },
          origin,
        ),
      ]);
      return true;
    });
  }
}
