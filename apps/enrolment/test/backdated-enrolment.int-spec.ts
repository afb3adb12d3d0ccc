import request from 'supertest';
import { verifyAuditChain } from '@jaring/audit';
import { baseUrlOf, waitFor } from '../../../test/support/test-environment';
import { bearer } from '../../../test/support/tokens';
import { businessDateAhead, firstOfBusinessMonth } from '../../../test/support/business-dates';
import { aRegistration, makeNik } from '../src/domain/testing/enrolment.builders';
import { EnrolmentTestApp } from './support/enrolment-test-app';

/**
 * Issue 20 §2 through the API, with the production default (the current month only): a backdated
 * enrolment waits for an enrolment supervisor other than the officer, whose reason is audited, and
 * an import's backdated rows are rejected unless a supervisor uploaded it as backdated.
 */
describe('backdated enrolments (real PostgreSQL and Kafka)', () => {
  const service = new EnrolmentTestApp('enrolment_backdating', {
    ENROLMENT_BACKDATING_GRACE_MONTHS: '0',
    ACTIVATION_INTERVAL_MS: '0',
  });
  let url: string;
  const tokens = {} as Record<'officer' | 'supervisor' | 'otherSupervisor', string>;
  /** A year back (the issue saw 14 months): after the PKS coverage start, long before this month. */
  const aYearBack = firstOfBusinessMonth(12);

  beforeAll(async () => {
    await service.start();
    url = baseUrlOf(service.app);
    tokens.officer = await bearer('enrolment-dewi', 'enrolment-officer');
    tokens.supervisor = await bearer('enrolment-intan', 'enrolment-supervisor');
    tokens.otherSupervisor = await bearer('enrolment-joko', 'enrolment-supervisor');
  });

  afterAll(() => service.stop());

  const post = (path: string, token: string, body: object) =>
    request(url).post(path).set('Authorization', token).send(body);
  const registration = (birthDate: string, enrolmentDate: string) => ({
    tenant: '76.04',
    ...aRegistration().bornOn(birthDate).with({ enrolmentDate }).without('payoutAccount').build(),
  });
  const workersWithNik = async (nik: string) =>
    (await service.query<{ n: number }>(`SELECT count(*)::int AS n FROM worker WHERE nik = $1`, [nik]))[0].n;

  it('refuses an enrolment date before the current month with ENROLMENT_DATE_BACKDATED, and one too far ahead', async () => {
    const lastMonth = registration('1980-02-03', firstOfBusinessMonth(1));
    const refused = await post('/v1/workers', tokens.officer, lastMonth).expect(400);
    expect(refused.body.violations).toEqual([
      expect.objectContaining({ field: 'enrolmentDate', code: 'ENROLMENT_DATE_BACKDATED' }),
    ]);
    expect(await workersWithNik(lastMonth.nik)).toBe(0);

    const tooFar = await post('/v1/workers', tokens.officer, registration('1980-02-03', businessDateAhead(91))).expect(
      400,
    );
    expect(tooFar.body.violations.map((v: { code: string }) => v.code)).toEqual(['ENROLMENT_DATE_TOO_FAR_AHEAD']);

    const thisMonth = await post('/v1/workers', tokens.officer, registration('1980-02-03', firstOfBusinessMonth()));
    expect(thisMonth.status).toBe(201);
    expect(thisMonth.body.coverageStartDate).toBe(firstOfBusinessMonth());
  });

  it('enrols a backdated worker only once a second person, an enrolment supervisor, approves with a reason (audited)', async () => {
    const backdated = registration('1981-03-04', aYearBack);
    const asked = await post('/v1/backdated-enrolments', tokens.officer, {
      ...backdated,
      reason: 'Daftar Pemkab terlambat diserahkan',
    }).expect(202);
    expect(asked.body).toMatchObject({
      status: 'pending-backdating-approval',
      enrolmentDate: aYearBack,
      requestedBy: 'enrolment-dewi',
    });
    expect(await workersWithNik(backdated.nik)).toBe(0);

    const path = `/v1/backdated-enrolments/${asked.body.id}`;
    await post(`${path}/approval`, tokens.officer, { reason: 'saya sendiri' }).expect(403);
    const noReason = await post(`${path}/approval`, tokens.supervisor, { reason: '  ' }).expect(400);
    expect(noReason.body).toMatchObject({ error: 'BACKDATING_REASON_REQUIRED' });

    const approved = await post(`${path}/approval`, tokens.supervisor, {
      reason: 'Surat keterangan desa: bekerja sejak bulan itu',
    }).expect(201);
    expect(approved.body).toMatchObject({
      status: 'approved',
      decision: { by: 'enrolment-intan', reason: 'Surat keterangan desa: bekerja sejak bulan itu' },
      workerId: expect.any(String),
    });
    const worker = (
      await request(url).get(`/v1/workers/${approved.body.workerId}`).set('Authorization', tokens.officer).expect(200)
    ).body;
    expect(worker).toMatchObject({ enrolmentDate: aYearBack, coverageStartDate: aYearBack });

    const trail = (
      await request(url)
        .get(`/v1/workers/${approved.body.workerId}/audit`)
        .set('Authorization', tokens.otherSupervisor)
        .expect(200)
    ).body;
    expect(trail).toContainEqual(
      expect.objectContaining({
        action: 'BackdatedEnrolmentApproved',
        actor: { subject: 'enrolment-intan', roles: ['enrolment-supervisor'] },
        reason: 'Surat keterangan desa: bekerja sejak bulan itu',
        after: expect.objectContaining({ requestedBy: 'enrolment-dewi', approvedBy: 'enrolment-intan' }),
      }),
    );
    expect(await verifyAuditChain(service.dataSource)).toMatchObject({ ok: true });

    const again = await post(`${path}/approval`, tokens.otherSupervisor, { reason: 'lagi' }).expect(409);
    expect(again.body).toMatchObject({ error: 'BACKDATED_ENROLMENT_ALREADY_DECIDED' });
  });

  it("refuses to let a supervisor approve their own backdating request, and records another's refusal", async () => {
    const backdated = registration('1982-04-05', firstOfBusinessMonth(2));
    const asked = await post('/v1/backdated-enrolments', tokens.supervisor, {
      ...backdated,
      reason: 'Pekerja lupa didaftarkan',
    }).expect(202);
    const path = `/v1/backdated-enrolments/${asked.body.id}`;
    const own = await post(`${path}/approval`, tokens.supervisor, { reason: 'saya setujui' }).expect(409);
    expect(own.body).toMatchObject({ error: 'MAKER_CHECKER_VIOLATION', details: { conflictingRole: 'requester' } });

    const refused = await post(`${path}/refusal`, tokens.otherSupervisor, {
      reason: 'Tidak ada bukti bekerja sebelum bulan ini',
    }).expect(200);
    expect(refused.body).toMatchObject({ status: 'refused', decision: { by: 'enrolment-joko' } });
    expect(await workersWithNik(backdated.nik)).toBe(0);
    const [audit] = await service.query<{ actor_subject: string; reason: string }>(
      `SELECT actor_subject, reason FROM audit_log WHERE entity_id = $1 AND action = 'BackdatedEnrolmentRefused'`,
      [asked.body.id],
    );
    expect(audit).toEqual({ actor_subject: 'enrolment-joko', reason: 'Tidak ada bukti bekerja sebelum bulan ini' });

    const pending = (
      await request(url)
        .get('/v1/backdated-enrolments')
        .query({ status: 'pending-backdating-approval' })
        .set('Authorization', tokens.supervisor)
        .expect(200)
    ).body;
    expect(pending.items.map((item: { id: string }) => item.id)).not.toContain(asked.body.id);
  });

  it('answers 400 for a backdating request whose date is inside the window (no approval needed)', async () => {
    const response = await post('/v1/backdated-enrolments', tokens.officer, {
      ...registration('1983-05-06', firstOfBusinessMonth()),
      reason: 'tidak perlu',
    }).expect(400);
    expect(response.body).toMatchObject({ error: 'ENROLMENT_NOT_BACKDATED' });
  });

  describe('imports', () => {
    const header =
      'nik,full_name,birth_date,sex,address,desa_code,occupation,phone,kk_number,kk_since,bank_code,account_number,account_holder,declared_income,enrolment_date';
    const row = (serial: string, fullName: string, enrolmentDate: string) =>
      [
        makeNik({ birthDate: '1992-08-10', sex: 'F', district: '07', serial }),
        fullName,
        '1992-08-10',
        'P',
        'Dusun Baru',
        '76.04.01.2002',
        'Nelayan',
        ...Array(6).fill(''),
        '1000000',
        enrolmentDate,
      ].join(',');
    const upload = (token: string, csv: string, fields: Record<string, string> = {}) => {
      let call = request(url).post('/v1/imports').set('Authorization', token).field('tenant', '76.04');
      for (const [name, value] of Object.entries(fields)) call = call.field(name, value);
      return call.attach('file', Buffer.from(`${csv}\n`), 'daftar.csv');
    };
    const finished = (id: string, token: string) =>
      waitFor(
        async () => {
          const body = (await request(url).get(`/v1/imports/${id}`).set('Authorization', token).expect(200)).body;
          return body.status === 'completed' || body.status === 'failed' ? body : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 100, what: `import ${id}` },
      );

    it("rejects an officer's backdated rows in the error report with the rule, and imports the rest", async () => {
      const csv = [header, row('8101', 'Wati Satu', aYearBack), row('8102', 'Wati Dua', firstOfBusinessMonth())];
      const started = (await upload(tokens.officer, csv.join('\n')).expect(202)).body;
      expect(await finished(started.id, tokens.officer)).toMatchObject({
        status: 'completed',
        accepted: 1,
        rejected: 1,
      });
      const report = await request(url)
        .get(`/v1/imports/${started.id}/errors.csv`)
        .set('Authorization', tokens.officer)
        .expect(200);
      expect(report.text).toContain('2,enrolment_date,ENROLMENT_DATE_BACKDATED');
      expect(report.text).toContain('supervisor');
    });

    it('accepts backdated rows only from a supervisor who gives the reason, recorded in the audit log', async () => {
      const csv = [header, row('8201', 'Sri Satu', aYearBack), row('8202', 'Sri Dua', firstOfBusinessMonth(3))];
      const reason = 'Daftar susulan Dinas Sosial, diverifikasi';
      const byOfficer = await upload(tokens.officer, csv.join('\n'), { backdatingReason: reason }).expect(403);
      expect(byOfficer.body).toMatchObject({ error: 'BACKDATING_APPROVER_REQUIRED' });

      const started = (await upload(tokens.supervisor, csv.join('\n'), { backdatingReason: reason }).expect(202)).body;
      expect(started.backdatingApproval).toEqual({ approvedBy: 'enrolment-intan', reason });
      expect(await finished(started.id, tokens.supervisor)).toMatchObject({
        status: 'completed',
        accepted: 2,
        rejected: 0,
      });
      const [audit] = await service.query<{ actor_subject: string; reason: string }>(
        `SELECT actor_subject, reason FROM audit_log WHERE entity_id = $1 AND action = 'ImportApprovedAsBackdated'`,
        [started.id],
      );
      expect(audit).toEqual({ actor_subject: 'enrolment-intan', reason });
    });
  });
});
