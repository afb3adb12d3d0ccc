import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { billMonth, enrolWorker, payInvoice } from '../support/e2e-steps';
import { type RunningServices, startServices } from '../support/service-harness';
import { baseUrlOf, waitFor } from '../support/test-environment';
import { bearer } from '../support/tokens';

/** Long enough to report the accident before the pass runs; short enough for a test. */
const DELAY_SECONDS = 20;

/** Today in Polewali Mandar (WITA, UTC+8). */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * Issue 20 point 1 through Kafka: a worker registered after the month's billing run has an
 * accident. Claims first says the month is not billed yet and when the supplementary invoice is
 * expected; billing's supplementary pass bills the worker after the configured delay
 * (WorkersBilled), so claims says billed and unpaid, naming the invoice; once the Pemkab pays it,
 * the coverage arrives and the accident is covered.
 */
describe('a worker registered after the month’s billing run has an accident (enrolment, billing, claims)', () => {
  let services: RunningServices;
  let enrolment: INestApplication;
  let billing: INestApplication;
  let claims: INestApplication;
  let officer: string;

  beforeAll(async () => {
    officer = await bearer('officer-andi', 'claims-officer');
    const delay = { SUPPLEMENTARY_BILLING_DELAY_SECONDS: String(DELAY_SECONDS) };
    services = await startServices(['enrolment', 'billing', 'claims'], {
      label: 'late_registration',
      extra: {
        billing: { BILLING_SCHEDULE_INTERVAL_MS: '0', ...delay },
        claims: delay,
        enrolment: { ACTIVATION_INTERVAL_MS: '0' },
      },
    });
    [enrolment, billing, claims] = [services.get('enrolment'), services.get('billing'), services.get('claims')];
  });

  afterAll(async () => services?.stop());

  /** The claim's reason for the incident month once it is `code` (or the claim once it is eligible). */
  const claimOnceIt = (claimId: string, accept: (eligibility: Record<string, any>) => boolean, what: string) =>
    waitFor(
      async () => {
        const claim = (
          await request(baseUrlOf(claims)).get(`/v1/claims/${claimId}`).set('Authorization', officer).expect(200)
        ).body;
        return claim.eligibility && accept(claim.eligibility) ? claim : undefined;
      },
      { what, timeoutMs: (DELAY_SECONDS + 60) * 1000 },
    );
  const reasonCode = (code: string) => (eligibility: Record<string, any>) =>
    eligibility.reasons.some((reason: { code: string }) => reason.code === code);

  it('says not billed yet (with when), then billed and unpaid (invoice, due date), then covered once paid', async () => {
    const month = today().slice(0, 7);
    const early = await enrolWorker(enrolment, { nik: '7604011205900011', fullName: 'Sudah Ditagih' });
    const main = await billMonth(billing, [early], month);
    expect(main.invoiceNumber).toBe(`JRG-7604-${month.replace('-', '')}-01`);

    const registeredAt = Date.now();
    const late = await enrolWorker(enrolment, {
      nik: '7604011205900012',
      fullName: 'Datang Terlambat',
      enrolmentDate: today(),
    });
    await waitFor(
      () =>
        claims
          .get(DataSource)
          .query('SELECT 1 FROM member WHERE worker_id = $1', [late])
          .then((rows) => rows.length === 1),
      { what: 'the late worker in the claims projection' },
    );
    const reported = await request(baseUrlOf(claims))
      .post('/v1/claims/accidents')
      .set('Authorization', officer)
      .send({
        workerId: late,
        incidentDate: today(),
        place: 'Jl. Poros Polewali–Majene km 12',
        cause: 'Ojek hit by a truck while carrying a passenger',
        circumstances: { category: 'at-work', trafficAccident: false },
        reporter: { name: 'Siti Aminah', relationship: 'wife' },
      })
      .expect(201);
    const claimId: string = reported.body.id;

    const notBilled = (await claimOnceIt(claimId, reasonCode('MONTH_NOT_BILLED_YET'), 'not billed yet')).eligibility
      .reasons[0];
    const expectedBilledBy = Date.parse(notBilled.details.expectedBilledBy);
    expect(expectedBilledBy - registeredAt).toBeGreaterThan((DELAY_SECONDS - 5) * 1000);
    expect(expectedBilledBy - registeredAt).toBeLessThan((DELAY_SECONDS + 15) * 1000);
    expect(notBilled.message).toContain('a supplementary invoice is expected by');

    const billed = await claimOnceIt(claimId, reasonCode('MONTH_BILLED_UNPAID'), 'billed and unpaid');
    const billedAfterMs = Date.now() - registeredAt;
    expect(billedAfterMs).toBeGreaterThanOrEqual(DELAY_SECONDS * 1000);
    const unpaid = billed.eligibility.reasons.find((reason: { code: string }) => reason.code === 'MONTH_BILLED_UNPAID');
    const supplementaryNumber = `JRG-7604-${month.replace('-', '')}-02`;
    expect(unpaid.details).toMatchObject({ month, invoiceNumber: supplementaryNumber, dueDate: expect.any(String) });

    const finance = await bearer('officer-finance', 'finance');
    const supplementary = (
      await request(baseUrlOf(billing))
        .get(`/v1/invoices/${supplementaryNumber}`)
        .set('Authorization', finance)
        .expect(200)
    ).body;
    expect(supplementary).toMatchObject({ kind: 'supplementary', lineCount: 1, dueDate: unpaid.details.dueDate });
    await payInvoice(billing, supplementary, 'bpkad-7604-e2e-late-0001', new Date().toISOString());

    const covered = await claimOnceIt(claimId, (eligibility) => eligibility.eligible === true, 'the accident covered');
    expect(covered.eligibility).toEqual({ eligible: true, reasons: [] });
  });
});
