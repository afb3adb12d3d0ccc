import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { billMonth, EXAMPLE_WORKER, payInvoice } from '../support/e2e-steps';
import { firstOfBusinessMonth } from '../support/business-dates';
import { type RunningServices, startServices } from '../support/service-harness';
import { baseUrlOf, waitFor } from '../support/test-environment';
import { bearer } from '../support/tokens';

/**
 * Issue 20 §2: a backdated enrolment does not insure a person after the accident by itself. Even
 * approved by an enrolment supervisor, coverage before the day of registration exists only for
 * months billed and paid: an accident two months before registration is not covered until billing
 * invoiced that month and the Pemkab paid it.
 */
describe('coverage before registration needs the month billed and paid (enrolment, billing, claims)', () => {
  let services: RunningServices;
  let enrolment: INestApplication;
  let billing: INestApplication;
  let claims: INestApplication;
  const month = firstOfBusinessMonth(2).slice(0, 7);

  beforeAll(async () => {
    services = await startServices(['enrolment', 'billing', 'claims'], {
      label: 'backdated_coverage',
      extra: {
        billing: { BILLING_SCHEDULE_INTERVAL_MS: '0' },
        enrolment: { ACTIVATION_INTERVAL_MS: '0', ENROLMENT_BACKDATING_GRACE_MONTHS: '0' },
      },
    });
    [enrolment, billing, claims] = [services.get('enrolment'), services.get('billing'), services.get('claims')];
  });

  afterAll(async () => {
    await services?.stop();
  });

  it('refuses an accident in a backdated month until that month is billed and paid', async () => {
    const enrolmentApi = () => request(baseUrlOf(enrolment));
    const asked = await enrolmentApi()
      .post('/v1/backdated-enrolments')
      .set('Authorization', await bearer('enrolment-dewi', 'enrolment-officer'))
      .send({ ...EXAMPLE_WORKER, nik: '7604011205900077', enrolmentDate: `${month}-01`, reason: 'Daftar susulan' })
      .expect(202);
    const approved = await enrolmentApi()
      .post(`/v1/backdated-enrolments/${asked.body.id}/approval`)
      .set('Authorization', await bearer('enrolment-intan', 'enrolment-supervisor'))
      .send({ reason: 'Bukti kerja dari kepala desa' })
      .expect(201);
    const workerId: string = approved.body.workerId;
    await waitFor(
      () =>
        claims
          .get(DataSource)
          .query('SELECT 1 FROM member WHERE worker_id = $1', [workerId])
          .then((rows) => rows.length === 1),
      { what: 'the backdated worker in the claims projection' },
    );

    const officer = await bearer('officer-andi', 'claims-officer');
    const claimsApi = () => request(baseUrlOf(claims));
    const reported = await claimsApi()
      .post('/v1/claims/accidents')
      .set('Authorization', officer)
      .send({
        workerId,
        incidentDate: `${month}-10`,
        place: 'Jl. Poros Polewali–Majene km 3',
        cause: 'Ojek jatuh',
        circumstances: { category: 'at-work', trafficAccident: false },
        reporter: { name: 'Ibu Contoh' },
      })
      .expect(201);
    const eligibilityNow = async () =>
      (await claimsApi().get(`/v1/claims/${reported.body.id}`).set('Authorization', officer).expect(200)).body
        .eligibility;
    const before = await eligibilityNow();
    expect(before).toMatchObject({ eligible: false });
    expect(before.reasons.map((reason: { code: string }) => reason.code)).toEqual(['MONTH_NOT_BILLED_YET']);

    const invoice = await billMonth(billing, [workerId], month);
    await payInvoice(billing, invoice, `bpkad-7604-backdated-${month}`, new Date().toISOString());
    const after = await waitFor(
      async () => {
        const eligibility = await eligibilityNow();
        return eligibility?.eligible ? eligibility : undefined;
      },
      { what: 'the paid month covering the accident' },
    );
    expect(after).toEqual({ eligible: true, reasons: [] });
  });
});
