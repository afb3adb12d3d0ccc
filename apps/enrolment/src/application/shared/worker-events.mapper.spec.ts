import { loadFixtureSealingKeyring, openSealed, validateEvent, WorkerRegisteredV2Event } from '@jaring/contracts';
import { buildEnvelope, sealEnvelope } from '../../../../../libs/messaging/src/event-factory';
import {
  aChild,
  anActiveWorker,
  aRegistration,
  aRegistrationContext,
  BY_OFFICER,
  TODAY,
} from '../../domain/testing/enrolment.builders';
import { KEMENDAGRI_REGENCY_CODES, Worker, type WorkerEvent } from '../../domain';
import { toOutboxEvents } from './worker-events.mapper';

const ORIGIN = { correlationId: 'c-1', causationId: 'c-1' };
const KEYRING = loadFixtureSealingKeyring();

/** Every event a worker's commands produce, mapped to its contract, passes the consumers' validation. */
describe('worker events → contracts', () => {
  const events: WorkerEvent[] = [];
  const registered = Worker.register({
    workerId: '5f0c2b1e-8a3d-4f6b-9c2e-1d7a8b9c0e11',
    input: aRegistration().build(),
    context: aRegistrationContext(),
    knownWorkers: [],
    ...BY_OFFICER,
  });
  events.push(...registered.events);
  const worker = registered.worker;
  events.push(
    ...worker.activate({ ...BY_OFFICER, effectiveDate: worker.coverageStartDate, reason: 'coverage started' }),
  );
  events.push(...worker.update({ occupation: 'nelayan' }, aRegistrationContext(), BY_OFFICER));
  events.push(
    ...worker.addFamilyMember(
      '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c02',
      aChild(),
      { regencyCodes: KEMENDAGRI_REGENCY_CODES, today: TODAY },
      BY_OFFICER,
    ),
  );
  events.push(...worker.suspend({ ...BY_OFFICER, effectiveDate: '2026-01-01', reason: 'lapsed' }));

  it.each(toOutboxEvents(events, ORIGIN).map((event) => [event.definition.type, event] as const))(
    '%s is a valid envelope',
    (_type, event) => {
      const envelope = sealEnvelope(buildEnvelope('enrolment', event), KEYRING);
      expect(validateEvent(JSON.parse(JSON.stringify(envelope)))).toMatchObject({ ok: true });
      expect(envelope).toMatchObject({
        aggregateId: worker.id,
        tenant: '76.04',
        correlationId: 'c-1',
        occurredAt: BY_OFFICER.at,
      });
    },
  );

  it('publishes in clear only what billing needs, and seals what a claim needs for claims', () => {
    const [registeredEvent] = toOutboxEvents(events, ORIGIN);
    const envelope = sealEnvelope(buildEnvelope('enrolment', registeredEvent), KEYRING);
    const { personalData, ...clear } = envelope.payload as Record<string, unknown>;
    expect(clear).toEqual({
      workerId: worker.id,
      sponsorId: aRegistrationContext().sponsor.id,
      declaredMonthlyIncome: 1_000_000,
      enrolmentDate: '2025-09-01',
      coverageStartDate: '2025-10-06',
      status: 'pending',
      probableDuplicateOf: [],
      flaggedAsProbableDuplicate: false,
    });
    expect(personalData).toMatch(/^seal1\.fixture\./);
    expect({ ...openSealed(WorkerRegisteredV2Event, envelope as never, KEYRING) }).toEqual({
      nik: '7604011205900001',
      fullName: 'Ahmad Contoh',
      birthDate: '1990-05-12',
      sex: 'M',
      addressLine: 'Dusun Contoh RT 001 RW 002',
      desaCode: '76.04.01.2002',
      occupation: 'ojek',
      phone: '+6281234567890',
      kk: { number: '7604010101200001', since: '2020-01-01' },
      payoutAccount: { bankCode: '002', accountNumber: '123456789012', holderName: 'Ahmad Contoh' },
    });
    expect(anActiveWorker().status).toBe('active');
  });
});
