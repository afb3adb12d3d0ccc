import { aRegistration } from '../../domain/testing/enrolment.builders';
import { RecordDeathHandler } from '../record-death/record-death.handler';
import { RegisterWorkerHandler } from '../register-worker/register-worker.handler';
import { RetractDeathHandler } from '../retract-death/retract-death.handler';
import {
  FixedClock,
  InMemorySponsorRepository,
  InMemoryWorkerRepository,
  ORIGIN,
  TestReferenceData,
  SIX_MONTHS_GRACE,
} from '../testing/in-memory.ports';
import { RecordMembershipLapseHandler } from './record-membership-lapse.handler';

const TRANSACTION = { kind: 'transaction' } as const;

async function setup(enrolmentDate = '2025-09-01') {
  const workers = new InMemoryWorkerRepository();
  const clock = new FixedClock();
  const worker = await new RegisterWorkerHandler(
    new InMemorySponsorRepository(),
    workers,
    new TestReferenceData(),
    clock,
    SIX_MONTHS_GRACE,
  ).execute({
    tenant: '76.04',
    input: aRegistration().with({ enrolmentDate }).build(),
    actor: 'officer-1',
    origin: ORIGIN,
  });
  return {
    workers,
    workerId: worker.id,
    lapse: new RecordMembershipLapseHandler(workers, clock),
    death: new RecordDeathHandler(workers, clock),
    retraction: new RetractDeathHandler(workers, clock),
  };
}

const lapseOf = (workerId: string, tenant = '76.04') => ({
  workerId,
  tenant,
  lapsedFromMonth: '2026-06',
  consecutiveUnpaidMonths: 4,
  origin: { correlationId: 'billing-run', causationId: 'event-1' },
});

describe('consumed lifecycle events', () => {
  it("suspends an active worker from the first uncovered month, as billing's decision, in the consumer's transaction", async () => {
    const { workers, workerId, lapse } = await setup();
    expect(await lapse.execute(lapseOf(workerId), TRANSACTION)).toEqual({ suspended: true });
    expect(workers.transactionsSeen).toEqual([TRANSACTION]);
    expect(workers.workers.get(workerId)?.history.at(-1)).toMatchObject({
      from: 'active',
      to: 'suspended',
      actor: 'system:billing',
      effectiveDate: '2026-06-01',
      reason: 'membership lapsed: 4 consecutive unpaid months from 2026-06',
    });
    expect(workers.events.at(-1)).toMatchObject({ origin: { correlationId: 'billing-run', causationId: 'event-1' } });
  });

  it('leaves a worker who is not active as is, and says so', async () => {
    const { workers, workerId, lapse } = await setup();
    await lapse.execute(lapseOf(workerId));
    expect(await lapse.execute(lapseOf(workerId))).toEqual({ suspended: false, status: 'suspended' });
    expect(workers.eventTypes()).toEqual(['WorkerRegistered', 'WorkerStatusChanged']);
  });

  it('refuses an event from another tenant', async () => {
    const { workerId, lapse } = await setup();
    await expect(lapse.execute(lapseOf(workerId, '76.05'))).rejects.toMatchObject({ code: 'TENANT_MISMATCH' });
  });

  it('marks a suspended worker deceased from the date of death, once', async () => {
    const { workers, workerId, lapse, death } = await setup();
    await lapse.execute(lapseOf(workerId));
    const command = { workerId, tenant: '76.04', claimId: 'claim-9', dateOfDeath: '2026-09-10', origin: ORIGIN };
    expect(await death.execute(command)).toEqual({ recorded: true });
    expect(await death.execute(command)).toEqual({ recorded: false });
    expect(workers.workers.get(workerId)?.history.at(-1)).toMatchObject({
      from: 'suspended',
      to: 'deceased',
      actor: 'system:claims',
      effectiveDate: '2026-09-10',
      reason: 'death confirmed by claim claim-9',
    });
    expect(workers.eventTypes().filter((type) => type === 'WorkerStatusChanged')).toHaveLength(2);
  });

  it('refuses a death for a worker who was never covered (pending), so it reaches a person', async () => {
    const { workerId, death } = await setup('2026-03-01');
    await expect(
      death.execute({ workerId, tenant: '76.04', claimId: 'c', dateOfDeath: '2026-01-01', origin: ORIGIN }),
    ).rejects.toMatchObject({ code: 'WORKER_TRANSITION_ILLEGAL' });
  });

  it("restores a worker whose death its own claim disproved, once, in the consumer's transaction", async () => {
    const { workers, workerId, death, retraction } = await setup();
    await death.execute({ workerId, tenant: '76.04', claimId: 'claim-9', dateOfDeath: '2026-09-10', origin: ORIGIN });
    const retract = { workerId, tenant: '76.04', claimId: 'claim-9', reasonCode: 'WORKER_FOUND_ALIVE', origin: ORIGIN };
    expect(await retraction.execute(retract, TRANSACTION)).toEqual({
      kind: 'restore',
      status: 'active',
      effectiveDate: '2025-10-06',
    });
    expect(workers.workers.get(workerId)?.status).toBe('active');
    expect(workers.workers.get(workerId)?.history.at(-1)).toMatchObject({
      from: 'deceased',
      to: 'active',
      actor: 'system:claims',
      claimId: 'claim-9',
    });
    expect(await retraction.execute(retract)).toEqual({ kind: 'unchanged', reason: 'not-deceased' });
    expect(workers.eventTypes().filter((type) => type === 'WorkerStatusChanged')).toHaveLength(2);
  });

  it('leaves a death another claim confirmed as is, and says so', async () => {
    const { workers, workerId, death, retraction } = await setup();
    await death.execute({ workerId, tenant: '76.04', claimId: 'claim-9', dateOfDeath: '2026-09-10', origin: ORIGIN });
    expect(
      await retraction.execute({ workerId, tenant: '76.04', claimId: 'claim-5', reasonCode: 'OTHER', origin: ORIGIN }),
    ).toEqual({ kind: 'unchanged', reason: 'death-from-another-claim' });
    expect(workers.workers.get(workerId)?.status).toBe('deceased');
  });
});
