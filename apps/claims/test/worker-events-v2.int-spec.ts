import { randomUUID } from 'node:crypto';
import {
  FamilyChangedV2Event,
  generateSealingKeyFile,
  parseSealingKeyring,
  WorkerRegistered,
  WorkerRegisteredV2Event,
} from '@jaring/contracts';
import { DLT_HEADERS } from '@jaring/messaging';
import { waitFor } from '../../../test/support/test-environment';
import { aNik, ClaimsTestApp } from './support/claims-test-app';

/** The worker's identity, address and payout account as enrolment seals them in v2 (ADR 0008). */
function personalData(nik: string) {
  return {
    nik,
    fullName: 'Rahmat Sealed',
    birthDate: '1988-02-03',
    sex: 'M',
    desaCode: '76.04.01.2002',
    occupation: 'nelayan',
    addressLine: 'Dusun Pesisir RT 002 RW 001',
    payoutAccount: { bankCode: 'BRI', accountNumber: '998877665544', holderName: 'RAHMAT SEALED' },
  };
}

describe('claims reads worker events v2 (sealed personal data) and still v1', () => {
  const claims = new ClaimsTestApp('claims_worker_events_v2');

  beforeAll(async () => claims.start());
  afterAll(async () => claims.stop());

  const memberRow = (workerId: string) =>
    claims
      .query(
        `SELECT nik, full_name, birth_date::text AS birth_date, payout_bank_code, payout_account_number, payout_holder_name
           FROM member WHERE worker_id = $1`,
        [workerId],
      )
      .then((rows) => rows[0]);

  it('unseals a v2 registration and family: the member, its payout account and its possible heirs', async () => {
    const workerId = randomUUID();
    const nik = aNik();
    await claims.publishFixture(WorkerRegisteredV2Event, workerId, { workerId, personalData: personalData(nik) });
    const spouse = { memberId: randomUUID(), relationship: 'spouse', nik: aNik(), fullName: 'Nur Sealed' };
    await claims.publishFixture(FamilyChangedV2Event, workerId, {
      workerId,
      change: { kind: 'added', memberId: spouse.memberId },
      personalData: { kkNumber: '7604010101100007', members: [{ ...spouse, birthDate: '1990-01-01', sex: 'F' }] },
    });

    expect(await waitFor(() => memberRow(workerId), { what: 'the member projection' })).toEqual({
      nik,
      full_name: 'Rahmat Sealed',
      birth_date: '1988-02-03',
      payout_bank_code: 'BRI',
      payout_account_number: '998877665544',
      payout_holder_name: 'RAHMAT SEALED',
    });
    const heirs = await waitFor(
      async () => {
        const rows = await claims.query(`SELECT nik, full_name, relationship FROM family_member WHERE worker_id = $1`, [
          workerId,
        ]);
        return rows.length > 0 ? rows : undefined;
      },
      { what: 'the family projection' },
    );
    expect(heirs).toEqual([{ nik: spouse.nik, full_name: 'Nur Sealed', relationship: 'spouse' }]);
  });

  it('still applies v1 snapshots published before v2 (in clear)', async () => {
    const workerId = randomUUID();
    const nik = aNik();
    await claims.publishFixture(WorkerRegistered, workerId, { workerId, nik, fullName: 'Lama Clear' });
    expect(await waitFor(() => memberRow(workerId), { what: 'the member projection' })).toMatchObject({
      nik,
      full_name: 'Lama Clear',
    });
  });

  it('dead-letters, with the reason and no clear personal data, what it cannot unseal, and goes on', async () => {
    const rogue = parseSealingKeyring(generateSealingKeyFile('rogue-key'));
    const [unknownKey, moved, good] = [randomUUID(), randomUUID(), randomUUID()];
    const nik = aNik();
    const sealedWithUnknownKey = await claims.publishFixture(
      WorkerRegisteredV2Event,
      unknownKey,
      { workerId: unknownKey, personalData: personalData(nik) },
      { sealWith: rogue },
    );
    // Sealed to another worker's event, then copied into this one: authentication fails.
    const original = await claims.publishFixture(WorkerRegisteredV2Event, randomUUID(), {
      personalData: personalData(aNik()),
    });
    await claims.publishFixture(WorkerRegisteredV2Event, moved, {
      workerId: moved,
      personalData: (original.payload as { personalData: string }).personalData,
    });
    await claims.publishFixture(WorkerRegisteredV2Event, good, { workerId: good, personalData: personalData(aNik()) });

    const letterOf = async (workerId: string) =>
      waitFor(
        async () =>
          (await claims.deadLetters(WorkerRegisteredV2Event)).find((letter) => letter.key === workerId) ?? undefined,
        { what: `the dead letter of ${workerId}` },
      );
    const unknown = await letterOf(unknownKey);
    expect(unknown.headers).toMatchObject({
      [DLT_HEADERS.errorClass]: 'PermanentEventError',
      [DLT_HEADERS.consumer]: 'claims',
      [DLT_HEADERS.reason]: expect.stringMatching(/^UNKNOWN_KEY: .*rogue-key/),
    });
    expect(unknown.value).toBe(JSON.stringify(sealedWithUnknownKey));
    expect(`${unknown.value} ${JSON.stringify(unknown.headers)}`).not.toContain(nik);
    expect((await letterOf(moved)).headers[DLT_HEADERS.reason]).toMatch(/^NOT_AUTHENTIC: /);

    await waitFor(() => memberRow(good), { what: 'the valid event published after them' });
    expect(await memberRow(unknownKey)).toBeUndefined();
    expect(await memberRow(moved)).toBeUndefined();
  });
});
