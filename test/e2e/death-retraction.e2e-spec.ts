import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { billMonth, enrolWorker, payInvoice } from '../support/e2e-steps';
import { type RunningServices, startServices } from '../support/service-harness';
import { baseUrlOf, waitFor } from '../support/test-environment';
import { bearer } from '../support/tokens';

let OFFICER: string;
let ENROLMENT_OFFICER: string;

describe('a disproved death across services: JKM death verified → deceased; rejected with the death disproved → active again', () => {
  let services: RunningServices;
  let enrolment: INestApplication;
  let billing: INestApplication;
  let claims: INestApplication;
  let workerId: string;
  let claimId: string;

  const act = (path: string, body: object = {}) =>
    request(baseUrlOf(claims)).post(path).set('Authorization', OFFICER).send(body);
  const workerStatus = async () =>
    (
      await request(baseUrlOf(enrolment))
        .get(`/v1/workers/${workerId}`)
        .set('Authorization', ENROLMENT_OFFICER)
        .expect(200)
    ).body;

  beforeAll(async () => {
    OFFICER = await bearer('officer-andi', 'claims-officer');
    ENROLMENT_OFFICER = await bearer('enrolment-1', 'enrolment-officer');
    services = await startServices(['enrolment', 'billing', 'claims'], {
      label: 'death_retraction',
      extra: { billing: { BILLING_SCHEDULE_INTERVAL_MS: '0' }, enrolment: { ACTIVATION_INTERVAL_MS: '0' } },
    });
    [enrolment, billing, claims] = [services.get('enrolment'), services.get('billing'), services.get('claims')];

    workerId = await enrolWorker(enrolment, { nik: '7604011205900003', fullName: 'Masih Hidup' });
    const invoice = await billMonth(billing, [workerId], '2026-03');
    await payInvoice(billing, invoice, 'bpkad-7604-death-retraction-e2e', '2026-03-10T10:00:00+08:00');
    await waitFor(
      () =>
        claims
          .get(DataSource)
          .query(`SELECT 1 FROM covered_month WHERE month = '2026-03' AND worker_id = $1`, [workerId])
          .then((rows) => rows.length === 1),
      { what: 'March covered in the claims projection' },
    );
  });

  afterAll(async () => {
    await services?.stop();
  });

  it('marks the worker deceased once the JKM death claim is verified', async () => {
    const reported = await act('/v1/claims/deaths', {
      workerId,
      dateOfDeath: '2026-03-25',
      causeOfDeath: 'stroke',
      deathCertificateNumber: '7604-KM-25032026-0099',
      reporter: { name: 'Kepala Desa' },
    }).expect(201);
    claimId = reported.body.id;
    const arranger = { nik: '7604014405700003', name: 'Kepala Desa' };
    await act(`/v1/claims/${claimId}/heirs`, {
      heirStatementMemberIds: [],
      funeralArranger: arranger,
      payeeId: arranger.nik,
    }).expect(200);
    const checklist = (
      await request(baseUrlOf(claims)).get(`/v1/claims/${claimId}/documents`).set('Authorization', OFFICER).expect(200)
    ).body as Array<{ accepts: string[] }>;
    await act(`/v1/claims/${claimId}/documents`, {
      documents: checklist.map((item) => ({ code: item.accepts[0] })),
    }).expect(200);
    await act(`/v1/claims/${claimId}/documents/complete`).expect(200);
    await act(`/v1/claims/${claimId}/verification`).expect(200);

    const deceased = await waitFor(
      async () => {
        const worker = await workerStatus();
        return worker.status === 'deceased' ? worker : undefined;
      },
      { what: 'enrolment to mark the worker deceased' },
    );
    expect(deceased.status).toBe('deceased');
  });

  it('refuses to disprove without a code, and restores the worker when the death is disproved', async () => {
    await act(`/v1/claims/${claimId}/rejection`, { reason: 'Forged certificate', deathDisproved: true }).expect(400);
    const rejected = await act(`/v1/claims/${claimId}/rejection`, {
      reason: 'The death certificate is forged: the worker came to the office in person',
      deathDisproved: true,
      disproofCode: 'DEATH_CERTIFICATE_FORGED',
    }).expect(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      deathConfirmation: { dateOfDeath: '2026-03-25', retraction: { code: 'DEATH_CERTIFICATE_FORGED' } },
    });

    const alive = await waitFor(
      async () => {
        const worker = await workerStatus();
        return worker.status === 'active' ? worker : undefined;
      },
      { what: 'enrolment to restore the worker' },
    );
    expect(alive.statusHistory.at(-1)).toMatchObject({ from: 'deceased', to: 'active', claimId });

    // Claims' and billing's projections follow enrolment's WorkerStatusChanged (and billing claims' DeathRetracted).
    const member = await waitFor(
      () =>
        claims
          .get(DataSource)
          .query(`SELECT status, deceased_on FROM member WHERE worker_id = $1`, [workerId])
          .then(([row]) => (row?.status === 'active' ? row : undefined)),
      { what: 'the claims projection to show the worker active' },
    );
    expect(member.deceased_on).toBeNull();
    const billed = await waitFor(
      () =>
        billing
          .get(DataSource)
          .query(`SELECT status, ended_on, death_date FROM worker_projection WHERE worker_id = $1`, [workerId])
          .then(([row]) => (row?.status === 'active' && row.death_date === null ? row : undefined)),
      { what: 'the billing projection to bill the worker again' },
    );
    expect(billed.ended_on).toBeNull();
  });
});
