import { randomUUID } from 'node:crypto';
import {
  DeathConfirmed,
  DeathRetracted,
  type EventDefinition,
  InvoiceIssued,
  loadFixture,
  WorkerRegistered,
  WorkerStatusChanged,
  type WorkerStatus,
} from '@jaring/contracts';
import { waitFor } from '../../../test/support/test-environment';
import { isBillableInMonth, type BillableWorkerFacts } from '../src/domain';
import { bearer, BillingTestApp, POLEWALI_MANDAR } from './support/billing-test-app';

describe('monthly billing run (real PostgreSQL and Kafka)', () => {
  const billing = new BillingTestApp('billing_run', { BILLING_RUN_CHUNK_SIZE: '5000' });

  beforeAll(async () => {
    await billing.start();
  });

  afterAll(async () => billing.stop());

  /** A catalogued event's fixture from regency 76.05 with a fresh id, this key and these payload fields. */
  async function publishFixture<P extends object>(
    definition: EventDefinition<P>,
    aggregateId: string,
    payload: Partial<P>,
  ): Promise<void> {
    const fixture = loadFixture(definition);
    await billing.publish(definition as EventDefinition, {
      ...fixture,
      eventId: randomUUID(),
      aggregateId,
      tenant: '76.05',
      payload: { ...fixture.payload, ...payload },
    });
  }

  describe('the worked check: Polewali Mandar, 25,714 workers on the Pemkab package', () => {
    let first: Awaited<ReturnType<BillingTestApp['bill']>>;

    beforeAll(async () => {
      await billing.seedWorkers({ ...POLEWALI_MANDAR, count: 25_714 });
      first = await billing.bill(POLEWALI_MANDAR.sponsorId, '2026-03');
    });

    it('issues one invoice of Rp431,995,200 with a line per worker, numbered, due on the next working day after the 15th', () => {
      expect(first.status).toBe(202);
      expect(first.invoice).toMatchObject({
        invoiceNumber: 'JRG-7604-202603-01',
        month: '2026-03',
        status: 'issued',
        dueDate: '2026-03-16', // the 15th is a Sunday
        ruleSetId: 'BPU-PP50-2025-DISCOUNT',
        sponsorType: 'APBD',
        lineCount: 25_714,
        totals: { jkk: 257_140_000, jkm: 174_855_200, total: 431_995_200 },
        paymentStatus: 'unpaid',
        coveredWorkers: 0,
      });
      expect(first.run).toMatchObject({
        status: 'completed',
        outcome: 'issued',
        progress: { workersExpected: 25_714, linesWritten: 25_714, percent: 100 },
      });
    });

    it('writes the lines in chunks that join up: numbered 1..n, running total ending at the invoice total', async () => {
      const [lines] = await billing.query<Record<string, string>>(
        `SELECT count(*) AS lines, count(DISTINCT line_no) AS numbers, min(line_no) AS first, max(line_no) AS last,
                max(cumulative_amount) AS running, sum(amount) AS total,
                bool_and(cumulative_amount = line_no * 16800) AS consistent
           FROM invoice_line WHERE invoice_id = $1`,
        [first.invoice.id],
      );
      expect(lines).toEqual({
        lines: '25714',
        numbers: '25714',
        first: 1,
        last: 25_714,
        running: '431995200',
        total: '431995200',
        consistent: true,
      });
    });

    it('publishes InvoiceIssued with totals and line count', async () => {
      const [issued] = await billing.outbox('InvoiceIssued', first.invoice.id);
      expect(issued.payload).toMatchObject({
        invoiceNumber: 'JRG-7604-202603-01',
        lineCount: 25_714,
        totals: { total: 431_995_200 },
        dueDate: '2026-03-16',
      });
      await billing.relayed();
      const onKafka = (await billing.topic(InvoiceIssued)).map((record) => JSON.parse(record.value ?? '{}'));
      expect(onKafka).toContainEqual(
        expect.objectContaining({ eventId: issued.eventId, aggregateId: first.invoice.id }),
      );
    });

    it('changes nothing when the same sponsor and month are billed again', async () => {
      const counts = async () =>
        (
          await billing.query(
            `SELECT (SELECT count(*) FROM invoice) AS invoices, (SELECT count(*) FROM invoice_line) AS lines,
                    (SELECT count(*) FROM outbox_message) AS events, (SELECT count(*) FROM billing_run) AS runs`,
          )
        )[0];
      const before = await counts();
      const again = await billing.bill(POLEWALI_MANDAR.sponsorId, '2026-03');
      expect(again.status).toBe(200);
      expect(again.run.id).toBe(first.run.id);
      expect(again.invoice).toEqual(first.invoice);
      expect(await counts()).toEqual(before);
    });

    it('serves the lines by API pages and as CSV', async () => {
      const page = await billing
        .http()
        .get(`/v1/invoices/JRG-7604-202603-01/lines?limit=2`)
        .set('Authorization', bearer('finance'))
        .expect(200);
      expect(page.body.lines).toHaveLength(2);
      expect(page.body.lines[0]).toMatchObject({ lineNo: 1, jkk: 10_000, jkm: 6_800, amount: 16_800, paid: false });
      const next = await billing
        .http()
        .get(`/v1/invoices/${first.invoice.id}/lines?limit=2&after=${page.body.next}`)
        .set('Authorization', bearer('finance'))
        .expect(200);
      expect(next.body.lines[0].lineNo).toBe(3);
      const csv = await billing
        .http()
        .get(`/v1/invoices/${first.invoice.id}/lines.csv`)
        .set('Authorization', bearer('finance'))
        .expect(200)
        .expect('Content-Type', /text\/csv/);
      const rows = csv.text.trim().split('\r\n');
      expect(rows[0]).toBe('invoice_number,month,line_no,worker_id,declared_income,jkk,jkm,amount,paid');
      expect(rows).toHaveLength(25_715);
      expect(rows[25_714]).toMatch(/^JRG-7604-202603-01,2026-03,25714,[0-9a-f-]{36},1000000,10000,6800,16800,false$/);
    });

    it('reports the month per sponsor, also as CSV', async () => {
      const report = await billing
        .http()
        .get(`/v1/reports/monthly?sponsorId=${POLEWALI_MANDAR.sponsorId}`)
        .set('Authorization', bearer('finance'))
        .expect(200);
      expect(report.body).toEqual([
        expect.objectContaining({
          month: '2026-03',
          billedWorkers: 25_714,
          billed: 431_995_200,
          paid: 0,
          outstanding: 431_995_200,
          coveredWorkers: 0,
        }),
      ]);
      const csv = await billing
        .http()
        .get('/v1/reports/monthly.csv')
        .set('Authorization', bearer('finance'))
        .expect(200);
      expect(csv.text).toContain(
        '76.04,9d1e2f30-4a5b-4c6d-8e7f-a0b1c2d3e4f5,2026-03,JRG-7604-202603-01,2026-03-16,25714,431995200,0,431995200,0,unpaid',
      );
    });

    it('needs the finance or admin role to bill', async () => {
      await billing
        .http()
        .post('/v1/billing-runs')
        .set('Authorization', bearer('enrolment-officer'))
        .send({ sponsorId: POLEWALI_MANDAR.sponsorId, month: '2026-04' })
        .expect(403);
      await billing
        .http()
        .post('/v1/billing-runs')
        .set('Authorization', bearer('finance'))
        .send({ sponsorId: randomUUID(), month: '2026-04' })
        .expect(404);
      await billing
        .http()
        .post('/v1/billing-runs')
        .set('Authorization', bearer('finance'))
        .send({ sponsorId: POLEWALI_MANDAR.sponsorId, month: '2026-4' })
        .expect(400);
    });
  });

  describe('which workers are billed: the SQL predicate and the domain rule agree', () => {
    const sponsorId = randomUUID();
    const cases: (BillableWorkerFacts & { label: string })[] = [
      { label: 'active', coverageStartDate: '2025-10-06', status: 'active' },
      { label: 'starts on the last day', coverageStartDate: '2026-05-31', status: 'pending' },
      { label: 'starts next month', coverageStartDate: '2026-06-01', status: 'pending' },
      { label: 'died this month', coverageStartDate: '2025-10-06', status: 'deceased', endedOn: '2026-05-20' },
      { label: 'died last month', coverageStartDate: '2025-10-06', status: 'deceased', endedOn: '2026-04-30' },
      {
        label: 'died the day coverage starts',
        coverageStartDate: '2026-05-10',
        status: 'deceased',
        endedOn: '2026-05-10',
      },
      {
        label: 'death confirmed on the day coverage starts',
        coverageStartDate: '2026-05-10',
        status: 'active',
        deathDate: '2026-05-10',
      },
      {
        label: 'death confirmed last month',
        coverageStartDate: '2025-10-06',
        status: 'active',
        deathDate: '2026-04-30',
      },
      {
        label: 'terminated the day coverage starts',
        coverageStartDate: '2026-05-10',
        status: 'terminated',
        endedOn: '2026-05-10',
      },
      { label: 'terminated on the 1st', coverageStartDate: '2025-10-06', status: 'terminated', endedOn: '2026-05-01' },
      {
        label: 'withdrawn before coverage',
        coverageStartDate: '2026-05-10',
        status: 'terminated',
        endedOn: '2026-05-01',
      },
      {
        label: 'suspended this month',
        coverageStartDate: '2025-10-06',
        status: 'suspended',
        suspendedFrom: '2026-05-01',
      },
      { label: 'suspended before', coverageStartDate: '2025-10-06', status: 'suspended', suspendedFrom: '2026-03-01' },
    ];

    it('bills exactly the workers isBillableInMonth bills for May 2026', async () => {
      const ids: Record<string, string> = {};
      for (const worker of cases) {
        const id = randomUUID();
        ids[worker.label] = id;
        await billing.query(
          `INSERT INTO worker_projection (worker_id, sponsor_id, tenant, status, declared_monthly_income, coverage_start_date,
                                          updated_at, ended_on, death_date, suspended_from)
           VALUES ($1, $2, '73.71', $3, 1500000, $4, now(), $5, $6, $7)`,
          [
            id,
            sponsorId,
            worker.status,
            worker.coverageStartDate,
            worker.endedOn ?? null,
            worker.deathDate ?? null,
            worker.suspendedFrom ?? null,
          ],
        );
      }
      await billing.query(
        `INSERT INTO sponsor_account (sponsor_id, tenant, sponsor_type) VALUES ($1, '73.71', 'SELF')`,
        [sponsorId],
      );
      const { invoice } = await billing.bill(sponsorId, '2026-05');
      const billed = await billing.query<{ worker_id: string; amount: string }>(
        `SELECT worker_id::text, amount FROM invoice_line WHERE invoice_id = $1`,
        [invoice.id],
      );
      const expected = cases
        .filter((worker) => isBillableInMonth(worker, '2026-05'))
        .map((worker) => ids[worker.label]);
      expect(billed.map((line) => line.worker_id).sort()).toEqual(expected.sort());
      expect(expected).toEqual(
        expect.arrayContaining([
          ids['died the day coverage starts'],
          ids['death confirmed on the day coverage starts'],
        ]),
      );
      // A self-paying worker on Rp1,500,000 in May 2026: (15,000 + 6,800) halved by PP 50/2025.
      expect(new Set(billed.map((line) => line.amount))).toEqual(new Set(['10900']));
      expect(invoice).toMatchObject({
        invoiceNumber: 'JRG-7371-202605-01',
        dueDate: '2026-05-18',
        sponsorType: 'SELF',
      });
    });

    it('completes without an invoice when nobody is billable', async () => {
      const { run, invoice } = await billing.bill(sponsorId, '2025-09');
      expect(run).toMatchObject({ status: 'completed', outcome: 'nothing-to-bill', invoiceId: null });
      expect(invoice).toBeUndefined();
    });
  });

  describe('the projection follows enrolment and claims events from Kafka', () => {
    it('registers workers, ends billing after a death or termination, and learns the sponsor', async () => {
      const sponsorId = randomUUID();
      const [alive, dies, leaves] = [randomUUID(), randomUUID(), randomUUID()];
      for (const workerId of [alive, dies, leaves]) {
        await publishFixture(WorkerRegistered, workerId, {
          workerId,
          sponsorId,
          status: 'active',
          coverageStartDate: '2026-01-01',
        });
      }
      const claimId = randomUUID();
      await publishFixture(DeathConfirmed, claimId, { claimId, workerId: dies, dateOfDeath: '2026-06-10' });
      await publishFixture(WorkerStatusChanged, leaves, {
        workerId: leaves,
        from: 'active',
        to: 'terminated',
        effectiveDate: '2026-06-30',
      });

      await waitFor(
        async () => {
          const rows = await billing.query<{ ended: number; died: number }>(
            `SELECT count(ended_on)::int AS ended, count(death_date)::int AS died FROM worker_projection WHERE sponsor_id = $1`,
            [sponsorId],
          );
          return rows[0].ended === 1 && rows[0].died === 1;
        },
        { what: 'the projection to take the death and the termination' },
      );
      const [account] = await billing.query(`SELECT tenant, sponsor_type FROM sponsor_account WHERE sponsor_id = $1`, [
        sponsorId,
      ]);
      expect(account).toEqual({ tenant: '76.05', sponsor_type: 'APBD' });

      const june = await billing.bill(sponsorId, '2026-06');
      const july = await billing.bill(sponsorId, '2026-07');
      expect(june.invoice.lineCount).toBe(3);
      expect(july.invoice.lineCount).toBe(1);
      const [line] = await billing.query(`SELECT worker_id::text FROM invoice_line WHERE invoice_id = $1`, [
        july.invoice.id,
      ]);
      expect(line).toEqual({ worker_id: alive });
    });
  });

  describe('a death disproved by the claim that confirmed it', () => {
    it('clears the death and the end, so the worker is billable again', async () => {
      const sponsorId = randomUUID();
      const [workerId, claimId] = [randomUUID(), randomUUID()];
      await publishFixture(WorkerRegistered, workerId, {
        workerId,
        sponsorId,
        status: 'active',
        coverageStartDate: '2026-01-01',
      });
      await publishFixture(DeathConfirmed, claimId, { claimId, workerId, dateOfDeath: '2026-06-10' });
      const statusChange = (from: WorkerStatus, to: WorkerStatus, effectiveDate: string) =>
        publishFixture(WorkerStatusChanged, workerId, { workerId, from, to, effectiveDate });
      await statusChange('active', 'deceased', '2026-06-10');
      const projection = async () =>
        (
          await billing.query<{ status: string; ended_on: string | null; death_date: string | null }>(
            `SELECT status, ended_on::text, death_date::text FROM worker_projection WHERE worker_id = $1`,
            [workerId],
          )
        )[0];
      await waitFor(
        async () => (await projection())?.status === 'deceased' && (await projection()).death_date !== null,
        {
          what: 'the projection to take the death',
        },
      );
      expect((await billing.bill(sponsorId, '2026-07')).invoice).toBeUndefined();

      await publishFixture(DeathRetracted, claimId, { claimId, workerId, dateOfDeath: '2026-06-10' });
      await statusChange('deceased', 'active', '2026-01-01');
      await waitFor(
        async () => {
          const row = await projection();
          return row.status === 'active' && row.death_date === null && row.ended_on === null;
        },
        { what: 'the projection to bill the worker again' },
      );
      const august = await billing.bill(sponsorId, '2026-08');
      expect(august.invoice.lineCount).toBe(1);
    });
  });

  it('quotes a contribution with the rule set used', async () => {
    const response = await billing
      .http()
      .post('/v1/contributions/quote')
      .set('Authorization', bearer('finance'))
      .send({ declaredMonthlyIncome: 1_000_000, month: '2026-03', sponsorType: 'APBD' })
      .expect(200);
    expect(response.body).toMatchObject({
      jkk: 10_000,
      jkm: 6_800,
      total: 16_800,
      ruleSet: { id: 'BPU-PP50-2025-DISCOUNT', effectiveFrom: '2026-01', effectiveUntil: '2027-03' },
      discount: { applied: false },
    });
    await billing
      .http()
      .post('/v1/contributions/quote')
      .set('Authorization', bearer('finance'))
      .send({ declaredMonthlyIncome: 1_000_000, month: '2014-03', sponsorType: 'APBD' })
      .expect(400)
      .expect((res) => expect(res.body.error).toBe('NO_CONTRIBUTION_RULES_FOR_MONTH'));
  });
});
