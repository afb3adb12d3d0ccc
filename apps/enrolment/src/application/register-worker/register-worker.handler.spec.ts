import { loadFixtureSealingKeyring, validateEvent } from '@jaring/contracts';
import { buildEnvelope, sealEnvelope } from '../../../../../libs/messaging/src/event-factory';
import { DEFAULT_ENROLMENT_WINDOW_POLICY, DuplicateNikError, ValidationFailedError } from '../../domain';
import { aRegistration, aSponsor, makeNik } from '../../domain/testing/enrolment.builders';
import {
  FixedClock,
  InMemorySponsorRepository,
  InMemoryWorkerRepository,
  ORIGIN,
  TestReferenceData,
  SIX_MONTHS_GRACE,
} from '../testing/in-memory.ports';
import { COVERAGE_STARTED_AT_ENROLMENT } from './enrol-worker';
import { RegisterWorkerHandler } from './register-worker.handler';

function setup(today = '2026-01-15') {
  const workers = new InMemoryWorkerRepository();
  const clock = new FixedClock(new Date(`${today}T02:00:00.000Z`), today);
  const handler = new RegisterWorkerHandler(
    new InMemorySponsorRepository(),
    workers,
    new TestReferenceData(),
    clock,
    SIX_MONTHS_GRACE,
  );
  const register = (input = aRegistration().build()) =>
    handler.execute({ tenant: '76.04', input, actor: 'officer-7', origin: ORIGIN });
  return { workers, clock, register };
}

async function failureOf(action: Promise<unknown>): Promise<unknown> {
  return action.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

describe('RegisterWorker', () => {
  it('enrols a worker as active from the PKS coverage start when it has passed, publishing one WorkerRegistered', async () => {
    const { workers, register } = setup();
    const worker = await register();
    expect(worker.toSnapshot()).toMatchObject({ status: 'active', coverageStartDate: '2025-10-06', tenant: '76.04' });
    expect(worker.history.map((entry) => [entry.from, entry.to, entry.reason, entry.actor])).toEqual([
      [null, 'pending', 'enrolled', 'officer-7'],
      ['pending', 'active', COVERAGE_STARTED_AT_ENROLMENT, 'officer-7'],
    ]);
    expect(workers.eventTypes()).toEqual(['WorkerRegistered']);
    expect(workers.events[0]).toMatchObject({
      aggregateId: worker.id,
      tenant: '76.04',
      origin: ORIGIN,
      payload: {
        status: 'active',
        flaggedAsProbableDuplicate: false,
        // handed to the outbox in clear, which seals it to the event (ADR 0008)
        personalData: { nik: '7604011205900001', phone: '+6281234567890' },
      },
    });
  });

  it('publishes an event its consumers accept (the contract validates it)', async () => {
    const { workers, register } = setup();
    await register();
    const envelope = sealEnvelope(buildEnvelope('enrolment', workers.events[0]), loadFixtureSealingKeyring());
    expect(validateEvent(JSON.parse(JSON.stringify(envelope)))).toMatchObject({ ok: true });
  });

  it('keeps a worker pending until the coverage start, which is later than today', async () => {
    const { workers, register } = setup('2025-09-01');
    const worker = await register(aRegistration().with({ enrolmentDate: '2025-09-01' }).build());
    expect(worker.toSnapshot()).toMatchObject({ status: 'pending', coverageStartDate: '2025-10-06' });
    expect(workers.events[0].payload).toMatchObject({ status: 'pending' });
  });

  it("defaults the enrolment date to today and the income to the sponsor's basis", async () => {
    const { register } = setup('2026-01-15');
    const { declaredMonthlyIncome: _income, enrolmentDate: _date, ...input } = aRegistration().build();
    const worker = await register(input as never);
    expect(worker.toSnapshot()).toMatchObject({
      enrolmentDate: '2026-01-15',
      coverageStartDate: '2026-01-15',
      declaredMonthlyIncome: aSponsor().declaredIncomeBasis,
    });
  });

  it('rejects invalid input with every violation, and stores nothing', async () => {
    const { workers, register } = setup();
    const error = await failureOf(
      register(aRegistration().with({ nik: '123', occupation: 'pilot', desaCode: '76.05.01.2001' }).build()),
    );
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).violations.map((v) => v.field)).toEqual(['nik', 'desaCode', 'occupation']);
    expect(workers.workers.size).toBe(0);
  });

  it('refuses a NIK already enrolled with the existing id, and flags a probable duplicate', async () => {
    const { workers, register } = setup();
    const first = await register();
    const duplicate = await failureOf(
      register(aRegistration().with({ fullName: 'Nama Lain' }).without('payoutAccount').build()),
    );
    expect(duplicate).toBeInstanceOf(DuplicateNikError);
    expect((duplicate as DuplicateNikError).details).toEqual({ existingWorkerId: first.id });

    const probable = await register(
      aRegistration()
        .with({ nik: makeNik({ birthDate: '1990-05-12', sex: 'M', serial: '0042' }) })
        .build(),
    );
    expect(probable.toSnapshot().probableDuplicateOf).toEqual([first.id]);
    expect(workers.events[1].payload).toMatchObject({
      flaggedAsProbableDuplicate: true,
      probableDuplicateOf: [first.id],
    });
  });

  it('refuses an enrolment date before the current month unless a supervisor approved it (issue 20 §2)', async () => {
    const workers = new InMemoryWorkerRepository();
    const handler = new RegisterWorkerHandler(
      new InMemorySponsorRepository(),
      workers,
      new TestReferenceData(),
      new FixedClock(),
      DEFAULT_ENROLMENT_WINDOW_POLICY,
    );
    const input = aRegistration().with({ enrolmentDate: '2025-12-31' }).build();
    const refused = await failureOf(handler.execute({ tenant: '76.04', input, actor: 'o', origin: ORIGIN }));
    expect((refused as ValidationFailedError).violations).toEqual([
      expect.objectContaining({ field: 'enrolmentDate', code: 'ENROLMENT_DATE_BACKDATED' }),
    ]);
    expect(workers.workers.size).toBe(0);

    const approved = await handler.execute({
      tenant: '76.04',
      input,
      actor: 'o',
      origin: ORIGIN,
      backdatingApproved: true,
    });
    expect(approved.toSnapshot()).toMatchObject({ enrolmentDate: '2025-12-31', coverageStartDate: '2025-12-31' });
  });

  it('refuses a tenant without a sponsor, naming the field', async () => {
    const { workers } = setup();
    const handler = new RegisterWorkerHandler(
      new InMemorySponsorRepository(),
      workers,
      new TestReferenceData(),
      new FixedClock(),
      SIX_MONTHS_GRACE,
    );
    const error = await failureOf(
      handler.execute({ tenant: '73.01', input: aRegistration().build(), actor: 'o', origin: ORIGIN }),
    );
    expect(error).toMatchObject({ code: 'SPONSOR_NOT_FOUND', field: 'tenant' });
  });
});
