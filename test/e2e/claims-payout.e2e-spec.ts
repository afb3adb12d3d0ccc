import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel } from 'kafkajs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { auditChainHead } from '@jaring/audit';
import { AuditChainHeadPublished } from '@jaring/contracts';
import { AuditHeadPublisher } from '@jaring/platform';
import { readWholeTopic } from '../../libs/messaging/src/kafka/topic-reader';
import { SandboxBank } from '../../apps/sandbox-bank/src/sandbox-bank';
import { billMonth, enrolWorker, payInvoice } from '../support/e2e-steps';
import { type RunningServices, startServices } from '../support/service-harness';
import { baseUrlOf, testKafkaBrokers, waitFor } from '../support/test-environment';
import { bearer } from '../support/tokens';

let MAKER: string;
let CHECKER: string;
let THIRD_OFFICER: string;

describe('claims across services: enrolled and paid for → accident claim paid by the bank; death confirmed → deceased', () => {
  const bank = new SandboxBank();
  let services: RunningServices;
  let enrolment: INestApplication;
  let billing: INestApplication;
  let claims: INestApplication;
  const workers: { injured?: string; deceased?: string } = {};

  const claimsApi = () => request(baseUrlOf(claims));
  const act = (path: string, body: object = {}, as = MAKER) =>
    claimsApi().post(path).set('Authorization', as).send(body);
  const claimOf = async (id: string) =>
    (await claimsApi().get(`/v1/claims/${id}`).set('Authorization', MAKER).expect(200)).body;
  const completeDocuments = async (claimId: string) => {
    const checklist = (await claimsApi().get(`/v1/claims/${claimId}/documents`).set('Authorization', MAKER).expect(200))
      .body as Array<{ accepts: string[] }>;
    await act(`/v1/claims/${claimId}/documents`, {
      documents: checklist.map((item) => ({ code: item.accepts[0] })),
    }).expect(200);
    await act(`/v1/claims/${claimId}/documents/complete`).expect(200);
  };

  beforeAll(async () => {
    [MAKER, CHECKER, THIRD_OFFICER] = [
      await bearer('officer-andi', 'claims-officer'),
      await bearer('officer-budi', 'claims-officer'),
      await bearer('officer-dewi', 'claims-officer'),
    ];
    const bankUrl = await bank.listen(0);
    services = await startServices(['enrolment', 'billing', 'claims'], {
      label: 'claims_e2e',
      extra: {
        billing: { BILLING_SCHEDULE_INTERVAL_MS: '0' },
        enrolment: { ACTIVATION_INTERVAL_MS: '0' },
        claims: { PAYOUT_BANK_URL: bankUrl, PAYOUT_POLL_INTERVAL_MS: '100', PAYOUT_BANK_TIMEOUT_MS: '2000' },
      },
    });
    [enrolment, billing, claims] = [services.get('enrolment'), services.get('billing'), services.get('claims')];
    bank.setWebhook(`${baseUrlOf(claims)}/v1/bank/notifications`);
  });

  afterAll(async () => {
    await services?.stop();
    await bank.close();
  });

  it('covers two enrolled workers in the claims projection once their March invoice is paid', async () => {
    workers.injured = await enrolWorker(enrolment, {
      payoutAccount: { bankCode: '002', accountNumber: '123401000123507', holderName: 'Contoh Pekerja' },
    });
    workers.deceased = await enrolWorker(enrolment, { nik: '7604011205900002', fullName: 'Kedua Pekerja' });
    const ids = [workers.injured, workers.deceased];
    const invoice = await billMonth(billing, ids, '2026-03');
    expect(invoice.totals.total).toBe(2 * 16_800);
    await payInvoice(billing, invoice, 'bpkad-7604-claims-e2e', '2026-03-10T10:00:00+08:00');

    const covered = await waitFor(
      () =>
        claims
          .get(DataSource)
          .query(`SELECT worker_id FROM covered_month WHERE month = '2026-03' AND worker_id = ANY($1)`, [ids])
          .then((rows) => (rows.length === 2 ? rows : undefined)),
      { what: 'March covered for both workers in the claims projection' },
    );
    expect(covered).toHaveLength(2);
  });

  it('pays the injured worker’s accident claim into the worker’s own account, once', async () => {
    const reported = await act('/v1/claims/accidents', {
      workerId: workers.injured,
      incidentDate: '2026-03-20',
      place: 'Jl. Poros Polewali–Majene km 12',
      cause: 'Ojek hit by a truck',
      circumstances: { category: 'at-work', trafficAccident: false },
      reporter: { name: 'Ibu Contoh' },
    }).expect(201);
    const claimId: string = reported.body.id;
    await act(`/v1/claims/${claimId}/stage-two`, {
      outcome: { type: 'temporary-disability', inabilityMonths: 2 },
      declaredOn: '2026-05-20',
    }).expect(200);
    await completeDocuments(claimId);
    await act(`/v1/claims/${claimId}/verification`).expect(200);
    const assessed = await act(`/v1/claims/${claimId}/assessment`).expect(200);
    expect(assessed.body.assessment.payableTotal).toBe(2_000_000);
    await act(`/v1/claims/${claimId}/approval`).expect(409); // the verifier cannot approve
    await act(`/v1/claims/${claimId}/approval`, {}, CHECKER).expect(200);

    const closed = await waitFor(
      async () => {
        const claim = await claimOf(claimId);
        return claim.status === 'closed' ? claim : undefined;
      },
      { what: 'the accident claim paid and closed' },
    );
    expect(closed).toMatchObject({ resolution: 'paid', payouts: [{ status: 'confirmed', amount: 2_000_000 }] });
    expect(bank.listTransfers()).toEqual([
      expect.objectContaining({
        amount: 2_000_000,
        beneficiary: { bankCode: '002', accountNumber: '123401000123507', name: 'Contoh Pekerja' },
      }),
    ]);
  });

  it('assesses an accident on the income its month was billed at, not on one raised the same day', async () => {
    // Today in the regency (WITA, UTC+8): the income raise takes effect on the day its event is published.
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const workerId = await enrolWorker(enrolment, { nik: '7604011205900003', fullName: 'Ketiga Pekerja' });
    const invoice = await billMonth(billing, [workerId], today.slice(0, 7));
    await payInvoice(billing, invoice, 'bpkad-7604-claims-e2e-income', new Date().toISOString());
    const projection = claims.get(DataSource);
    const [covered] = await waitFor(
      () =>
        projection
          .query(`SELECT declared_income FROM covered_month WHERE worker_id = $1 AND month = $2`, [
            workerId,
            today.slice(0, 7),
          ])
          .then((rows) => (rows.length > 0 ? rows : undefined)),
      { what: "this month's coverage, with its billed income, in the claims projection" },
    );
    expect(covered.declared_income).toBe('1000000');

    await request(baseUrlOf(enrolment))
      .patch(`/v1/workers/${workerId}`)
      .set('Authorization', await bearer('enrolment-1', 'enrolment-officer'))
      .send({ declaredMonthlyIncome: 20_700_000 })
      .expect(200);
    await waitFor(
      () =>
        projection
          .query(`SELECT 1 FROM member_income WHERE worker_id = $1 AND declared_monthly_income = 20700000`, [workerId])
          .then((rows) => rows.length > 0),
      { what: 'the raised income in the claims projection' },
    );

    const reported = await act('/v1/claims/accidents', {
      workerId,
      incidentDate: today,
      place: 'Pasar Wonomulyo',
      cause: 'Fell from a loading ramp',
      circumstances: { category: 'at-work', trafficAccident: false },
      reporter: { name: 'Ibu Ketiga' },
    }).expect(201);
    const claimId: string = reported.body.id;
    await act(`/v1/claims/${claimId}/stage-two`, {
      outcome: { type: 'temporary-disability', inabilityMonths: 2 },
      declaredOn: today,
    }).expect(200);
    await completeDocuments(claimId);
    await act(`/v1/claims/${claimId}/verification`).expect(200);
    const assessed = await act(`/v1/claims/${claimId}/assessment`).expect(200);
    expect(assessed.body.assessment.payableTotal).toBe(2 * 1_000_000);
  });

  it('pays a death claim only with three different officers: two cannot move the money', async () => {
    const workerId = await enrolWorker(enrolment, { nik: '7604011205900004', fullName: 'Keempat Pekerja' });
    const invoice = await billMonth(billing, [workerId], '2026-04');
    await payInvoice(billing, invoice, 'bpkad-7604-claims-e2e-four-eyes', '2026-04-10T10:00:00+08:00');
    await waitFor(
      () =>
        claims
          .get(DataSource)
          .query(`SELECT 1 FROM covered_month WHERE month = '2026-04' AND worker_id = $1`, [workerId])
          .then((rows) => rows.length > 0),
      { what: 'April covered in the claims projection' },
    );

    // Officer one (the maker) reports, chooses the payee (the funeral arranger: no heir), verifies, assesses.
    const reported = await act('/v1/claims/deaths', {
      workerId,
      dateOfDeath: '2026-04-20',
      causeOfDeath: 'drowned while fishing',
      deathCertificateNumber: '7604-KM-20042026-0011',
      reporter: { name: 'Kepala Desa' },
    }).expect(201);
    const claimId: string = reported.body.id;
    const arranger = { nik: '7604015507750002', name: 'Hasnah' };
    await act(`/v1/claims/${claimId}/heirs`, {
      heirStatementMemberIds: [],
      funeralArranger: arranger,
      payeeId: arranger.nik,
    }).expect(200);
    await completeDocuments(claimId);
    await act(`/v1/claims/${claimId}/verification`).expect(200);
    await act(`/v1/claims/${claimId}/assessment`).expect(200);
    const ownApproval = await act(`/v1/claims/${claimId}/approval`).expect(409);
    expect(ownApproval.body.details).toMatchObject({ conflictingRole: 'reporter' });

    // Officer two approves; the arranger's account comes after approval, entered by officer one.
    const approved = await act(`/v1/claims/${claimId}/approval`, {}, CHECKER).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', payoutBlockedBy: 'PAYOUT_ACCOUNT_MISSING' });
    await claimsApi()
      .put(`/v1/claims/${claimId}/payout-account`)
      .set('Authorization', MAKER)
      .send({ bankCode: '009', accountNumber: '0511223344', holderName: 'HASNAH' })
      .expect(200);

    // Neither of the two may confirm where the money goes: with two officers the claim stays unpaid.
    const confirm = (as: string) =>
      act(`/v1/claims/${claimId}/payout-account/confirmation`, { reason: 'Buku tabungan seen' }, as);
    expect((await confirm(MAKER).expect(409)).body.details).toMatchObject({ conflictingRole: 'account-enterer' });
    expect((await confirm(CHECKER).expect(409)).body.details).toMatchObject({ conflictingRole: 'approver' });
    expect(await claimOf(claimId)).toMatchObject({ status: 'approved', payouts: [] });
    expect(bank.listTransfers().filter((transfer) => transfer.beneficiary.accountNumber === '0511223344')).toEqual([]);

    // A third officer confirms: the funeral costs are paid once, to the arranger's account (Rp2 jt: a
    // death within 3 months of joining is a short membership, RULES.md §3).
    await confirm(THIRD_OFFICER).expect(200);
    const closed = await waitFor(
      async () => {
        const claim = await claimOf(claimId);
        return claim.status === 'closed' ? claim : undefined;
      },
      { what: 'the death claim paid and closed' },
    );
    expect(closed.payouts).toEqual([expect.objectContaining({ status: 'confirmed', amount: 2_000_000 })]);
    expect(bank.listTransfers().filter((transfer) => transfer.beneficiary.accountNumber === '0511223344')).toEqual([
      expect.objectContaining({ amount: 2_000_000 }),
    ]);
    expect(new Set(closed.steps.map((step: { by: string }) => step.by))).toEqual(
      new Set(['officer-andi', 'officer-budi', 'officer-dewi']),
    );
  });

  it('confirms a verified death to enrolment, which marks the worker deceased', async () => {
    const reported = await act('/v1/claims/deaths', {
      workerId: workers.deceased,
      dateOfDeath: '2026-03-25',
      causeOfDeath: 'stroke',
      deathCertificateNumber: '7604-KM-25032026-0007',
      reporter: { name: 'Kepala Desa' },
    }).expect(201);
    const claimId: string = reported.body.id;
    // No family on the card and no will: the funeral costs go to whoever arranged the funeral.
    const arranger = { nik: '7604014405700003', name: 'Kepala Desa' };
    await act(`/v1/claims/${claimId}/heirs`, {
      heirStatementMemberIds: [],
      funeralArranger: arranger,
      payeeId: arranger.nik,
    }).expect(200);
    await completeDocuments(claimId);
    await act(`/v1/claims/${claimId}/verification`).expect(200);

    const deceased = await waitFor(
      async () => {
        const worker = await request(baseUrlOf(enrolment))
          .get(`/v1/workers/${workers.deceased}`)
          .set('Authorization', await bearer('enrolment-1', 'enrolment-officer'))
          .expect(200);
        return worker.body.status === 'deceased' ? worker.body : undefined;
      },
      { what: 'enrolment to mark the worker deceased' },
    );
    expect(deceased.status).toBe('deceased');
    await act('/v1/claims/deaths', {
      workerId: workers.deceased,
      dateOfDeath: '2026-03-25',
      causeOfDeath: 'stroke',
      deathCertificateNumber: '7604-KM-25032026-0007',
      reporter: { name: 'Kepala Desa' },
    }).expect(409);
  });

  it("keeps every service's audit chain intact (npm run audit:verify), publishes its heads, and names a row a superuser changed", async () => {
    const run = promisify(execFile);
    const apps = { enrolment, billing, claims };
    const databases = Object.entries(apps).flatMap(([name, app]) => [
      '--database',
      `${name}=${(app.get(DataSource).options as { url: string }).url}`,
    ]);
    const auditVerify = () =>
      run('npx', ['tsx', 'libs/audit/src/cli/audit-verify.ts', ...databases]).then(
        ({ stdout }) => ({ code: 0, output: stdout }),
        (error: { code: number; stdout: string }) => ({ code: error.code, output: error.stdout }),
      );

    const intact = await auditVerify();
    expect(intact.code).toBe(0);
    for (const name of Object.keys(apps))
      expect(intact.output).toMatch(new RegExp(`${name}: [1-9]\\d* audit row\\(s\\), chain intact`));

    // Each service's head, as its database holds it now, reaches the topic outside every database.
    const heads = await Promise.all(
      Object.values(apps).map(async (app) => {
        await app.get(AuditHeadPublisher).publish();
        return auditChainHead(app.get(DataSource));
      }),
    );
    const kafka = new Kafka({
      clientId: 'e2e-audit',
      brokers: testKafkaBrokers().split(','),
      logLevel: logLevel.NOTHING,
    });
    const published = await waitFor(
      async () => {
        const records = await readWholeTopic(kafka, services.topicPrefix + AuditChainHeadPublished.topic.name);
        const payloads = records.map((record) => JSON.parse(record.value ?? '{}').payload);
        const latest = Object.keys(apps).map((name) => payloads.filter((payload) => payload.service === name).at(-1));
        return latest.every((head, index) => head?.seq === heads[index].seq) ? latest : undefined;
      },
      { what: 'the three chain heads on Kafka' },
    );
    expect(published.map((head) => head.hash)).toEqual(heads.map((head) => head.hash));

    const claimsDatabase = claims.get(DataSource);
    const [row] = await claimsDatabase.query(
      `SELECT seq FROM audit_log WHERE entity_type = 'claim' AND action = 'approve' ORDER BY seq LIMIT 1`,
    );
    await claimsDatabase.transaction(async (manager) => {
      await manager.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete`);
      await manager.query(`UPDATE audit_log SET actor_subject = 'officer-andi' WHERE seq = $1`, [row.seq]);
      await manager.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete`);
    });
    const tampered = await auditVerify();
    expect(tampered.code).toBe(1);
    expect(tampered.output).toContain(`claims: audit row ${row.seq} does not match: content does not match its hash`);
    expect(tampered.output).toMatch(/enrolment: \d+ audit row\(s\), chain intact/);
  });
});
