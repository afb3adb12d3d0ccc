import { DEFAULT_ENROLMENT_WINDOW_POLICY } from '../../domain';
import { aRegistration } from '../../domain/testing/enrolment.builders';
import { RegisterWorkerHandler } from '../register-worker/register-worker.handler';
import {
  FixedClock,
  InMemoryBackdatedEnrolmentRepository,
  InMemorySponsorRepository,
  InMemoryWorkerRepository,
  ORIGIN,
  TestReferenceData,
} from '../testing/in-memory.ports';
import { BackdatedEnrolmentHandlers } from './backdated-enrolment.handlers';

function setup() {
  const workers = new InMemoryWorkerRepository();
  const requests = new InMemoryBackdatedEnrolmentRepository();
  const clock = new FixedClock(); // 2026-01-15: the window starts on 2026-01-01
  const register = new RegisterWorkerHandler(
    new InMemorySponsorRepository(),
    workers,
    new TestReferenceData(),
    clock,
    DEFAULT_ENROLMENT_WINDOW_POLICY,
  );
  const handlers = new BackdatedEnrolmentHandlers(requests, register, clock, DEFAULT_ENROLMENT_WINDOW_POLICY);
  const ask = (actor = 'officer-1', enrolmentDate = '2025-11-01') =>
    handlers.request({
      tenant: '76.04',
      input: aRegistration().with({ enrolmentDate }).build(),
      reason: 'daftar susulan',
      actor,
    });
  const decide = (id: string, actor: string, roles: string[] = ['enrolment-supervisor']) => ({
    id,
    reason: 'bukti kerja',
    actor,
    actorRoles: roles,
    origin: ORIGIN,
  });
  return { workers, requests, handlers, ask, decide };
}

async function failureOf(action: Promise<unknown>): Promise<unknown> {
  return action.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

describe('BackdatedEnrolment (maker-checker)', () => {
  it('keeps the request pending with no worker, then enrols the worker from the requested date on approval', async () => {
    const { workers, handlers, ask, decide } = setup();
    const asked = await ask();
    expect(asked).toMatchObject({ status: 'pending-backdating-approval', requestedBy: 'officer-1' });
    expect(workers.workers.size).toBe(0);

    const approved = await handlers.approve(decide(asked.id, 'supervisor-1'));
    expect(approved).toMatchObject({ status: 'approved', decision: { by: 'supervisor-1', reason: 'bukti kerja' } });
    const worker = workers.workers.get(approved.workerId!);
    expect(worker).toMatchObject({ enrolmentDate: '2025-11-01', coverageStartDate: '2025-11-01', status: 'active' });
    expect(workers.transactionsSeen).toHaveLength(1);
    expect(workers.eventTypes()).toEqual(['WorkerRegistered']);
  });

  it('refuses a decision by the officer who asked, by a non-supervisor, without a reason, or twice', async () => {
    const { handlers, ask, decide } = setup();
    const asked = await ask('supervisor-1');
    expect(await failureOf(handlers.approve(decide(asked.id, 'supervisor-1')))).toMatchObject({
      code: 'MAKER_CHECKER_VIOLATION',
    });
    expect(await failureOf(handlers.approve(decide(asked.id, 'officer-2', ['enrolment-officer'])))).toMatchObject({
      code: 'BACKDATING_APPROVER_REQUIRED',
    });
    expect(await failureOf(handlers.refuse({ ...decide(asked.id, 'supervisor-2'), reason: ' ' }))).toMatchObject({
      code: 'BACKDATING_REASON_REQUIRED',
    });
    await handlers.refuse(decide(asked.id, 'supervisor-2'));
    expect(await failureOf(handlers.approve(decide(asked.id, 'supervisor-3')))).toMatchObject({
      code: 'BACKDATED_ENROLMENT_ALREADY_DECIDED',
    });
  });

  it('refuses a request for a date inside the window, or an invalid registration, before anyone decides', async () => {
    const { ask, requests } = setup();
    expect(await failureOf(ask('officer-1', '2026-01-02'))).toMatchObject({ code: 'ENROLMENT_NOT_BACKDATED' });
    expect(await failureOf(ask('officer-1', '2025-01-01'))).toMatchObject({
      violations: [expect.objectContaining({ code: 'ENROLMENT_BEFORE_AGREEMENT' })],
    });
    expect(requests.requests.size).toBe(0);
  });
});
