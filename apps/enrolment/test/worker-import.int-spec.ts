import { TenantContext, TenantScope } from '@jaring/auth';
import {
  type EventEnvelope,
  openSealed,
  SealingKeyring,
  WorkerRegisteredV2Event,
  type WorkerRegisteredV2,
} from '@jaring/contracts';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { baseUrlOf, waitFor } from '../../../test/support/test-environment';
import { ImportJobRepository } from '../src/application/ports/import-job.repository';
import { ReferenceData } from '../src/application/ports/reference-data';
import { SponsorRepository } from '../src/application/ports/sponsor.repository';
import { ImportSession } from '../src/application/run-worker-import/import-session';
import type { Sponsor } from '../src/domain';
import { makeNik } from '../src/domain/testing/enrolment.builders';
import { bearer, EnrolmentTestApp } from './support/enrolment-test-app';
import { generateWorkerList, toCsv } from './support/worker-list.generator';

interface JobBody {
  id: string;
  status: string;
  total: number | null;
  processed: number;
  accepted: number;
  rejected: number;
  flagged: number;
  duplicateUpload?: boolean;
  failureReason?: string;
}

describe('bulk import of a Pemkab list (real PostgreSQL and Kafka)', () => {
  const service = new EnrolmentTestApp('enrolment_import', { IMPORT_BATCH_SIZE: '500', ACTIVATION_INTERVAL_MS: '0' });
  const officer = () => bearer('enrolment-officer');
  let url: string;

  beforeAll(async () => {
    await service.start();
    url = baseUrlOf(service.app);
  });

  afterAll(() => service.stop());

  const upload = (content: Buffer | string, fileName: string, fields: Record<string, string> = { tenant: '76.04' }) => {
    let call = request(url).post('/v1/imports').set('Authorization', officer());
    for (const [name, value] of Object.entries(fields)) call = call.field(name, value);
    return call.attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content), fileName);
  };

  const job = async (id: string): Promise<JobBody> =>
    (await request(url).get(`/v1/imports/${id}`).set('Authorization', officer()).expect(200)).body;

  const finished = (id: string): Promise<JobBody> =>
    waitFor(
      async () => {
        const body = await job(id);
        return body.status === 'completed' || body.status === 'failed' ? body : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 100, what: `import ${id} to finish` },
    );

  describe('a 10,000-row CSV with 2% invalid and 1% duplicate rows', () => {
    // Dated at the PKS coverage start (the test services' backdating grace reaches it).
    const list = generateWorkerList({
      rows: 10_000,
      invalidEvery: 50,
      duplicateEvery: 100,
      enrolmentDate: '2025-10-06',
    });
    const csv = toCsv(list);
    let started: JobBody;
    let outcome: JobBody;
    const seen: JobBody[] = [];

    beforeAll(async () => {
      started = (await upload(csv, 'daftar-pekerja.csv').expect(202)).body;
      outcome = await waitFor(
        async () => {
          const body = await job(started.id);
          seen.push(body);
          return body.status === 'completed' || body.status === 'failed' ? body : undefined;
        },
        { timeoutMs: 120_000, intervalMs: 20, what: 'the import to finish' },
      );
    });

    it('answers 202 with a job id at once, queued or already running', () => {
      expect(started).toMatchObject({ id: expect.any(String), processed: expect.any(Number) });
      expect(['queued', 'running', 'completed']).toContain(started.status);
    });

    it('accepts exactly the valid rows and rejects exactly the invalid and repeated ones', () => {
      expect(list.expected).toMatchObject({ accepted: 9_700, rejected: 300 });
      expect(outcome).toMatchObject({
        status: 'completed',
        total: 10_000,
        processed: 10_000,
        accepted: 9_700,
        rejected: 300,
        flagged: 0,
      });
    });

    it('showed progress while running: processed of a known total, never going back', () => {
      const running = seen.filter((body) => body.status === 'running');
      expect(running.length).toBeGreaterThan(0);
      expect(running.every((body) => body.total === 10_000)).toBe(true);
      expect(running.some((body) => body.processed > 0 && body.processed < 10_000)).toBe(true);
      const processed = seen.map((body) => body.processed);
      expect(processed).toEqual([...processed].sort((a, b) => a - b));
    });

    it('stores the accepted workers, active from the PKS coverage start, each with its status history', async () => {
      const [counts] = await service.query<{ workers: number; active: number; history: number }>(
        `SELECT count(*)::int AS workers, count(*) FILTER (WHERE status = 'active' AND coverage_start_date = '2025-10-06')::int AS active,
                (SELECT count(*)::int FROM worker_status_history h JOIN worker w2 ON w2.id = h.worker_id WHERE w2.import_id = $1) AS history
           FROM worker WHERE import_id = $1`,
        [started.id],
      );
      expect(counts).toEqual({ workers: 9_700, active: 9_700, history: 2 * 9_700 });
    });

    it('puts one WorkerRegistered per accepted row in the outbox, in the same transactions', async () => {
      const [outbox] = await service.query<{ registered: number; distinct_workers: number; other: number }>(
        `SELECT count(*) FILTER (WHERE event_type = 'WorkerRegistered')::int AS registered,
                count(DISTINCT message_key) FILTER (WHERE event_type = 'WorkerRegistered')::int AS distinct_workers,
                count(*) FILTER (WHERE event_type <> 'WorkerRegistered')::int AS other
           FROM outbox_message WHERE envelope->>'correlationId' = $1`,
        [started.id],
      );
      expect(outbox).toEqual({ registered: 9_700, distinct_workers: 9_700, other: 0 });
      const [sample] = await service.query<{ envelope: EventEnvelope<WorkerRegisteredV2> }>(
        `SELECT envelope FROM outbox_message WHERE envelope->>'correlationId' = $1 LIMIT 1`,
        [started.id],
      );
      expect(sample.envelope).toMatchObject({ tenant: '76.04', eventVersion: 2, payload: { status: 'active' } });
      // The NIK is in the outbox sealed only (ADR 0008).
      expect(openSealed(WorkerRegisteredV2Event, sample.envelope, service.app.get(SealingKeyring))).toMatchObject({
        nik: expect.stringMatching(/^\d{16}$/),
      });
    });

    it('publishes them: the outbox relay drains to Kafka', async () => {
      await waitFor(
        async () => {
          const [{ unsent }] = await service.query<{ unsent: number }>(
            `SELECT count(*)::int AS unsent FROM outbox_message WHERE sent_at IS NULL`,
          );
          return unsent === 0;
        },
        { timeoutMs: 60_000, what: 'the outbox to drain' },
      );
    });

    it('reports every rejected row with its line, column and reason, and never a full NIK', async () => {
      const response = await request(url)
        .get(`/v1/imports/${started.id}/errors.csv`)
        .set('Authorization', officer())
        .expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      const [header, ...lines] = response.text.trimEnd().split('\n');
      expect(header).toBe('row,field,code,message');
      const reported = lines.map((line) => {
        const [row, field, code] = line.split(',');
        return { row: Number(row), field, code };
      });
      expect(reported).toEqual(list.expected.errors.map(({ row, field, code }) => ({ row, field, code })));
      expect(response.text).not.toMatch(/\d{16}/);
      expect(response.text).toContain('the same NIK is already on row');
    });

    it('imports nothing twice when the same file is uploaded again', async () => {
      const again = (await upload(csv, 'daftar-pekerja-lagi.csv').expect(200)).body;
      expect(again).toMatchObject({ id: started.id, duplicateUpload: true, status: 'completed' });
      const [{ workers }] = await service.query<{ workers: number }>(`SELECT count(*)::int AS workers FROM worker`);
      expect(workers).toBe(9_700);
    });

    it('rejects rows of another file whose NIK is already enrolled, naming the existing worker', async () => {
      // The first 25 rows of the big list were all valid, hence enrolled.
      const overlapping = toCsv({ header: list.header, rows: list.rows.slice(0, 25) });
      const body = (await upload(overlapping, 'ulang.csv').expect(202)).body as JobBody;
      const done = await finished(body.id);
      expect(done).toMatchObject({ status: 'completed', accepted: 0, rejected: 25 });
      const report = await request(url)
        .get(`/v1/imports/${body.id}/errors.csv`)
        .set('Authorization', officer())
        .expect(200);
      expect(report.text.split('\n').filter((line) => line.includes('NIK_ALREADY_ENROLLED'))).toHaveLength(25);
    });
  });

  it('keeps a batch whose NIK another request enrolled after the lookup: that row is rejected, the rest stored', async () => {
    // The race the bulk COPY falls back for: the session looked the NIKs up (and found none) before
    // another registration committed one of them.
    const list = generateWorkerList({ rows: 40, firstIndex: 30_000 });
    const records = list.rows.map((cells, index) => ({
      rowNumber: index + 2,
      record: Object.fromEntries(list.header.map((name, column) => [name, cells[column]])),
    }));
    // Repositories called directly, as the import's own job does: in the import's regency.
    const asImportJob = <T>(work: () => Promise<T>) => TenantContext.run(TenantScope.only('76.04'), work);
    const sponsor = (await asImportJob(() => service.app.get(SponsorRepository).findByTenant('76.04'))) as Sponsor;
    const reference = service.app.get(ReferenceData);
    const jobs = service.app.get(ImportJobRepository);
    const jobPreparing = async (rows: typeof records) => {
      const { job } = await asImportJob(() =>
        jobs.create({
          id: randomUUID(),
          sponsorId: sponsor.id,
          tenant: sponsor.tenant,
          fileSha256: randomUUID().replaceAll('-', ''),
          fileFormat: 'csv',
          fileBytes: 1,
          warnings: [],
          createdBy: 'officer-race',
        }),
      );
      const session = new ImportSession(
        {
          sponsor,
          regions: reference.regions,
          regencyCodes: reference.regencyCodes,
          banks: reference.banks,
          today: '2026-12-06',
        },
        { actor: 'officer-race', at: new Date().toISOString() },
        job.id,
        async () => [], // looked up before the other request committed
      );
      await jobs.claim(job.id, 0, rows.length, new Date());
      return { job, batch: await session.prepare(rows, 0) };
    };
    const { job, batch } = await jobPreparing(records);
    expect(batch.accepted).toHaveLength(40);
    const taken = batch.accepted[7].worker;
    const other = await jobPreparing([records[7]]);
    await expect(asImportJob(() => jobs.writeBatch(other.job.id, 0, other.batch))).resolves.toEqual({
      accepted: 1,
      rejected: 0,
    });

    await expect(asImportJob(() => jobs.writeBatch(job.id, 0, batch))).resolves.toEqual({ accepted: 39, rejected: 1 });

    const stored = await service.query<{ id: string; history: number; events: number }>(
      `SELECT w.id,
              (SELECT count(*)::int FROM worker_status_history h WHERE h.worker_id = w.id) AS history,
              (SELECT count(*)::int FROM outbox_message o WHERE o.message_key = w.id::text) AS events
         FROM worker w WHERE w.import_id = $1`,
      [job.id],
    );
    expect(stored).toHaveLength(39);
    expect(stored.map((row) => row.id)).not.toContain(taken.id);
    expect(stored.every((row) => row.history === 2 && row.events === 1)).toBe(true);
    const [{ holders }] = await service.query<{ holders: number }>(
      `SELECT count(*)::int AS holders FROM worker WHERE nik = $1`,
      [taken.nik],
    );
    expect(holders).toBe(1);
    const errors = await service.query<{ row_number: number; code: string }>(
      `SELECT row_number, code FROM import_row_error WHERE import_id = $1`,
      [job.id],
    );
    expect(errors).toEqual([{ row_number: 9, code: 'NIK_ALREADY_ENROLLED' }]);
  });

  it('flags probable duplicates (same name, birth date and desa, another NIK) but stores them', async () => {
    const list = generateWorkerList({ rows: 300, probableDuplicateEvery: 50, firstIndex: 20_000 });
    const body = (await upload(toCsv(list), 'kemungkinan-ganda.csv').expect(202)).body as JobBody;
    const done = await finished(body.id);
    expect(list.expected.flagged).toBe(6);
    expect(done).toMatchObject({ status: 'completed', accepted: 300, rejected: 0, flagged: 6 });
    const flagged = await request(url)
      .get('/v1/workers')
      .query({ flagged: 'true', pageSize: 200 })
      .set('Authorization', officer())
      .expect(200);
    expect(flagged.body.total).toBeGreaterThanOrEqual(6);
  });

  it('reads XLSX: real date cells, text and numbers; a NIK stored as a number is reported, not trusted', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Daftar');
    sheet.addRow([
      'No',
      'NIK',
      'Full Name',
      'birth_date',
      'sex',
      'address',
      'desa_code',
      'occupation',
      'declared_income',
      'enrolment_date',
    ]);
    const good = makeNik({ birthDate: '1991-07-09', sex: 'F', district: '05', serial: '7001' });
    sheet.addRow([
      1,
      good,
      'Hasnah Contoh',
      new Date(Date.UTC(1991, 6, 9)),
      'P',
      'Dusun Baru',
      7604012002,
      'Nelayan',
      1_500_000,
      new Date(Date.UTC(2025, 9, 6)),
    ]);
    const mangled = makeNik({ birthDate: '1988-02-03', sex: 'M', district: '05', serial: '7002' });
    sheet.addRow([
      2,
      Number(mangled),
      'Basri Contoh',
      '03/02/1988',
      'L',
      'Dusun Baru',
      '76.04.01.2002',
      'ojek',
      '',
      '2025-10-06',
    ]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());

    const body = (await upload(content, 'daftar.xlsx').expect(202)).body as JobBody & {
      warnings: { column: string }[];
      format: string;
    };
    expect(body).toMatchObject({ format: 'xlsx', warnings: [{ column: 'no' }] });
    const done = await finished(body.id);
    expect(done).toMatchObject({ status: 'completed', total: 2, accepted: 1, rejected: 1 });
    const report = await request(url)
      .get(`/v1/imports/${body.id}/errors.csv`)
      .set('Authorization', officer())
      .expect(200);
    expect(report.text).toContain('3,nik,NUMBER_MANGLED_BY_SPREADSHEET');
    const [stored] = await service.query<{ birth_date: string; desa_code: string; declared_monthly_income: string }>(
      `SELECT birth_date::text, desa_code, declared_monthly_income FROM worker WHERE nik = $1`,
      [good],
    );
    expect(stored).toEqual({
      birth_date: '1991-07-09',
      desa_code: '76.04.01.2002',
      declared_monthly_income: '1500000',
    });
  });

  it('reports a row with a date typo (2005 for 2025) or a control character, and imports the rest', async () => {
    const header =
      'nik,full_name,birth_date,sex,address,desa_code,occupation,phone,kk_number,kk_since,bank_code,account_number,account_holder,declared_income,enrolment_date';
    const row = (serial: string, fullName: string, address: string, enrolmentDate: string) =>
      [
        makeNik({ birthDate: '1991-07-09', sex: 'F', district: '05', serial }),
        fullName,
        '1991-07-09',
        'P',
        address,
        '76.04.01.2002',
        'Nelayan',
        ...Array(6).fill(''),
        '1500000',
        enrolmentDate,
      ].join(',');
    const csv = [
      header,
      row('7101', 'Hasnah Satu', 'Dusun Baru', '2005-10-06'),
      row('7102', 'Hasnah Dua', 'Dusun\u0000Baru', '2025-10-06'),
      row('7103', 'Hasnah Tiga', 'Dusun Baru', '2025-10-06'),
    ].join('\n');

    const body = (await upload(`${csv}\n`, 'salah-ketik.csv').expect(202)).body as JobBody;
    expect(await finished(body.id)).toMatchObject({ status: 'completed', total: 3, accepted: 1, rejected: 2 });
    const report = await request(url)
      .get(`/v1/imports/${body.id}/errors.csv`)
      .set('Authorization', officer())
      .expect(200);
    expect(report.text).toContain('2,enrolment_date,NO_INCOME_RULES_FOR_DATE');
    expect(report.text).toContain('3,address,CONTROL_CHARACTERS');
  });

  it('reads bank names as officers write them from the bank table, and reports one it does not know', async () => {
    const header =
      'nik,full_name,birth_date,sex,address,desa_code,occupation,phone,kk_number,kk_since,bank_code,account_number,account_holder,declared_income,enrolment_date';
    const row = (serial: string, fullName: string, bank: string) =>
      [
        makeNik({ birthDate: '1984-02-11', sex: 'M', district: '06', serial }),
        fullName,
        '1984-02-11',
        'L',
        'Dusun Bank',
        '76.04.01.2002',
        'Nelayan',
        '',
        '',
        '',
        bank,
        `55${serial}00001`,
        fullName,
        '1000000',
        '2025-10-06',
      ].join(',');
    const banks = { '8101': 'BRI', '8102': 'Bank Sulselbar', '8103': 'bsi', '8104': 'Bank Antah Berantah' };
    const names = { '8101': 'Rahman Satu', '8102': 'Rahman Dua', '8103': 'Rahman Tiga', '8104': 'Rahman Empat' };
    const csv = [
      header,
      ...Object.entries(banks).map(([serial, bank]) => row(serial, names[serial as keyof typeof names], bank)),
    ];

    const body = (await upload(`${csv.join('\n')}\n`, 'nama-bank.csv').expect(202)).body as JobBody;
    expect(await finished(body.id)).toMatchObject({ status: 'completed', total: 4, accepted: 3, rejected: 1 });
    const stored = await service.query<{ full_name: string; bank_code: string }>(
      `SELECT full_name, bank_code FROM worker WHERE full_name LIKE 'Rahman %' ORDER BY full_name`,
    );
    expect(stored.map((worker) => [worker.full_name, worker.bank_code])).toEqual([
      ['Rahman Dua', '126'],
      ['Rahman Satu', '002'],
      ['Rahman Tiga', '451'],
    ]);
    const report = await request(url)
      .get(`/v1/imports/${body.id}/errors.csv`)
      .set('Authorization', officer())
      .expect(200);
    expect(report.text).toContain('5,bank_code,BANK_UNKNOWN');
  });

  it('refuses a file missing a required column as a whole, with 400 naming the column', async () => {
    const response = await upload('nik,full_name\n7604011205900001,Ahmad\n', 'kurang.csv').expect(400);
    expect(response.body).toMatchObject({ error: 'IMPORT_HEADER_INVALID' });
    expect(response.body.violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'file',
          code: 'COLUMN_MISSING',
          message: expect.stringContaining('birth_date'),
        }),
      ]),
    );
  });

  it('refuses an upload without a file, or for a regency without a sponsor', async () => {
    const noFile = await request(url)
      .post('/v1/imports')
      .set('Authorization', officer())
      .field('tenant', '76.04')
      .expect(400);
    expect(noFile.body.violations).toEqual([expect.objectContaining({ field: 'file' })]);
    const noSponsor = await upload('nik\n', 'x.csv', { tenant: '73.01' }).expect(400);
    expect(noSponsor.body).toMatchObject({
      error: 'SPONSOR_NOT_FOUND',
      violations: [expect.objectContaining({ field: 'tenant' })],
    });
  });

  it('serves the documented template as CSV and XLSX', async () => {
    const csv = await request(url).get('/v1/imports/template').set('Authorization', officer()).expect(200);
    expect(csv.text.split(/\r?\n/)[0]).toBe(
      'nik,full_name,birth_date,sex,address,desa_code,occupation,phone,kk_number,kk_since,bank_code,account_number,account_holder,declared_income,enrolment_date,prior_membership_start,prior_months_paid,prior_membership_proof',
    );
    const xlsx = await request(url)
      .get('/v1/imports/template?format=xlsx')
      .set('Authorization', officer())
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.body as Buffer).buffer);
    expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe('nik');
    expect(workbook.worksheets[0].rowCount).toBe(3);
  });

  it('imports the template itself: its two example rows are valid', async () => {
    const template = await request(url).get('/v1/imports/template').set('Authorization', officer()).expect(200);
    const body = (await upload(template.text, 'template.csv').expect(202)).body as JobBody;
    expect(await finished(body.id)).toMatchObject({ status: 'completed', accepted: 2, rejected: 0 });
  });

  it('lists the import jobs newest first, by status, so an officer finds an upload again (GET /v1/imports)', async () => {
    const first = (await upload(toCsv(generateWorkerList({ rows: 2, firstIndex: 70_000 })), 'a.csv').expect(202)).body;
    await finished(first.id);
    const second = (await upload(toCsv(generateWorkerList({ rows: 3, firstIndex: 70_100 })), 'b.csv').expect(202)).body;
    await finished(second.id);

    const listed = await request(url).get('/v1/imports?limit=2').set('Authorization', officer()).expect(200);
    expect(listed.body.total).toBeGreaterThanOrEqual(2);
    expect(listed.body.items.map((item: JobBody) => item.id)).toEqual([second.id, first.id]);
    expect(listed.body.items[0]).toMatchObject({ status: 'completed', accepted: 3, errorReport: expect.any(String) });

    const completed = await request(url)
      .get('/v1/imports?status=completed&tenant=76.04&limit=100')
      .set('Authorization', officer())
      .expect(200);
    expect(completed.body.items.every((item: JobBody) => item.status === 'completed')).toBe(true);
    const failedOnly = await request(url).get('/v1/imports?status=failed').set('Authorization', officer()).expect(200);
    expect(failedOnly.body.items.map((item: JobBody) => item.id)).not.toContain(second.id);
    await request(url).get('/v1/imports?limit=1000').set('Authorization', officer()).expect(400);
  });
});
