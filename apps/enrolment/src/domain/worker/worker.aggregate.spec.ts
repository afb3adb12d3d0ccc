import { KEMENDAGRI_REGENCY_CODES } from '../regions/regency-codes.lookup';
import { ValidationFailedError } from '../shared/field-violation.types';
import {
  aChild,
  anActiveWorker,
  aPendingWorker,
  aRegistration,
  aRegistrationContext,
  aSpouse,
  BY_OFFICER,
  TODAY,
} from '../testing/enrolment.builders';
import { duplicateKey, DuplicateNikError } from './duplicate.rules';
import { validateRegistration } from './registration.rules';
import { duplicateLookupFor, Worker, type StatusChange } from './worker.aggregate';

const context = aRegistrationContext();
const familyContext = { regencyCodes: KEMENDAGRI_REGENCY_CODES, today: TODAY };
const BY_BILLING = { actor: 'system:billing', at: '2026-02-01T00:00:00.000Z' };
const BY_CLAIMS = { actor: 'system:claims', at: '2026-02-01T00:00:00.000Z' };

function change(effectiveDate: string, reason = 'test'): StatusChange {
  return { ...BY_BILLING, effectiveDate, reason };
}

function errorOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

describe('Worker.register', () => {
  it('enrols a pending worker covered from the later of PKS coverage start and enrolment date', () => {
    const { worker, events } = Worker.register({
      workerId: 'worker-1',
      input: aRegistration().build(),
      context,
      knownWorkers: [],
      ...BY_OFFICER,
    });
    expect(worker.status).toBe('pending');
    expect(worker.coverageStartDate).toBe('2025-10-06');
    expect(worker.history).toEqual([
      {
        from: null,
        to: 'pending',
        reason: 'enrolled',
        actor: 'officer-1',
        at: BY_OFFICER.at,
        effectiveDate: '2025-09-01',
      },
    ]);
    expect(events).toEqual([
      {
        type: 'WorkerRegistered',
        workerId: 'worker-1',
        tenant: '76.04',
        occurredAt: BY_OFFICER.at,
        actor: 'officer-1',
        worker: expect.objectContaining({
          workerId: 'worker-1',
          sponsorId: context.sponsor.id,
          tenant: '76.04',
          nik: '7604011205900001',
          phone: '+6281234567890',
          coverageStartDate: '2025-10-06',
          status: 'pending',
        }),
        flaggedAsProbableDuplicate: false,
        probableDuplicateOf: [],
      },
    ]);
  });

  it('starts coverage on the enrolment date when enrolled after the PKS coverage start', () => {
    expect(aPendingWorker(aRegistration().with({ enrolmentDate: '2026-01-10' }).build()).coverageStartDate).toBe(
      '2026-01-10',
    );
  });

  it('refuses invalid input with every violation', () => {
    const error = errorOf(() =>
      Worker.register({
        workerId: 'worker-1',
        input: aRegistration().with({ sex: 'F', occupation: 'pilot' }).build(),
        context,
        knownWorkers: [],
        ...BY_OFFICER,
      }),
    );
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect(error).toEqual(
      expect.objectContaining({
        code: 'REGISTRATION_INVALID',
        violations: [
          expect.objectContaining({ field: 'nik', code: 'NIK_SEX_MISMATCH' }),
          expect.objectContaining({ field: 'occupation', code: 'OCCUPATION_UNKNOWN' }),
        ],
      }),
    );
  });

  it('refuses a NIK already enrolled, naming the existing worker', () => {
    const input = aRegistration().build();
    const known = [{ workerId: 'worker-0', ...duplicateLookupFor(input) }];
    expect(
      errorOf(() => Worker.register({ workerId: 'worker-1', input, context, knownWorkers: known, ...BY_OFFICER })),
    ).toEqual(expect.objectContaining({ code: 'NIK_ALREADY_ENROLLED', details: { existingWorkerId: 'worker-0' } }));
  });

  it('enrols a probable duplicate but flags it for review', () => {
    const input = aRegistration().with({ nik: '7604011205900002' }).build();
    const known = [{ workerId: 'worker-0', nik: '7604011205900001', duplicateKey: duplicateKey(input) }];
    const { worker, events } = Worker.register({
      workerId: 'worker-1',
      input,
      context,
      knownWorkers: known,
      ...BY_OFFICER,
    });
    expect(worker.flaggedAsProbableDuplicate).toBe(true);
    expect(events[0]).toEqual(
      expect.objectContaining({ flaggedAsProbableDuplicate: true, probableDuplicateOf: ['worker-0'] }),
    );
  });

  it('looks duplicates up by the same key the validated registration gets', () => {
    const input = aRegistration().with({ fullName: '  H.  Ahmad   Contoh ', nik: ' 7604011205900001 ' }).build();
    const worker = aPendingWorker(input);
    expect(duplicateLookupFor(input)).toEqual({ nik: worker.nik, duplicateKey: worker.duplicateKey });
  });
});

