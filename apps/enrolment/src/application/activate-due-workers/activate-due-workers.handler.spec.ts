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
import { ActivateDueWorkersHandler, COVERAGE_STARTED } from './activate-due-workers.handler';

describe('ActivateDueWorkers', () => {
  it('activates pending workers on their coverage start, effective that day, and leaves the others pending', async () => {
    const workers = new InMemoryWorkerRepository();
    const clock = new FixedClock(new Date('2025-09-15T01:00:00.000Z'), '2025-09-15');
    const register = new RegisterWorkerHandler(
      new InMemorySponsorRepository(),
      workers,
      new TestReferenceData(),
      clock,
      SIX_MONTHS_GRACE,
    );
    const early = await register.execute({
      tenant: '76.04',
      input: aRegistration().build(),
      actor: 'o',
      origin: ORIGIN,
    });
    const later = await register.execute({
      tenant: '76.04',
      input: aRegistration()
        .bornOn('1988-03-03')
        .with({ fullName: 'Budi Contoh', enrolmentDate: '2025-11-01' })
        .without('payoutAccount')
        .build(),
      actor: 'o',
      origin: ORIGIN,
    });
    const activate = new ActivateDueWorkersHandler(workers, clock);
    expect(await activate.execute()).toBe(0);

    clock.day = '2025-10-06';
    clock.instant = new Date('2025-10-05T16:30:00.000Z'); // already the 6th in WITA
    expect(await activate.execute()).toBe(1);
    expect(workers.workers.get(early.id)?.history.at(-1)).toMatchObject({
      from: 'pending',
      to: 'active',
      reason: COVERAGE_STARTED,
      actor: 'system:enrolment',
      effectiveDate: '2025-10-06',
    });
    expect(workers.workers.get(later.id)?.status).toBe('pending');
    expect(workers.events.at(-1)).toMatchObject({
      definition: { type: 'WorkerStatusChanged' },
      payload: { from: 'pending', to: 'active' },
    });

    clock.day = '2025-12-01';
    expect(await activate.execute()).toBe(1);
    expect(workers.workers.get(later.id)?.history.at(-1)).toMatchObject({ to: 'active', effectiveDate: '2025-11-01' });
    expect(await activate.execute()).toBe(0);
  });
});
