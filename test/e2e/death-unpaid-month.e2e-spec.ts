import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { enrolWorker } from '../support/e2e-steps';
import { type RunningServices, startServices } from '../support/service-harness';
import { baseUrlOf, waitFor } from '../support/test-environment';
import { bearer } from '../support/tokens';

/**
 * Issue 20 point 4: a death whose claim is refused for an unpaid month is still a death. The
 * refused verification confirms it, enrolment marks the worker deceased and billing ends the
 * worker's billing, whatever the claim's outcome; a later accident report for the worker is refused.
 */
describe('a death refused for an unpaid month still ends the membership (enrolment, billing, claims)', () => {
  let services: RunningServices;
  let enrolment: INestApplication;
  let billing: INestApplication;
  let claims: INestApplication;
  let officer: string;
  let enrolmentOfficer: string;

  beforeAll(async () => {
    officer = await bearer('officer-andi', 'claims-officer');
    enrolmentOfficer = await bearer('enrolment-1', 'enrolment-officer');
    services = await startServices(['enrolment', 'billing', 'claims'], {
      label: 'death_unpaid',
      extra: { billing: { BILLING_SCHEDULE_INTERVAL_MS: '0' }, enrolment: { ACTIVATION_INTERVAL_MS: '0' } },
    });
    [enrolment, billing, claims] = [services.get('enrolment'), services.get('billing'), services.get('claims')];
  });

  afterAll(async () => {
    await services?.stop();
  });

  const act = (path: string, body: object = {}) =>
    request(baseUrlOf(claims)).post(path).set('Authorization', officer).send(body);

  it('refuses the verification (409), marks the worker deceased, stops billing and refuses a later accident', async () => {
    const workerId = await enrolWorker(enrolment, { nik: '7604011205900005', fullName: 'Tak Terbayar' });
    await waitFor(
      () =>
        claims
          .get(DataSource)
          .query('SELECT 1 FROM member WHERE worker_id = $1', [workerId])
          .then((rows) => rows.length === 1),
      { what: 'the worker in the claims projection' },
    );
    // No month is billed or paid: the death's month is not covered.
    const reported = await act('/v1/claims/deaths', {
      workerId,
      dateOfDeath: '2026-04-20',
      causeOfDeath: 'stroke',
      deathCertificateNumber: '7604-KM-20042026-0105',
      reporter: { name: 'Kepala Desa' },
    }).expect(201);
    const claimId: string = reported.body.id;
    const arranger = { nik: '7604014405700005', name: 'Kepala Desa' };
    await act(`/v1/claims/${claimId}/heirs`, {
      heirStatementMemberIds: [],
      funeralArranger: arranger,
      payeeId: arranger.nik,
    }).expect(200);
    const checklist = (
      await request(baseUrlOf(claims)).get(`/v1/claims/${claimId}/documents`).set('Authorization', officer).expect(200)
    ).body as Array<{ accepts: string[] }>;
    await act(`/v1/claims/${claimId}/documents`, {
      documents: checklist.map((item) => ({ code: item.accepts[0] })),
    }).expect(200);
    await act(`/v1/claims/${claimId}/documents/complete`).expect(200);

    const refused = await act(`/v1/claims/${claimId}/verification`).expect(409);
    expect(refused.body).toMatchObject({ error: 'CLAIM_NOT_ELIGIBLE', details: { reasons: 'MONTH_NOT_BILLED_YET' } });
    await act(`/v1/claims/${claimId}/rejection`, { reason: 'April 2026 was not paid' }).expect(200);

    const deceased = await waitFor(
      async () => {
        const worker = (
          await request(baseUrlOf(enrolment))
            .get(`/v1/workers/${workerId}`)
            .set('Authorization', enrolmentOfficer)
            .expect(200)
        ).body;
        return worker.status === 'deceased' ? worker : undefined;
      },
      { what: 'enrolment to mark the worker deceased' },
    );
    expect(deceased.status).toBe('deceased');
    const [projection] = await waitFor(
      () =>
        billing
          .get(DataSource)
          .query(`SELECT death_date::text AS "deathDate" FROM worker_projection WHERE worker_id = $1`, [workerId])
          .then((rows: Array<{ deathDate: string | null }>) => (rows[0]?.deathDate ? rows : undefined)),
      { what: 'billing to end the worker’s billing at the death' },
    );
    expect(projection.deathDate).toBe('2026-04-20');

    const accident = await act('/v1/claims/accidents', {
      workerId,
      incidentDate: '2026-05-02',
      place: 'Pasar Sentral Polewali',
      cause: 'Reported by mistake',
      circumstances: { category: 'at-work', trafficAccident: false },
      reporter: { name: 'Kepala Desa' },
    }).expect(409);
    expect(accident.body).toMatchObject({ error: 'WORKER_DECEASED', details: { deathClaimId: claimId } });
  });
});
