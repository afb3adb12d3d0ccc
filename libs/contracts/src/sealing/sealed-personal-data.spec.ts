import { WorkerRegisteredV2Event } from '../enrolment/events';
import type { WorkerPersonalDataV2 } from '../enrolment/worker-payloads.v2';
import { EVENT_CATALOGUE } from '../catalogue';
import type { EventEnvelope } from '../event-envelope';
import { loadFixture, loadFixtureSealingKeyring } from '../fixtures';
import { validateEvent } from '../validate-event';
import { openSealed } from './open-sealed';
import { generateSealingKeyFile, parseSealingKeyring, SealingKeyring, UnsealError } from './sealed-personal-data';

const PERSON: WorkerPersonalDataV2 = {
  nik: '7604011205900001',
  fullName: 'Contoh Pekerja',
  birthDate: '1990-05-12',
  sex: 'M',
  desaCode: '76.04.01.2002',
  occupation: 'ojek',
  addressLine: 'Dusun Contoh RT 001 RW 002',
  payoutAccount: { bankCode: 'BRI', accountNumber: '012301000123567', holderName: 'Contoh Pekerja' },
};

/** A registration of the fixture's worker, its personal data sealed with `keyring` to this very event. */
function registration(keyring: SealingKeyring, personal: object = PERSON): EventEnvelope<Record<string, unknown>> {
  const fixture = loadFixture(WorkerRegisteredV2Event) as unknown as EventEnvelope<Record<string, unknown>>;
  const event = { ...fixture, payload: { ...fixture.payload } };
  event.payload.personalData = keyring.seal(personal, event);
  return event;
}

function failureOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof UnsealError) return error.failure;
    throw error;
  }
  throw new Error('expected an UnsealError');
}

describe('sealed personal data in events (AES-256-GCM)', () => {
  const keyring = parseSealingKeyring(generateSealingKeyFile('test-a'));

  it('round trip: what enrolment seals, a holder of the key reads back whole and valid', () => {
    const event = registration(keyring);
    expect(validateEvent(event)).toMatchObject({ ok: true });
    expect({ ...openSealed(WorkerRegisteredV2Event, event as never, keyring) }).toEqual(PERSON);
  });

  it('leaves nothing personal in clear on the wire', () => {
    const wire = JSON.stringify(registration(keyring));
    for (const value of [PERSON.nik, PERSON.fullName, 'Dusun Contoh', '012301000123567', PERSON.birthDate]) {
      expect(wire).not.toContain(value);
    }
  });

  it('refuses altered ciphertext', () => {
    const event = registration(keyring);
    const sealed = event.payload.personalData as string;
    const last = sealed.at(-1) === 'A' ? 'B' : 'A';
    event.payload.personalData = `${sealed.slice(0, -1)}${last}`;
    expect(failureOf(() => openSealed(WorkerRegisteredV2Event, event as never, keyring))).toBe('NOT_AUTHENTIC');
  });

  it('refuses a sealed value moved to another event, worker or regency (bound as associated data)', () => {
    const original = registration(keyring);
    for (const moved of [
      { ...original, eventId: '0b6f3c8e-4d1a-4c55-9a57-2f9e8c1d7f99' },
      { ...original, aggregateId: '5f0c2b1e-8a3d-4f6b-9c2e-1d7a8b9c0e99' },
      { ...original, tenant: '76.05' },
      { ...original, eventType: 'WorkerUpdated' },
    ]) {
      expect(failureOf(() => openSealed(WorkerRegisteredV2Event, moved as never, keyring))).toBe('NOT_AUTHENTIC');
    }
  });

  it('names an unknown key id without any content, and a relabelled key id fails authentication', () => {
    const other = parseSealingKeyring(generateSealingKeyFile('test-b'));
    const event = registration(other);
    let message = '';
    try {
      openSealed(WorkerRegisteredV2Event, event as never, keyring);
    } catch (error) {
      message = (error as UnsealError).message;
      expect((error as UnsealError).failure).toBe('UNKNOWN_KEY');
    }
    expect(message).toContain('test-b');
    expect(message).not.toContain(PERSON.nik);
    // The same ciphertext claiming to be under a key the reader holds is still not authentic.
    event.payload.personalData = (event.payload.personalData as string).replace('seal1.test-b.', 'seal1.test-a.');
    expect(failureOf(() => openSealed(WorkerRegisteredV2Event, event as never, keyring))).toBe('NOT_AUTHENTIC');
  });

  it('refuses sealed contents that break the contract, naming the field only', () => {
    const event = registration(keyring, { ...PERSON, nik: '12345' });
    expect(() => openSealed(WorkerRegisteredV2Event, event as never, keyring)).toThrow(/INVALID|nik fails matches/);
    expect(failureOf(() => openSealed(WorkerRegisteredV2Event, event as never, keyring))).toBe('INVALID_CONTENTS');
  });

  it('rotates keys: a keyring with a new active key still reads values sealed with the old one', () => {
    const old = JSON.parse(generateSealingKeyFile('test-2026-01')) as { keys: Record<string, string> };
    const next = JSON.parse(generateSealingKeyFile('test-2026-07')) as { keys: Record<string, string> };
    const before = parseSealingKeyring(JSON.stringify({ active: 'test-2026-01', keys: old.keys }));
    const after = parseSealingKeyring(JSON.stringify({ active: 'test-2026-07', keys: { ...old.keys, ...next.keys } }));
    const sealedBefore = registration(before);
    const sealedAfter = registration(after);
    expect(sealedAfter.payload.personalData).toMatch(/^seal1\.test-2026-07\./);
    expect(openSealed(WorkerRegisteredV2Event, sealedBefore as never, after)).toMatchObject({ nik: PERSON.nik });
    expect(openSealed(WorkerRegisteredV2Event, sealedAfter as never, after)).toMatchObject({ nik: PERSON.nik });
  });

  it('refuses a key file without a usable active key, naming no key material', () => {
    expect(() => parseSealingKeyring('{"active":"k1","keys":{"k1":"c2hvcnQ="}}')).toThrow(/k1 must be 32 bytes/);
    expect(() => parseSealingKeyring('{"active":"k2","keys":{}}')).toThrow(/active sealing key k2 is not loaded/);
    expect(() => parseSealingKeyring('not json')).toThrow(/not JSON/);
    expect(() => new SealingKeyring('Bad Id', { 'Bad Id': Buffer.alloc(32) })).toThrow(/lower-case/);
  });

  it.each(EVENT_CATALOGUE.filter((definition) => definition.sealed))(
    '$type v$version: the fixture unseals with the fixture key into valid contents',
    (definition) => {
      const fixture = loadFixture(definition);
      expect(openSealed(definition as never, fixture as never, loadFixtureSealingKeyring())).toBeInstanceOf(
        definition.sealed?.contents,
      );
    },
  );
});