describe('Worker.registerValidated (a registration validated once, as bulk imports do)', () => {
  const input = aRegistration().with({ fullName: '  Ahmad   Contoh ', phone: '0812 3456 7890' }).build();
  const checked = validateRegistration(input, context);
  if (!checked.ok) throw new Error('the builder must produce a valid registration');

  it('enrols exactly as register does with the raw input', () => {
    const fromInput = Worker.register({ workerId: 'w', input, context, knownWorkers: [], ...BY_OFFICER });
    const fromValidated = Worker.registerValidated({
      workerId: 'w',
      registration: checked.value,
      context,
      knownWorkers: [],
      ...BY_OFFICER,
    });
    expect(fromValidated.worker.toSnapshot()).toEqual(fromInput.worker.toSnapshot());
    expect(fromValidated.events).toEqual(fromInput.events);
  });

  it('still refuses a known NIK and flags a probable duplicate', () => {
    const known = { workerId: 'stored', nik: checked.value.nik, duplicateKey: duplicateKey(checked.value) };
    const params = { workerId: 'w', registration: checked.value, context, ...BY_OFFICER };
    expect(errorOf(() => Worker.registerValidated({ ...params, knownWorkers: [known] }))).toBeInstanceOf(
      DuplicateNikError,
    );
    const { worker } = Worker.registerValidated({ ...params, knownWorkers: [{ ...known, nik: '7604011205900009' }] });
    expect(worker.flaggedAsProbableDuplicate).toBe(true);
  });
});

