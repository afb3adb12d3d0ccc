import type { ClaimReads } from '../ports/claim.reads';
import type { ClaimsMetrics } from '../ports/payout-trigger';
import type { ClaimWorkflow } from '../shared/claim-workflow';

/**
 * Finds claims still unpaid after their statutory deadline (PP 44/2015 art. 37(2): 7 working days
 * for JKK, 3 for JKM, from the complete claim) and counts each breach once.
 */
export class MonitorSlaHandler {
  constructor(
    private readonly reads: ClaimReads,
    private readonly workflow: ClaimWorkflow,
    private readonly metrics: ClaimsMetrics,
  ) {}

  async sweep(): Promise<number> {
    const breached = await this.reads.markSlaBreaches(this.workflow.today());
    const byProgramme = new Map<string, number>();
    for (const { programme } of breached) byProgramme.set(programme, (byProgramme.get(programme) ?? 0) + 1);
    for (const [programme, count] of byProgramme) this.metrics.slaBreached(programme, count);
    return breached.length;
  }
}
