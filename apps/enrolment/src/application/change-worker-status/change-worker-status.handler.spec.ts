import { IllegalTransitionError } from '../../domain';
import { aRegistration } from '../../domain/testing/enrolment.builders';
import { RegisterWorkerHandler } from '../register-worker/register-worker.handler';
import {
  FixedClock,
  InMemorySponsorRepository,
  InMemoryWorkerRepository,
  ORIGIN,
  TestReferenceData,
  SIX_MONTHS_GRACE,
} from '../testing/in-memory.ports';
import { ChangeWorkerStatusHandler } from './change-worker-status.handler';

async function activeWorker() {
  const workers = new InMemoryWorkerRepository();
  const clock = new FixedClock();
  const registered = await new RegisterWorkerHandler(
    new InMemorySponsorRepository(),
    workers,
    new TestReferenceData(),
    clock,
    SIX_MONTHS_GRACE,
  ).execute({
    tenant: '76.04',
    input: aRegistration().build(),
    actor: 'officer-1',
    origin: ORIGIN,
  });
  return { workers, clock, workerId: registered.id, handler: new ChangeWorkerStatusHandler(workers, clock) };
}

describe('ChangeWorkerStatus', () => {
  it('suspends with reason, actor, time and effective date, in the history and in WorkerStatusChanged', async () => {
    const { workers, workerId, handler } = await activeWorker();
    const worker = await handler.execute({
      workerId,
      action: 'suspend',
      reason: 'data under investigation',
      effectiveDate: '2026-01-10',
      actor: 'officer-2',
      origin: ORIGIN,
    });
    expect(worker.status).toBe('suspended');
    expect(worker.history.at(-1)).toEqual({
      from: 'active',
      to: 'suspended',
      reason: 'data under investigation',
      actor: 'officer-2',
      at: '2026-01-15T02:00:00.000Z',
      effectiveDate: '2026-01-10',
    });
    expect(workers.events.at(-1)).toMatchObject({
      definition: { type: 'WorkerStatusChanged' },
      payload: { from: 'active', to: 'suspended', actor: 'officer-2', changedAt: '2026-01-15T02:00:00.000Z' },
    });
  });

  it('takes today as the effective date when none is given, and walks suspend → reactivate → terminate', async () => {
    const { workers, workerId, handler } = await activeWorker();
    for (const action of ['suspend', 'reactivate', 'terminate'] as const) {
      await handler.execute({ workerId, action, reason: action, actor: 'o', origin: ORIGIN });
    }
    expect(workers.workers.get(workerId)?.status).toBe('terminated');
    expect(workers.events.slice(1).map((event) => (event.payload as { effectiveDate: string }).effectiveDate)).toEqual([
      '2026-01-15',
      '2026-01-15',
      '2026-01-15',
    ]);
  });

  it('refuses a transition the lifecycle forbids and publishes nothing', async () => {
    const { workers, workerId, handler } = await activeWorker();
    await expect(
      handler.execute({ workerId, action: 'reactivate', reason: 'x', actor: 'o', origin: ORIGIN }),
    ).rejects.toBeInstanceOf(IllegalTransitionError);
    expect(workers.eventTypes()).toEqual(['WorkerRegistered']);
  });

  it('answers WORKER_NOT_FOUND for an unknown worker', async () => {
    const { handler } = await activeWorker();
    await expect(
      handler.execute({ workerId: 'nobody', action: 'suspend', reason: 'x', actor: 'o', origin: ORIGIN }),
    ).rejects.toMatchObject({ code: 'WORKER_NOT_FOUND' });
  });
});