describe('Worker lifecycle', () => {
  it('activates a pending worker from the coverage start date', () => {
    const worker = aPendingWorker();
    expect(worker.activate({ ...BY_OFFICER, effectiveDate: '2025-10-06', reason: 'coverage started' })).toEqual([
      {
        type: 'WorkerStatusChanged',
        workerId: 'worker-1',
        tenant: '76.04',
        occurredAt: BY_OFFICER.at,
        actor: 'officer-1',
        from: 'pending',
        to: 'active',
        effectiveDate: '2025-10-06',
        reason: 'coverage started',
      },
    ]);
    expect(worker.status).toBe('active');
  });

  it('refuses activation before coverage starts', () => {
    expect(errorOf(() => aPendingWorker().activate(change('2025-10-05')))).toEqual(
      expect.objectContaining({ code: 'WORKER_ACTIVATION_TOO_EARLY', field: 'effectiveDate' }),
    );
  });

  it('goes active → suspended → active → terminated, recording each step', () => {
    const worker = anActiveWorker();
    worker.suspend(change('2026-02-01', 'contributions unpaid for more than 3 months'));
    worker.reactivate(change('2026-03-10', 'arrears paid'));
    worker.terminate(change('2026-06-30', 'left the programme'));
    expect(worker.status).toBe('terminated');
    expect(worker.history.map((entry) => [entry.from, entry.to, entry.effectiveDate, entry.reason])).toEqual([
      [null, 'pending', '2025-09-01', 'enrolled'],
      ['pending', 'active', '2025-10-06', 'coverage started'],
      ['active', 'suspended', '2026-02-01', 'contributions unpaid for more than 3 months'],
      ['suspended', 'active', '2026-03-10', 'arrears paid'],
      ['active', 'terminated', '2026-06-30', 'left the programme'],
    ]);
  });

  it('records a death confirmed by a claim, effective on the date of death', () => {
    const worker = anActiveWorker();
    const events = worker.recordDeath({
      ...BY_BILLING,
      actor: 'system:claims',
      dateOfDeath: '2026-01-20',
      claimId: 'claim-7',
    });
    expect(events).toEqual([
      expect.objectContaining({
        from: 'active',
        to: 'deceased',
        effectiveDate: '2026-01-20',
        reason: 'death confirmed by claim claim-7',
      }),
    ]);
  });

  it('records the death of a suspended worker even when it happened before the suspension', () => {
    const worker = anActiveWorker();
    worker.suspend(change('2026-03-01', 'lapsed'));
    worker.recordDeath({ ...BY_BILLING, dateOfDeath: '2026-02-10', claimId: 'claim-8' });
    expect(worker.status).toBe('deceased');
  });

  it('keeps the claim id on the death entry of the history', () => {
    const worker = anActiveWorker();
    worker.recordDeath({ ...BY_CLAIMS, dateOfDeath: '2026-01-20', claimId: 'claim-7' });
    expect(worker.history.at(-1)).toMatchObject({ to: 'deceased', claimId: 'claim-7' });
  });

  it('undoes a death retracted by the claim that confirmed it: back to active, with the history kept', () => {
    const worker = anActiveWorker();
    worker.recordDeath({ ...BY_CLAIMS, dateOfDeath: '2026-01-20', claimId: 'claim-7' });
    const retractedAt = { actor: 'system:claims', at: '2026-02-15T02:00:00.000Z' };
    const events = worker.retractDeath({ ...retractedAt, claimId: 'claim-7', reasonCode: 'DEATH_CERTIFICATE_FORGED' });
    expect(worker.status).toBe('active');
    expect(events).toEqual([
      {
        type: 'WorkerStatusChanged',
        workerId: worker.id,
        tenant: '76.04',
        occurredAt: retractedAt.at,
        actor: 'system:claims',
        from: 'deceased',
        to: 'active',
        effectiveDate: '2025-10-06',
        reason: 'death retracted by claim claim-7: DEATH_CERTIFICATE_FORGED',
      },
    ]);
    expect(worker.history.map((entry) => [entry.from, entry.to, entry.claimId])).toEqual([
      [null, 'pending', undefined],
      ['pending', 'active', undefined],
      ['active', 'deceased', 'claim-7'],
      ['deceased', 'active', 'claim-7'],
    ]);
    // Alive again: the worker's details can change and a later death can be recorded.
    expect(worker.suspend(change('2026-03-01', 'lapsed'))).toHaveLength(1);
  });

  it('puts a worker who died while lapsed back to suspended', () => {
    const worker = anActiveWorker();
    worker.suspend(change('2026-01-01', 'lapsed'));
    worker.recordDeath({ ...BY_CLAIMS, dateOfDeath: '2026-01-20', claimId: 'claim-7' });
    worker.retractDeath({ ...BY_CLAIMS, claimId: 'claim-7', reasonCode: 'WORKER_FOUND_ALIVE' });
    expect(worker.status).toBe('suspended');
    expect(worker.history.at(-1)).toMatchObject({ from: 'deceased', to: 'suspended', effectiveDate: '2026-01-01' });
  });

  it('refuses a retraction by another claim or for a living worker, and changes nothing', () => {
    const deceased = anActiveWorker();
    deceased.recordDeath({ ...BY_CLAIMS, dateOfDeath: '2026-01-20', claimId: 'claim-7' });
    const living = anActiveWorker();
    for (const worker of [deceased, living]) {
      const before = worker.history.length;
      expect(errorOf(() => worker.retractDeath({ ...BY_CLAIMS, claimId: 'claim-8', reasonCode: 'OTHER' }))).toEqual(
        expect.objectContaining({ code: 'DEATH_RETRACTION_NOT_APPLICABLE' }),
      );
      expect(worker.history).toHaveLength(before);
    }
    expect(deceased.status).toBe('deceased');
  });

  it('lets a pending enrolment be withdrawn', () => {
    const worker = aPendingWorker();
    worker.terminate(change('2025-09-15', 'registered by mistake'));
    expect(worker.status).toBe('terminated');
  });

  it.each([
    ['suspend a pending worker', (w: Worker) => w.suspend(change('2025-11-01'))],
    ['reactivate a pending worker', (w: Worker) => w.reactivate(change('2025-11-01'))],
    [
      'record the death of a pending worker',
      (w: Worker) => w.recordDeath({ ...BY_BILLING, dateOfDeath: '2025-11-01', claimId: 'c' }),
    ],
  ])('refuses to %s', (_what, action) => {
    const worker = aPendingWorker();
    expect(errorOf(() => action(worker))).toEqual(
      expect.objectContaining({ code: 'WORKER_TRANSITION_ILLEGAL', field: 'status' }),
    );
    expect(worker.status).toBe('pending');
    expect(worker.history).toHaveLength(1);
  });

  it('refuses to activate an active worker or reactivate one that is not suspended', () => {
    const worker = anActiveWorker();
    expect(errorOf(() => worker.activate(change('2025-11-01')))).toEqual(
      expect.objectContaining({
        code: 'WORKER_TRANSITION_ILLEGAL',
        message: 'a worker who is active cannot become active; allowed: suspended, terminated, deceased',
        details: { from: 'active', to: 'active' },
      }),
    );
    expect(errorOf(() => worker.reactivate(change('2025-11-01')))).toEqual(
      expect.objectContaining({ code: 'WORKER_TRANSITION_ILLEGAL' }),
    );
  });

  it('treats terminated and deceased as final', () => {
    const terminated = anActiveWorker();
    terminated.terminate(change('2026-01-31', 'left'));
    const deceased = anActiveWorker();
    deceased.recordDeath({ ...BY_BILLING, dateOfDeath: '2026-01-20', claimId: 'claim-7' });

    for (const worker of [terminated, deceased]) {
      for (const action of [
        () => worker.reactivate(change('2026-02-01')),
        () => worker.terminate(change('2026-02-01')),
        () => worker.suspend(change('2026-02-01')),
        () => worker.recordDeath({ ...BY_BILLING, dateOfDeath: '2026-01-25', claimId: 'claim-9' }),
      ]) {
        expect(errorOf(action)).toEqual(expect.objectContaining({ code: 'WORKER_STATUS_TERMINAL' }));
      }
    }
  });

  it('requires a reason and a real effective date', () => {
    const worker = anActiveWorker();
    expect(errorOf(() => worker.suspend(change('2026-02-01', '  ')))).toEqual(
      expect.objectContaining({ code: 'REASON_REQUIRED' }),
    );
    expect(errorOf(() => worker.suspend(change('2026-02-30')))).toEqual(
      expect.objectContaining({ code: 'DATE_INVALID' }),
    );
    expect(worker.status).toBe('active');
  });

  it('refuses a date of death before the birth date', () => {
    expect(
      errorOf(() => anActiveWorker().recordDeath({ ...BY_BILLING, dateOfDeath: '1980-01-01', claimId: 'c' })),
    ).toEqual(expect.objectContaining({ code: 'DEATH_BEFORE_BIRTH' }));
  });

  it('survives a round trip through its snapshot', () => {
    const worker = anActiveWorker();
    const restored = Worker.fromSnapshot(worker.toSnapshot());
    restored.suspend(change('2026-02-01', 'lapsed'));
    expect(restored.history).toHaveLength(3);
    expect(worker.status).toBe('active');
  });
});

