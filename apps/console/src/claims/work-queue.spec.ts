import type { Claim, ClaimFlags } from './claim.types';
import { workQueue } from './work-queue';

const NO_FLAGS: ClaimFlags = {
  stageOneReportLate: false,
  stageTwoReportLate: false,
  claimExpired: false,
  workAccidentDecisionOverdue: false,
  paymentOverdue: false,
};

function claim(id: string, flags: Partial<ClaimFlags>, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    tenant: '76.04',
    programme: 'JKK',
    status: 'documents-complete',
    worker: { id: `worker-${id}`, name: `Pekerja ${id}` },
    incidentDate: '2026-11-20',
    reportedAt: '2026-11-21T01:00:00Z',
    flags: { ...NO_FLAGS, ...flags },
    assignedTo: null,
    ...extra,
  };
}

const ids = (claims: Claim[]) => claims.map((item) => item.id);

describe('the claims work queue', () => {
  // Monday 7 December 2026: two working days on is Wednesday the 9th.
  const today = '2026-12-07';

  it('puts overdue claims first, then those due within two working days, then the rest, earliest deadline first', () => {
    const queue = workQueue(
      [
        claim('later', { paymentDueOn: '2026-12-15' }),
        claim('wednesday', { paymentDueOn: '2026-12-09' }),
        claim('overdue-recent', { paymentDueOn: '2026-12-04', paymentOverdue: true }),
        claim('thursday', { paymentDueOn: '2026-12-10' }),
        claim('tomorrow', { workAccidentDecisionDueOn: '2026-12-08' }),
        claim('overdue-oldest', { paymentDueOn: '2026-11-30', paymentOverdue: true }),
        claim('decision-late', { workAccidentDecisionDueOn: '2026-12-01', workAccidentDecisionOverdue: true }),
      ],
      today,
    );
    expect(ids(queue.overdue)).toEqual(['overdue-oldest', 'decision-late', 'overdue-recent']);
    expect(ids(queue.dueSoon)).toEqual(['tomorrow', 'wednesday']);
    expect(ids(queue.rest)).toEqual(['thursday', 'later']);
  });

  it('counts working days past weekends: on Friday, Tuesday is due soon and Wednesday is not', () => {
    const queue = workQueue(
      [claim('tuesday', { paymentDueOn: '2026-12-08' }), claim('wednesday', { paymentDueOn: '2026-12-09' })],
      '2026-12-04',
    );
    expect(ids(queue.dueSoon)).toEqual(['tuesday']);
    expect(ids(queue.rest)).toEqual(['wednesday']);
  });

  it('leaves out paid and rejected claims, counts a claim in both worklists once and lists undated claims last', () => {
    const overdue = claim('overdue', { paymentDueOn: '2026-12-01', paymentOverdue: true });
    const queue = workQueue(
      [
        claim('undated-newer', {}, { reportedAt: '2026-12-05T00:00:00Z' }),
        claim('undated-older', {}, { reportedAt: '2026-12-01T00:00:00Z' }),
        overdue,
        { ...overdue, daysOverdue: 4 },
        claim('paid', { paymentDueOn: '2026-12-02' }, { resolution: 'paid' }),
        claim('rejected', {}, { resolution: 'rejected' }),
        claim('dated', { paymentDueOn: '2026-12-30' }),
      ],
      today,
    );
    expect(ids(queue.overdue)).toEqual(['overdue']);
    expect(queue.dueSoon).toEqual([]);
    expect(ids(queue.rest)).toEqual(['dated', 'undated-older', 'undated-newer']);
  });
});
