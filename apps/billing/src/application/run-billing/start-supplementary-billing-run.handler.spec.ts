import { defaultCalendar } from '@jaring/calendar';
import { CONTRIBUTION_RULE_SETS } from '../../domain';
import type { BillingRunRecord, SponsorAccount, SupplementaryBillingState } from '../ports/billing-records';
import { BillingRunQueue } from '../ports/billing-run-queue';
import type { BillingSettings } from '../ports/billing-settings';
import { BillingStore, type BillingTransaction } from '../ports/billing-store';
import { Clock } from '../ports/clock';
import { StartSupplementaryBillingRunHandler } from './start-supplementary-billing-run.handler';

const SPONSOR: SponsorAccount = { sponsorId: 'sponsor-1', tenant: '76.04', sponsorType: 'APBD', name: null };

class InMemoryStore extends BillingStore {
  readonly inserted: BillingRunRecord[] = [];
  readonly restarted: string[] = [];
  constructor(private readonly state: SupplementaryBillingState) {
    super();
  }
  transaction<T>(work: (tx: BillingTransaction) => Promise<T>): Promise<T> {
    const tx: Partial<BillingTransaction> = {
      sponsor: async () => SPONSOR,
      supplementaryBillingState: async () => this.state,
      insertRunIfAbsent: async (run) => {
        this.inserted.push(run);
        return { run, created: true };
      },
      updateRun: async (runId) => {
        this.restarted.push(runId);
      },
    };
    return work(tx as BillingTransaction);
  }
  async exclusively<T>(_key: string, work: () => Promise<T>): Promise<{ ran: true; result: T }> {
    return { ran: true, result: await work() };
  }
}

class RecordingQueue extends BillingRunQueue {
  readonly queued: string[] = [];
  async enqueue(runId: string): Promise<void> {
    this.queued.push(runId);
  }
}

class FixedClock extends Clock {
  now = () => new Date('2026-03-10T02:00:00Z');
  today = () => '2026-03-10';
  startOf = () => new Date('2026-03-09T16:00:00Z');
}

const settings = { calendar: defaultCalendar, ruleSets: CONTRIBUTION_RULE_SETS } as unknown as BillingSettings;
const command = { sponsorId: SPONSOR.sponsorId, month: '2026-03', trigger: 'schedule', requestedBy: 'test' } as const;

function handlerWith(state: Partial<SupplementaryBillingState>) {
  const store = new InMemoryStore({
    mainRun: 'completed',
    openSupplementaryRun: undefined,
    unbilledWorkers: 0,
    ...state,
  });
  const queue = new RecordingQueue();
  return { store, queue, handler: new StartSupplementaryBillingRunHandler(store, queue, settings, new FixedClock()) };
}

describe('starting a supplementary billing run', () => {
  it('starts and queues a run of the day when workers are billable and not billed', async () => {
    const { store, queue, handler } = handlerWith({ unbilledWorkers: 2 });
    const outcome = await handler.execute(command);
    expect(outcome).toMatchObject({ decision: { action: 'start' }, started: true });
    expect(store.inserted).toEqual([
      expect.objectContaining({
        kind: 'supplementary',
        requestedOn: '2026-03-10',
        month: '2026-03',
        status: 'running',
      }),
    ]);
    expect(queue.queued).toEqual([store.inserted[0].id]);
  });

  it('does nothing when nobody is left to bill or the main run has not completed', async () => {
    for (const state of [{ unbilledWorkers: 0 }, { mainRun: 'running' as const, unbilledWorkers: 5 }]) {
      const { store, queue, handler } = handlerWith(state);
      expect((await handler.execute(command)).started).toBe(false);
      expect([store.inserted, queue.queued]).toEqual([[], []]);
    }
  });

  it('restarts a failed supplementary run instead of making a second one', async () => {
    const failed = { id: 'run-1', status: 'failed' } as BillingRunRecord;
    const { store, queue, handler } = handlerWith({ openSupplementaryRun: failed, unbilledWorkers: 3 });
    const outcome = await handler.execute(command);
    expect(outcome).toMatchObject({ decision: { action: 'resume' }, started: true, run: { status: 'running' } });
    expect(store.inserted).toEqual([]);
    expect(store.restarted).toEqual(['run-1']);
    expect(queue.queued).toEqual(['run-1']);
  });
});