describe('Worker.update', () => {
  it('changes details and names the changed fields', () => {
    const worker = anActiveWorker();
    const events = worker.update(
      { addressLine: 'Jl. Baru 5', phone: '+62 813 1111 2222', declaredMonthlyIncome: 1_500_000 },
      context,
      BY_OFFICER,
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'WorkerUpdated',
        changedFields: ['addressLine', 'phone', 'declaredMonthlyIncome'],
        worker: expect.objectContaining({ addressLine: 'Jl. Baru 5', phone: '+6281311112222', status: 'active' }),
      }),
    ]);
  });

  it('returns no event when nothing changed', () => {
    expect(
      anActiveWorker().update({ phone: '+62 812 3456 7890', fullName: 'Ahmad  Contoh' }, context, BY_OFFICER),
    ).toEqual([]);
  });

  it('removes an optional detail given as empty', () => {
    const worker = anActiveWorker();
    expect(worker.update({ phone: '' }, context, BY_OFFICER)).toEqual([
      expect.objectContaining({ changedFields: ['phone'] }),
    ]);
    expect(worker.toSnapshot()).not.toHaveProperty('phone');
  });

  it('keeps the NIK: a corrected birth date must still agree with it', () => {
    const worker = anActiveWorker();
    expect(errorOf(() => worker.update({ birthDate: '1990-05-13' }, context, BY_OFFICER))).toEqual(
      expect.objectContaining({
        code: 'REGISTRATION_INVALID',
        violations: [expect.objectContaining({ code: 'NIK_BIRTH_DATE_MISMATCH' })],
      }),
    );
  });

  it('recomputes the duplicate key when the name changes', () => {
    const worker = anActiveWorker();
    worker.update({ fullName: 'Ahmad Contoh Baru', payoutAccount: undefined }, context, BY_OFFICER);
    expect(worker.duplicateKey).toBe('76.04.01.2002|1990-05-12|ahmad contoh baru');
  });

  it('refuses changes to a deceased worker', () => {
    const worker = anActiveWorker();
    worker.recordDeath({ ...BY_BILLING, dateOfDeath: '2026-01-20', claimId: 'claim-7' });
    expect(errorOf(() => worker.update({ addressLine: 'Jl. Baru 5' }, context, BY_OFFICER))).toEqual(
      expect.objectContaining({ code: 'WORKER_STATUS_TERMINAL' }),
    );
  });
});

