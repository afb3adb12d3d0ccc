import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import request from 'supertest';
import {
  DeathConfirmed,
  type EventDefinition,
  type EventEnvelope,
  findEventDefinition,
  loadFixture,
  MembershipLapsed,
  openSealed,
  SealingKeyring,
} from '@jaring/contracts';
import { KafkajsPublisher } from '@jaring/messaging';
import { baseUrlOf, testKafkaBrokers, waitFor } from '../../../test/support/test-environment';
import { aChild, aRegistration, makeNik } from '../src/domain/testing/enrolment.builders';
import { POLEWALI_MANDAR_SPONSOR_ID } from '../src/infrastructure/persistence/migrations/1764000000001-workers';
import { OpenApiContract } from '../../../test/support/openapi-contract';
import { bearerIn } from '../../../test/support/tokens';
import { businessDateAhead } from '../../../test/support/business-dates';
import { bearer, EnrolmentTestApp } from './support/enrolment-test-app';

/** A registration request body (tenant + the domain builder's valid synthetic worker). */
function body(overrides: Record<string, unknown> = {}, build = aRegistration()) {
  return { tenant: '76.04', ...build.build(), ...overrides };
}

describe('enrolment API and lifecycle events (real PostgreSQL and Kafka)', () => {
  const service = new EnrolmentTestApp('enrolment_api', { ACTIVATION_INTERVAL_MS: '0' });
  const officer = () => bearer('enrolment-officer');
  const kafka = new Kafka({
    clientId: 'enrolment-api-test',
    brokers: testKafkaBrokers().split(','),
    logLevel: logLevel.NOTHING,
  });
  const publisher = new KafkajsPublisher(kafka);
  let url: string;

  beforeAll(async () => {
    await service.start();
    url = baseUrlOf(service.app);
    await publisher.connect();
  });

  afterAll(async () => {
    await publisher.disconnect();
    await service.stop();
  });

  it('serves at /docs, built on its first visit, the OpenAPI document committed as apps/enrolment/openapi.json', async () => {
    const document = (await request(url).get('/docs-json').expect(200)).body;
    expect(document).toEqual(new OpenApiContract('enrolment').document);
  });

  const register = (payload: object) => request(url).post('/v1/workers').set('Authorization', officer()).send(payload);
  const getWorker = async (id: string) =>
    (await request(url).get(`/v1/workers/${id}`).set('Authorization', officer()).expect(200)).body;
  /** The worker's outbox rows; `personal` is what their sealed personal data holds, opened with enrolment's keys. */
  const outboxOf = async (workerId: string) => {
    const rows = await service.query<{ event_type: string; envelope: EventEnvelope<Record<string, unknown>> }>(
      `SELECT event_type, envelope FROM outbox_message WHERE message_key = $1 ORDER BY id`,
      [workerId],
    );
    return rows.map((row) => {
      const definition = findEventDefinition(row.envelope.eventType, row.envelope.eventVersion);
      const personal = definition?.sealed
        ? (openSealed(definition as never, row.envelope as never, service.app.get(SealingKeyring)) as Record<
            string,
            unknown
          >)
        : {};
      return { ...row, personal };
    });
  };

  async function publish(
    definition: EventDefinition,
    workerId: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    const fixture = loadFixture(definition);
    const envelope = {
      ...fixture,
      eventId: randomUUID(),
      aggregateId: workerId,
      payload: { ...fixture.payload, workerId, ...payload },
    };
    await publisher.publish([
      { topic: service.topicPrefix + definition.topic.name, key: workerId, value: JSON.stringify(envelope) },
    ]);
  }

  describe('POST /v1/workers', () => {
    let firstId: string;

    it('enrols a valid worker as active from the PKS coverage start, with a WorkerRegistered event', async () => {
      const response = await register(body()).expect(201);
      firstId = response.body.id;
      expect(response.body).toEqual({
        id: expect.any(String),
        status: 'active',
        coverageStartDate: '2025-10-06',
        flaggedAsProbableDuplicate: false,
        probableDuplicateOf: [],
        declaredMonthlyIncome: 1_000_000,
        contributionBasis: 1_000_000,
      });
      const events = await outboxOf(firstId);
      expect(events.map((event) => event.event_type)).toEqual(['WorkerRegistered']);
      expect(events[0].envelope).toMatchObject({
        eventVersion: 2,
        payload: { status: 'active', sponsorId: POLEWALI_MANDAR_SPONSOR_ID },
      });
      // The outbox row holds the personal data sealed (ADR 0008): nothing of it in clear.
      expect(JSON.stringify(events[0].envelope)).not.toMatch(/7604011205900001|\+6281234567890|7604010101200001/);
      expect(events[0].personal).toMatchObject({
        nik: '7604011205900001',
        phone: '+6281234567890',
        kk: { number: '7604010101200001', since: '2020-01-01' },
      });
    });

    it('answers 400 naming every invalid field and its reason at once', async () => {
      const response = await register(
        body({
          birthDate: '1990-05-13',
          desaCode: '76.05.01.2001',
          occupation: 'astronaut',
          declaredMonthlyIncome: 900_000,
          phone: '12345',
        }),
      ).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'REGISTRATION_INVALID' });
      const byField = Object.fromEntries(
        response.body.violations.map((v: { field: string; code: string }) => [v.field, v.code]),
      );
      expect(byField).toEqual({
        nik: 'NIK_BIRTH_DATE_MISMATCH',
        desaCode: 'DESA_NOT_IN_TENANT',
        occupation: 'OCCUPATION_UNKNOWN',
        phone: 'PHONE_NOT_INDONESIAN_MOBILE',
        declaredMonthlyIncome: 'INCOME_BELOW_MINIMUM',
      });
      expect(JSON.stringify(response.body)).not.toContain('7604011205900001');
    });

    it('answers 400, not 500, for a control character in text and for an enrolment date typo (2005)', async () => {
      const nul = await register(body({ addressLine: 'Dusun\u0000Baru' })).expect(400);
      expect(nul.body.violations).toEqual([
        { field: 'addressLine', code: 'noControlCharacters', message: 'must not contain control characters' },
      ]);
      const typo = await register(body({ enrolmentDate: '2005-10-06' })).expect(400);
      expect(typo.body.violations.map((v: { code: string }) => v.code)).toEqual([
        'NO_INCOME_RULES_FOR_DATE',
        'ENROLMENT_BEFORE_AGREEMENT',
      ]);
    });

    it('answers 400 for NIK edge cases: 15 digits, letters, serial 0000, women +40', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ nik: '760401120590001' }, 'NIK_TOO_SHORT'],
        [{ nik: '76040112059000A1' }, 'NIK_NOT_DIGITS'],
        [{ nik: '7604011205900000' }, 'NIK_SERIAL_ZERO'],
        [{ sex: 'F' }, 'NIK_SEX_MISMATCH'],
      ];
      for (const [overrides, code] of cases) {
        const response = await register(body(overrides)).expect(400);
        expect(response.body.violations).toEqual([expect.objectContaining({ field: 'nik', code })]);
      }
      const woman = aRegistration().bornOn('1992-02-29', 'F');
      expect(makeNik({ birthDate: '1992-02-29', sex: 'F' }).slice(6, 8)).toBe('69');
      await register(
        body({ fullName: 'Siti Kabisat', payoutAccount: undefined }, woman.without('payoutAccount')),
      ).expect(201);
    });

    it('answers 400 for a request of the wrong shape, and for a tenant without a sponsor', async () => {
      const shape = await register({ ...body(), declaredMonthlyIncome: 'satu juta', extra: true }).expect(400);
      expect(shape.body.violations.map((v: { field: string }) => v.field).sort()).toEqual([
        'declaredMonthlyIncome',
        'extra',
      ]);
      const tenant = await register(body({ tenant: '73.01' })).expect(400);
      expect(tenant.body).toMatchObject({
        error: 'SPONSOR_NOT_FOUND',
        violations: [expect.objectContaining({ field: 'tenant' })],
      });
    });

    it('answers 409 with the existing worker id for a NIK already enrolled', async () => {
      const response = await register(body({ fullName: 'Nama Lain', payoutAccount: undefined })).expect(409);
      expect(response.body).toMatchObject({ error: 'NIK_ALREADY_ENROLLED', details: { existingWorkerId: firstId } });
      expect(response.body.message).toContain('7604********0001');
      expect(JSON.stringify(response.body)).not.toContain('7604011205900001');
    });

    it('shows the basis beside an income declared above the top bracket (RULES.md §1)', async () => {
      const registration = aRegistration()
        .bornOn('1981-02-03')
        .with({ fullName: 'Andi Tinggi' })
        .without('payoutAccount');
      const response = await register(body({ declaredMonthlyIncome: 50_000_000 }, registration)).expect(201);
      expect(response.body).toMatchObject({ declaredMonthlyIncome: 50_000_000, contributionBasis: 20_700_000 });
      expect(await getWorker(response.body.id)).toMatchObject({
        declaredMonthlyIncome: 50_000_000,
        contributionBasis: 20_700_000,
      });
    });

    it('records prior BPJS membership with its proof and publishes it for claims (RULES.md §3–4)', async () => {
      const priorMembership = {
        bpjsMembershipStart: '2021-04-01',
        monthsPaid: 30,
        proofDocument: 'Kartu peserta BPJS TK 21012345678',
      };
      const registration = aRegistration()
        .bornOn('1979-06-04')
        .with({ fullName: 'Hamzah Lama' })
        .without('payoutAccount');
      const response = await register(body({ priorMembership }, registration)).expect(201);
      expect(await getWorker(response.body.id)).toMatchObject({ priorMembership });
      const [registered] = await outboxOf(response.body.id);
      expect(registered.personal).toMatchObject({ priorMembership });

      const invalid = await register(
        body(
          { priorMembership: { ...priorMembership, monthsPaid: 200, proofDocument: '' } },
          aRegistration().bornOn('1979-06-05').with({ fullName: 'Hamzah Baru' }).without('payoutAccount'),
        ),
      ).expect(400);
      expect(JSON.stringify(invalid.body)).toContain('PRIOR_MONTHS_INVALID');
      expect(JSON.stringify(invalid.body)).toContain('PRIOR_MEMBERSHIP_PROOF_REQUIRED');
    });

    it('stores a probable duplicate (same name, birth date, desa; another NIK) flagged for review', async () => {
      const response = await register(
        body({ nik: makeNik({ birthDate: '1990-05-12', sex: 'M', district: '07' }), fullName: 'AHMAD  contoh' }),
      ).expect(201);
      expect(response.body).toMatchObject({ flaggedAsProbableDuplicate: true, probableDuplicateOf: [firstId] });
      const reviewed = await request(url)
        .post(`/v1/workers/${response.body.id}/confirm-not-duplicate`)
        .set('Authorization', officer())
        .expect(201);
      expect(reviewed.body).toMatchObject({ flaggedAsProbableDuplicate: false, probableDuplicateOf: [] });
      const events = await outboxOf(response.body.id);
      expect(events.map((event) => event.event_type)).toEqual(['WorkerRegistered', 'WorkerUpdated']);
      expect(events[1].envelope.payload).toMatchObject({
        changedFields: ['probableDuplicateOf'],
        probableDuplicateOf: [],
      });
    });

    it('keeps a worker enrolled ahead of coverage pending, and refuses to activate them early', async () => {
      const ahead = businessDateAhead(30);
      const future = aRegistration()
        .bornOn('1985-01-20')
        .with({ enrolmentDate: ahead, fullName: 'Masa Depan' })
        .without('payoutAccount');
      const response = await register(body({}, future)).expect(201);
      expect(response.body).toMatchObject({ status: 'pending', coverageStartDate: ahead });
      const early = await request(url)
        .post(`/v1/workers/${response.body.id}/activate`)
        .set('Authorization', officer())
        .send({ reason: 'officer tried' })
        .expect(400);
      expect(early.body).toMatchObject({ error: 'WORKER_ACTIVATION_TOO_EARLY' });
    });
  });

  describe('search and the single-worker view', () => {
    it('lists masked NIKs only, finds by name prefix (any case), desa, status and exact NIK', async () => {
      const byName = await request(url)
        .get('/v1/workers')
        .query({ name: 'ahMAD c' })
        .set('Authorization', officer())
        .expect(200);
      expect(byName.body.total).toBe(2);
      expect(byName.body.items.map((item: { nik: string }) => item.nik)).toEqual([
        '7604********0001',
        '7604********0001',
      ]);
      expect(byName.text).not.toMatch(/\d{16}/);

      const byNik = await request(url)
        .get('/v1/workers')
        .query({ nik: '7604011205900001' })
        .set('Authorization', officer())
        .expect(200);
      expect(byNik.body).toMatchObject({ total: 1, items: [{ fullName: 'Ahmad Contoh', nik: '7604********0001' }] });

      const pending = await request(url)
        .get('/v1/workers')
        .query({ status: 'pending', desaCode: '76.04.01.2002' })
        .set('Authorization', officer())
        .expect(200);
      expect(pending.body.items.map((item: { fullName: string }) => item.fullName)).toEqual(['Masa Depan']);

      const paged = await request(url)
        .get('/v1/workers')
        .query({ page: 2, pageSize: 2 })
        .set('Authorization', officer())
        .expect(200);
      expect(paged.body).toMatchObject({ page: 2, pageSize: 2, items: expect.any(Array) });

      await request(url).get('/v1/workers').query({ nik: '123' }).set('Authorization', officer()).expect(400);
      await request(url).get('/v1/workers').query({ pageSize: 1000 }).set('Authorization', officer()).expect(400);
    });

    it('shows the full NIK, desa name and status history on GET /v1/workers/:id', async () => {
      const [{ id }] = await service.query<{ id: string }>(`SELECT id FROM worker WHERE nik = '7604011205900001'`);
      const worker = await getWorker(id);
      expect(worker).toMatchObject({ nik: '7604011205900001', desaName: 'Karama', status: 'active' });
      expect(worker.statusHistory).toEqual([
        expect.objectContaining({ from: null, to: 'pending', reason: 'enrolled', actor: 'officer-enrolment-officer' }),
        expect.objectContaining({ from: 'pending', to: 'active', effectiveDate: '2025-10-06' }),
      ]);
      await request(url).get(`/v1/workers/${randomUUID()}`).set('Authorization', officer()).expect(404);
    });

    it('masks NIKs, family card and account number for claims staff, who work from claims records', async () => {
      const id = (await register(body({}, aRegistration().bornOn('1981-06-09'))).expect(201)).body.id;
      await request(url).post(`/v1/workers/${id}/family`).set('Authorization', officer()).send(aChild()).expect(201);
      const full = await getWorker(id);
      const masked = (
        await request(url).get(`/v1/workers/${id}`).set('Authorization', bearer('claims-officer')).expect(200)
      ).body;
      const maskedNik = (nik: string) => `${nik.slice(0, 4)}********${nik.slice(-4)}`;
      expect(masked).toMatchObject({
        nik: maskedNik(full.nik),
        fullName: full.fullName,
        kk: { number: `************${full.kk.number.slice(-4)}` },
        payoutAccount: {
          bankCode: full.payoutAccount.bankCode,
          accountNumber: `${'*'.repeat(full.payoutAccount.accountNumber.length - 4)}${full.payoutAccount.accountNumber.slice(-4)}`,
        },
      });
      expect(full.family).toHaveLength(1);
      expect(masked.family.map((member: { nik: string }) => member.nik)).toEqual([maskedNik(full.family[0].nik)]);
      expect(full.nik).not.toContain('*');
    });
  });

  describe('lifecycle, by officers and by events', () => {
    let workerId: string;

    beforeAll(async () => {
      const registration = aRegistration()
        .bornOn('1979-11-02')
        .with({ fullName: 'Daeng Siklus' })
        .without('payoutAccount');
      workerId = (await register(body({}, registration)).expect(201)).body.id;
    });

    it('suspends, reactivates and refuses an illegal transition with 409', async () => {
      const suspended = await request(url)
        .post(`/v1/workers/${workerId}/suspend`)
        .set('Authorization', officer())
        .send({ reason: 'data under investigation', effectiveDate: '2026-02-01' })
        .expect(200);
      expect(suspended.body.status).toBe('suspended');
      const again = await request(url)
        .post(`/v1/workers/${workerId}/suspend`)
        .set('Authorization', officer())
        .send({ reason: 'twice' })
        .expect(409);
      expect(again.body).toMatchObject({
        error: 'WORKER_TRANSITION_ILLEGAL',
        details: { from: 'suspended', to: 'suspended' },
      });
      await request(url)
        .post(`/v1/workers/${workerId}/reactivate`)
        .set('Authorization', officer())
        .send({ reason: 'checked' })
        .expect(200);
      await request(url).post(`/v1/workers/${workerId}/suspend`).set('Authorization', officer()).send({}).expect(400);

      const changes = (await outboxOf(workerId)).filter((event) => event.event_type === 'WorkerStatusChanged');
      expect(changes.map((event) => event.envelope.payload)).toEqual([
        expect.objectContaining({
          from: 'active',
          to: 'suspended',
          effectiveDate: '2026-02-01',
          reason: 'data under investigation',
          actor: 'officer-enrolment-officer',
        }),
        expect.objectContaining({ from: 'suspended', to: 'active', reason: 'checked' }),
      ]);
    });

    it('suspends on MembershipLapsed from billing, and marks deceased on DeathConfirmed from claims', async () => {
      await publish(MembershipLapsed, workerId, { lapsedFromMonth: '2026-06', consecutiveUnpaidMonths: 4 });
      await waitFor(async () => (await getWorker(workerId)).status === 'suspended', {
        what: 'the lapse to suspend the worker',
      });

      const claimId = randomUUID();
      await publish(DeathConfirmed, workerId, { claimId, dateOfDeath: '2026-09-10' });
      const worker = await waitFor(
        async () => {
          const current = await getWorker(workerId);
          return current.status === 'deceased' ? current : undefined;
        },
        { what: 'the death to be recorded' },
      );
      expect(worker.statusHistory.slice(-2)).toEqual([
        expect.objectContaining({
          from: 'active',
          to: 'suspended',
          actor: 'system:billing',
          effectiveDate: '2026-06-01',
        }),
        expect.objectContaining({
          from: 'suspended',
          to: 'deceased',
          actor: 'system:claims',
          effectiveDate: '2026-09-10',
          reason: `death confirmed by claim ${claimId}`,
        }),
      ]);
      const final = await request(url)
        .post(`/v1/workers/${workerId}/reactivate`)
        .set('Authorization', officer())
        .send({ reason: 'cannot come back' })
        .expect(409);
      expect(final.body.error).toBe('WORKER_STATUS_TERMINAL');
    });

    it('terminates with reason, actor and time', async () => {
      const registration = aRegistration()
        .bornOn('1970-03-15')
        .with({ fullName: 'Pindah Keluar' })
        .without('payoutAccount');
      const id = (await register(body({}, registration)).expect(201)).body.id;
      const terminated = await request(url)
        .post(`/v1/workers/${id}/terminate`)
        .set('Authorization', officer())
        .send({ reason: 'moved out of the regency' })
        .expect(200);
      expect(terminated.body.statusHistory.at(-1)).toEqual({
        from: 'active',
        to: 'terminated',
        reason: 'moved out of the regency',
        actor: 'officer-enrolment-officer',
        at: expect.stringMatching(/Z$/),
        effectiveDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
    });
  });

  describe('family and details', () => {
    let workerId: string;

    beforeAll(async () => {
      const registration = aRegistration()
        .bornOn('1980-04-04')
        .with({ fullName: 'Bapak Keluarga' })
        .without('payoutAccount');
      workerId = (await register(body({}, registration)).expect(201)).body.id;
    });

    it('adds, changes and removes family members, publishing FamilyChanged with the whole family', async () => {
      const child = aChild();
      const added = await request(url)
        .post(`/v1/workers/${workerId}/family`)
        .set('Authorization', officer())
        .send(child)
        .expect(201);
      const memberId = added.body.memberId;
      const married = await request(url)
        .patch(`/v1/workers/${workerId}/family/${memberId}`)
        .set('Authorization', officer())
        .send({ married: true })
        .expect(200);
      expect(married.body.family).toEqual([expect.objectContaining({ memberId, married: true, working: false })]);

      const invalid = await request(url)
        .post(`/v1/workers/${workerId}/family`)
        .set('Authorization', officer())
        .send({ ...child, nik: makeNik({ birthDate: '2015-03-04', sex: 'F', serial: '0009' }), married: undefined })
        .expect(400);
      expect(invalid.body.violations).toEqual([
        expect.objectContaining({ field: 'married', code: 'FAMILY_CHILD_STATUS_REQUIRED' }),
      ]);

      await request(url)
        .delete(`/v1/workers/${workerId}/family/${memberId}`)
        .set('Authorization', officer())
        .expect(200);
      const changes = (await outboxOf(workerId)).filter((event) => event.event_type === 'FamilyChanged');
      expect(
        changes.map((event) => [event.envelope.payload.change, (event.personal.members as unknown[]).length]),
      ).toEqual([
        [{ kind: 'added', memberId }, 1],
        [{ kind: 'updated', memberId }, 1],
        [{ kind: 'removed', memberId }, 0],
      ]);
    });

    it('updates details and publishes WorkerUpdated with the changed fields', async () => {
      const updated = await request(url)
        .patch(`/v1/workers/${workerId}`)
        .set('Authorization', officer())
        .send({ occupation: 'nelayan', phone: '' })
        .expect(200);
      expect(updated.body).toMatchObject({ occupation: 'nelayan' });
      expect(updated.body.phone).toBeUndefined();
      const [event] = (await outboxOf(workerId)).filter((candidate) => candidate.event_type === 'WorkerUpdated');
      expect(event.envelope.payload.changedFields).toEqual(['occupation', 'phone']);
    });

    it('stamps concurrent changes of one worker in the order they are published, so consumers keep the latest', async () => {
      const incomes = Array.from({ length: 12 }, (_, index) => 2_000_000 + index * 1_000);
      await Promise.all(
        incomes.map((declaredMonthlyIncome) =>
          request(url)
            .patch(`/v1/workers/${workerId}`)
            .set('Authorization', officer())
            .send({ declaredMonthlyIncome })
            .expect(200),
        ),
      );
      const stamps = (await outboxOf(workerId))
        .filter((event) => event.event_type === 'WorkerUpdated')
        .map((event) => event.envelope.occurredAt);
      expect(stamps.length).toBeGreaterThanOrEqual(incomes.length);
      expect(stamps).toEqual([...stamps].sort());
    });
  });

  describe('sponsors', () => {
    let admin: string;
    beforeAll(async () => {
      admin = await bearerIn(['76.04', '76.05'], 'admin-fajar', 'admin');
    });

    it('lists the seeded Polewali Mandar sponsor with its PKS and programmes', async () => {
      const response = await request(url).get('/v1/sponsors').set('Authorization', officer()).expect(200);
      expect(response.body).toEqual([
        {
          id: POLEWALI_MANDAR_SPONSOR_ID,
          name: 'Pemkab Polewali Mandar',
          tenant: '76.04',
          fundingSource: 'APBD',
          agreement: { pksNumber: expect.any(String), signingDate: '2025-05-16', coverageStartDate: '2025-10-06' },
          programmes: ['JKK', 'JKM'],
          declaredIncomeBasis: 1_000_000,
        },
      ]);
      await request(url).get(`/v1/sponsors/${POLEWALI_MANDAR_SPONSOR_ID}`).set('Authorization', officer()).expect(200);
    });

    it('creates sponsors for admins only, checking the agreement and that the regency has a desa list', async () => {
      const sponsor = {
        name: 'Pemerintah Kabupaten Majene',
        tenant: '76.05',
        agreement: { pksNumber: '7/PKS/2026', signingDate: '2026-01-10', coverageStartDate: '2026-01-01' },
        programmes: ['JKK', 'JKM'],
      };
      await request(url).post('/v1/sponsors').set('Authorization', officer()).send(sponsor).expect(403);
      const invalid = await request(url).post('/v1/sponsors').set('Authorization', admin).send(sponsor).expect(400);
      expect(invalid.body.violations).toEqual([
        expect.objectContaining({ field: 'agreement.coverageStartDate', code: 'COVERAGE_BEFORE_SIGNING' }),
      ]);
      const noRegions = await request(url)
        .post('/v1/sponsors')
        .set('Authorization', admin)
        .send({ ...sponsor, agreement: { ...sponsor.agreement, coverageStartDate: '2026-02-01' } })
        .expect(400);
      expect(noRegions.body.violations).toEqual([
        expect.objectContaining({ field: 'tenant', code: 'TENANT_WITHOUT_REGIONS' }),
      ]);
      const taken = await request(url)
        .post('/v1/sponsors')
        .set('Authorization', admin)
        .send({ ...sponsor, tenant: '76.04', agreement: { ...sponsor.agreement, coverageStartDate: '2026-02-01' } })
        .expect(409);
      expect(taken.body).toMatchObject({
        error: 'SPONSOR_TENANT_TAKEN',
        details: { existingSponsorId: POLEWALI_MANDAR_SPONSOR_ID },
      });
    });
  });

  it('needs a token with the enrolment-officer role', async () => {
    await request(url).get('/v1/workers').expect(401);
    await request(url).post('/v1/workers').set('Authorization', bearer('finance')).send(body()).expect(403);
  });
});
