import { NotFoundError } from '@jaring/kernel';
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
 * assessment the same day, or every day, publishes nothing twice. An unknown sponsor is NotFoundError.
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
    if (!sponsor) throw new NotFoundError('SPONSOR_NOT_FOUND', `There is no sponsor ${sponsorId}`, 'sponsorId');

    let lapsesRecorded = 0;
    let warningsIssued = 0;
    for (const group of groups) {
      const decision = decideArrears(group, policy);
      if (decision.kind === 'lapse') {
        lapsesRecorded += await this.lapse(sponsor.sponsorId, sponsor.tenant, asOf, group, origin);
      } else if (decision.kind === 'warn') {
        if (await this.warn(sponsor.sponsorId, sponsor.tenant, asOf, group, decision, origin)) warningsIssued += 1;
      }
    }
    return { sponsorId, asOf, warningsIssued, lapsesRecorded };
  }

  /**
   * Lapses the group's workers, a chunk per transaction. Each chunk is decided again under the
   * sponsor's lock (which payments and credit spending take): the group was read without it, and a
   * payment that committed since may have paid some of these workers' months. Only workers whose
   * fresh run of unpaid months still lapses them are recorded, with that fresh run.
   */
  private async lapse(
    sponsorId: string,
    tenant: string,
    asOf: LocalDate,
    group: UnpaidRunGroup,
    origin: EventOrigin,
  ): Promise<number> {
    const policy = this.settings.arrears;
    let recorded = 0;
    for (let start = 0; start < group.workerIds.length; start += LAPSES_PER_TRANSACTION) {
      const chunk = group.workerIds.slice(start, start + LAPSES_PER_TRANSACTION);
      recorded += await this.store.transaction(async (tx) => {
        await tx.lockSponsor(sponsorId);
        const now = this.clock.now();
        let fresh = 0;
        for (const still of await tx.unpaidRuns(sponsorId, asOf, policy.lapseAfterConsecutiveUnpaidMonths + 1, chunk)) {
          const decision = decideArrears(still, policy);
          if (decision.kind !== 'lapse') continue;
          const lapsed = await tx.recordLapses(
            sponsorId,
            decision.lapsedFromMonth,
            decision.consecutiveUnpaidMonths,
            still.workerIds,
            now,
          );
          await tx.stage(
            lapsed.map((workerId) =>
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
          fresh += lapsed.length;
        }
        return fresh;
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
            lapsesAfter: contributionDueDate(decision.lapseMonth, this.settings.calendar, this.settings.ruleSets),
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