describe('Worker duplicate review', () => {
  it('clears the flag once an officer confirms distinct people', () => {
    const input = aRegistration().with({ nik: '7604011205900002' }).build();
    const known = [{ workerId: 'worker-0', nik: '7604011205900001', duplicateKey: duplicateKey(input) }];
    const { worker } = Worker.register({ workerId: 'worker-1', input, context, knownWorkers: known, ...BY_OFFICER });
    expect(worker.confirmNotDuplicate(BY_OFFICER)).toEqual([
      expect.objectContaining({ changedFields: ['probableDuplicateOf'] }),
    ]);
    expect(worker.flaggedAsProbableDuplicate).toBe(false);
    expect(errorOf(() => worker.confirmNotDuplicate(BY_OFFICER))).toEqual(
      expect.objectContaining({ code: 'WORKER_NOT_FLAGGED' }),
    );
  });
});

describe('Worker family', () => {
  it('adds members and returns the whole current family each time', () => {
    const worker = anActiveWorker();
    worker.addFamilyMember('m-1', aSpouse(), familyContext, BY_OFFICER);
    const events = worker.addFamilyMember('m-2', aChild(), familyContext, BY_OFFICER);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'FamilyChanged',
        kkNumber: '7604010101200001',
        change: { kind: 'added', memberId: 'm-2' },
        members: [
          expect.objectContaining({ memberId: 'm-1', relationship: 'spouse' }),
          expect.objectContaining({ memberId: 'm-2', relationship: 'child', married: false, working: false }),
        ],
      }),
    ]);
  });

  it('updates a child who starts working', () => {
    const worker = anActiveWorker();
    worker.addFamilyMember('m-2', aChild(), familyContext, BY_OFFICER);
    const [event] = worker.updateFamilyMember('m-2', { working: true }, familyContext, BY_OFFICER);
    expect(event).toEqual(
      expect.objectContaining({
        change: { kind: 'updated', memberId: 'm-2' },
        members: [expect.objectContaining({ working: true })],
      }),
    );
  });

  it('removes a member', () => {
    const worker = anActiveWorker();
    worker.addFamilyMember('m-1', aSpouse(), familyContext, BY_OFFICER);
    expect(worker.removeFamilyMember('m-1', BY_OFFICER)).toEqual([
      expect.objectContaining({ members: [], change: { kind: 'removed', memberId: 'm-1' } }),
    ]);
  });

  it('refuses an invalid member, an unknown member and a second member with the same NIK', () => {
    const worker = anActiveWorker();
    worker.addFamilyMember('m-1', aSpouse(), familyContext, BY_OFFICER);
    expect(
      errorOf(() => worker.addFamilyMember('m-2', aChild({ married: undefined }), familyContext, BY_OFFICER)),
    ).toEqual(expect.objectContaining({ code: 'FAMILY_MEMBER_INVALID' }));
    expect(errorOf(() => worker.removeFamilyMember('m-9', BY_OFFICER))).toEqual(
      expect.objectContaining({ code: 'FAMILY_MEMBER_NOT_FOUND' }),
    );
    expect(errorOf(() => worker.addFamilyMember('m-3', aSpouse(), familyContext, BY_OFFICER))).toEqual(
      expect.objectContaining({ violations: [expect.objectContaining({ code: 'FAMILY_MEMBER_ALREADY_LISTED' })] }),
    );
    expect(errorOf(() => worker.addFamilyMember('m-1', aChild(), familyContext, BY_OFFICER))).toEqual(
      expect.objectContaining({ code: 'FAMILY_MEMBER_ID_TAKEN' }),
    );
  });

  it('lets a member keep their own NIK when updated', () => {
    const worker = anActiveWorker();
    worker.addFamilyMember('m-1', aSpouse(), familyContext, BY_OFFICER);
    expect(worker.updateFamilyMember('m-1', { fullName: 'Nurhayati' }, familyContext, BY_OFFICER)).toHaveLength(1);
  });

  it('needs the worker’s KK before listing family, and keeps it while family is listed', () => {
    const withoutKk = aPendingWorker(aRegistration().without('kk').build());
    expect(errorOf(() => withoutKk.addFamilyMember('m-1', aSpouse(), familyContext, BY_OFFICER))).toEqual(
      expect.objectContaining({ code: 'KK_REQUIRED_FOR_FAMILY' }),
    );
    const withFamily = anActiveWorker();
    withFamily.addFamilyMember('m-1', aSpouse(), familyContext, BY_OFFICER);
    expect(errorOf(() => withFamily.update({ kk: { number: '', since: '' } }, context, BY_OFFICER))).toEqual(
      expect.objectContaining({ code: 'KK_REQUIRED_FOR_FAMILY' }),
    );
  });

  it('still accepts family changes after death: the family is the evidence for the heir', () => {
    const worker = anActiveWorker();
    worker.recordDeath({ ...BY_BILLING, dateOfDeath: '2026-01-20', claimId: 'claim-7' });
    expect(worker.addFamilyMember('m-1', aSpouse(), familyContext, BY_OFFICER)).toHaveLength(1);
  });
});
